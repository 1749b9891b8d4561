// A department-sized region on the phone (issue 10, parts 2 and 5): the 15 MB, 73,000-junction
// extract made from Andorra builds in the worker with progress, within 1 GB of worker memory, is
// drawn with its towns named, and is kept across a reload; « Annuler » stops it; a phone with too little memory is told before the
// build starts, and pointed to the computer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS } from "./browser.mjs";
import { DIST } from "./dist.mjs";
import { progressSeen, watchProgress } from "./progress.mjs";
import { departmentExtract } from "./synth.mjs";

const EXTRACT = departmentExtract();

async function openSettings(page, url) {
  await page.goto(url + "#reglages");
  await page.locator(".region-card .region-name").waitFor();
}

test("a department-sized extract builds on the phone, with progress, and stays", async () => {
  const server = await serve(DIST);
  const phone = await launchPhone();
  const { page } = phone;
  let built = null;
  const regionMs = [];
  page.on("console", (message) => {
    const found = message.text().match(/pack built: (\d+) junctions in (\d+) ms, worker memory (\d+) MB/);
    if (found) built = found.slice(1).map(Number);
    const solved = message.text().match(/journée optimisée dans le worker — région ([\d.]+) ms/);
    if (solved) regionMs.push(Number(solved[1]));
  });
  try {
    await openSettings(page, server.url);
    await watchProgress(page);
    await page.locator('.region-card input[type="file"]').setInputFiles(EXTRACT);
    await page.locator(".region-card .region-name", { hasText: "departement-routes" }).waitFor({ timeout: 240_000 });
    const seen = await progressSeen(page);
    assert.ok(new Set(seen).size >= 10, `progress values seen: ${seen.join(", ")}`);
    assert.ok(seen.every((value, i) => i === 0 || value >= seen[i - 1]), "progress never goes back");
    assert.match(await page.locator(".region-card").textContent(), /73024 carrefours · 87\d\d km de routes/);
    assert.ok(built, "the worker reported the build");
    const [junctions, , memoryMb] = built;
    assert.equal(junctions, 73024);
    assert.ok(memoryMb < 1000, `worker memory ${memoryMb} MB`);
    await page.screenshot({ path: `${SCREENSHOTS}region-department-fr.png`, fullPage: true });
    // The map of the département: its towns named zoomed out, its villages once zoomed in.
    await page.locator(".bottom-nav .tab").nth(1).click();
    await page.locator("svg.map path").first().waitFor();
    const towns = await page.locator("svg.map text.commune").allTextContents();
    assert.ok(towns.includes("Digne-les-Bains") && towns.includes("Manosque"), towns.join(", "));
    assert.ok(!towns.includes("Allos"), "villages wait for the zoom");
    await page.screenshot({ path: `${SCREENSHOTS}map-department-fr.png` });
    for (let i = 0; i < 3; i++) await page.locator(".map-zoom-in").click();
    await page.waitForFunction(() => !document.querySelector("svg.map").getAttribute("style"));
    assert.ok((await page.locator("svg.map text.commune").count()) > 0, "names zoomed in too");
    await page.screenshot({ path: `${SCREENSHOTS}map-department-zoomed-fr.png` });
    // The day is planned over the new region: the planner decoded its pack once.
    for (let tries = 0; tries < 600 && regionMs.length === 0; tries++) await page.waitForTimeout(100);
    console.log(`department pack decoded by the planner in ${regionMs.join(", ")} ms`);
    assert.ok(regionMs.length > 0 && regionMs.at(-1) > 0, "the plan over the new region decoded its pack");
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.reload();
    await page.locator(".region-card .region-name", { hasText: "departement-routes" }).waitFor();
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
    await server.close();
  }
});

test("« Annuler » stops a department build and the region in use stays", async () => {
  const server = await serve(DIST);
  const phone = await launchPhone();
  const { page } = phone;
  try {
    await openSettings(page, server.url);
    await page.locator('.region-card input[type="file"]').setInputFiles(EXTRACT);
    await page.locator(".build-progress").waitFor();
    await page.getByRole("button", { name: "Annuler" }).click();
    await page.locator(".build-progress").waitFor({ state: "detached" });
    // Long enough for the build to have finished had it gone on (about 5 s here).
    await page.waitForTimeout(8_000);
    assert.equal(await page.locator(".region-card .region-name").textContent(), "Andorre");
    assert.equal(await page.locator(".region-card [role=alert]").count(), 0);
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
    await server.close();
  }
});

test("a phone with too little memory is told before the build, in its language", async () => {
  const server = await serve(DIST);
  try {
    for (const [language, expected] of [
      ["fr", /demande environ 157 Mo de mémoire, ce téléphone en a 0.5 Go.*construisez le paquet sur un ordinateur/],
      ["en", /needs about 157 MB of memory, this phone has 0.5 GB.*build the pack on a computer/],
    ]) {
      const phone = await launchPhone();
      const { page } = phone;
      try {
        await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "deviceMemory", { get: () => 0.5 }));
        await page.goto(server.url + "#reglages");
        if (language === "en") {
          await page.getByLabel("English").check();
        }
        await page.locator(".region-card .region-name").waitFor();
        await page.locator('.region-card input[type="file"]').setInputFiles(EXTRACT);
        const alert = page.locator(".region-card [role=alert]");
        await alert.waitFor();
        assert.match(await alert.textContent(), expected);
        assert.equal(await page.locator(".build-progress").count(), 0, "nothing started");
        assert.equal(await page.locator(".region-card .region-name").textContent(), "Andorre");
        await page.screenshot({ path: `${SCREENSHOTS}region-too-large-${language}.png`, fullPage: true });
        assert.deepEqual(phone.errors, []);
      } finally {
        await phone.close();
      }
    }
  } finally {
    await server.close();
  }
});
