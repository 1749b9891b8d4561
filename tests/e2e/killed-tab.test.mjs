// Issue 11: a phone kills the app to get its memory back, at any moment, with no warning. Here
// every process of the browser gets SIGKILL right after a tap or in the middle of a 600-job
// import, and the browser is started again on the same profile: every tap whose record had
// committed is there, the day is the old one or the new one (never a mix), every stored record
// still reads, and the app starts without an error or anything set aside.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchPhone, SCREENSHOTS } from "./browser.mjs";
import { serve } from "./server.mjs";
import { DIST } from "./dist.mjs";
import { recordsStartingWith } from "./stored.mjs";
import { importStorm, STORM_JOBS } from "./storm.mjs";

const NOW = new Date("2026-11-26T10:30:00+01:00");

/** The `index`-th stop (breaks aside) of the `technician`-th technician's plan in `page`. */
const stop = (page, technician, index) =>
  page.locator(".technician-plan").nth(technician).locator(".stop:not(.stop-break)").nth(index);

/** Opens the app on `profile` at 10:30 in Paris and waits for the plan. */
async function open(server, profile) {
  const phone = await launchPhone({ profile, timezoneId: "Europe/Paris" });
  await phone.context.clock.setFixedTime(NOW);
  await phone.page.goto(server.url);
  await stop(phone.page, 0, 0).waitFor({ timeout: 15_000 });
  return phone;
}

/** Taps « Arrivé » on `target`, without waiting for anything after the tap. */
async function tapArrived(target) {
  await target.locator("summary").click();
  await target.getByRole("button", { name: "Arrivé" }).click();
}

/** Waits until `count` log records have committed, as another reader of the database sees them. */
async function committedLog(page, count) {
  for (let tries = 0; tries < 100; tries++) {
    const records = await recordsStartingWith(page, "log.");
    if (Object.keys(records).length >= count) return records;
    await page.waitForTimeout(50);
  }
  throw new Error(`fewer than ${count} log records committed`);
}

/** Checks the app started clean on what the killed browser left: no error, nothing set aside. */
async function startedClean(phone) {
  const { page } = phone;
  assert.equal(await page.locator(".banner-notice").count(), 0, "no notice");
  for (const [key, text] of Object.entries(await recordsStartingWith(page, ""))) {
    if (key.startsWith("log.") || key === "day" || key.startsWith("plan.")) {
      assert.doesNotThrow(() => JSON.parse(text), `record ${key} reads`);
    }
    assert.ok(!key.startsWith("aside."), `nothing set aside (${key})`);
  }
  await page.goto(page.url().replace(/#.*$/, "") + "#reglages");
  await page.locator(".crew-card").waitFor();
  assert.equal(await page.locator(".aside-panel").count(), 0, "Réglages lists nothing set aside");
  assert.deepEqual(phone.errors, []);
}

/** Waits until the day stored in IndexedDB holds `count` interventions. */
async function storedJobs(page, count) {
  for (let tries = 0; tries < 300; tries++) {
    const day = JSON.parse((await recordsStartingWith(page, "day"))["day"] ?? "null");
    if (day?.day.interventions.length === count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the day stored never held ${count} interventions`);
}

/** Runs `body(server, profile)` on a profile kept across launches, removed at the end. */
async function onKeptProfile(body) {
  const server = await serve(DIST);
  const profile = await mkdtemp(join(tmpdir(), "tournee-killed-"));
  try {
    await body(server, profile);
  } finally {
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

test("a browser killed right after a tap keeps every committed tap and starts clean", async () =>
  onKeptProfile(async (server, profile) => {
    let phone = await open(server, profile);
    try {
      await tapArrived(stop(phone.page, 0, 0));
      await committedLog(phone.page, 1);
      // Killed at three moments after a tap: at once, while the record is written, just after.
      for (const [technician, index, delayMs] of [[1, 0, 0], [0, 1, 15], [1, 1, 60]]) {
        const before = Object.keys(await recordsStartingWith(phone.page, "log.")).length;
        await tapArrived(stop(phone.page, technician, index));
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        phone.kill();
        phone = await open(server, profile);
        const records = await recordsStartingWith(phone.page, "log.");
        const after = Object.keys(records).length;
        console.log(`killed ${delayMs} ms after a tap: ${before} records before, ${after} after`);
        assert.ok(after === before || after === before + 1, `${before} records before the kill, ${after} after`);
        assert.match(await stop(phone.page, 0, 0).locator(".stop-status").textContent(), /Sur place depuis 10:30/,
          "the tap committed before the kills is there");
        const shown = await phone.page.locator(".stop-status").count();
        assert.equal(shown, after, "each committed record shows on its stop, nothing else");
      }
      await phone.page.screenshot({ path: `${SCREENSHOTS}killed-tab-restarted-fr.png` });
      await startedClean(phone);
    } finally {
      // Closed even when an assertion failed: a browser left open would keep the test file running.
      await phone.close();
    }
  }));

test("a browser killed in the middle of a 600-job import leaves the old day or the new, never a mix", async () =>
  onKeptProfile(async (server, profile) => {
    let phone = await open(server, profile);
    try {
      await phone.page.locator(".bottom-nav .tab").nth(2).click();
      const demoJobs = await phone.page.locator(".job").count();
      assert.ok(demoJobs > 0 && demoJobs < STORM_JOBS);
      const counts = [];
      // Killed at once, at moments around the write (an import commits within ~250 ms on a quiet
      // machine), and once after the storage has said it is written ("committed").
      for (const delayMs of [0, 60, 120, 180, 250, "committed"]) {
        await phone.page.goto(server.url + "#interventions");
        await importStorm(phone.page);
        if (delayMs === "committed") await storedJobs(phone.page, STORM_JOBS);
        else if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        phone.kill();
        phone = await open(server, profile);
        const day = JSON.parse((await recordsStartingWith(phone.page, "day"))["day"] ?? "null");
        const stored = day ? day.day.interventions.length : demoJobs;
        await phone.page.locator(".bottom-nav .tab").nth(2).click();
        await phone.page.locator(".job").first().waitFor();
        const shown = await phone.page.locator(".job").count();
        assert.ok(shown === demoJobs || shown === STORM_JOBS, `${shown} jobs after the kill: the old day or the new`);
        assert.equal(shown, stored, "the jobs shown are the day stored");
        counts.push(`${delayMs === "committed" ? "once written" : `${delayMs} ms`}: ${shown}`);
      }
      console.log(`jobs after each kill: ${counts.join(", ")}`);
      assert.equal(counts.at(-1), `once written: ${STORM_JOBS}`, "an import committed before the kill is kept");
      await startedClean(phone);
    } finally {
      await phone.close();
    }
  }));
