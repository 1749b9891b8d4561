// The road region in the settings: the embedded demo, building a region from an OSM
// extract in the worker (with progress), keeping it across reloads and offline, bad files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { DIST } from "./dist.mjs";
import { progressSeen, watchProgress } from "./progress.mjs";

const ANDORRA_PBF = new URL("../data/andorra-2025-01-19.osm.pbf", import.meta.url).pathname;

/** Opens the Réglages tab of a fresh phone and waits for the region card to be filled. */
async function openSettings(page, url) {
  await page.goto(url + "#reglages");
  await page.locator(".region-card .region-name").waitFor();
}

test("the demo region is Andorra, credited to OpenStreetMap", async () => {
  const server = await serve(DIST);
  const phone = await launchPhone();
  try {
    await openSettings(phone.page, server.url);
    const card = phone.page.locator(".region-card");
    assert.equal(await card.locator(".region-name").textContent(), "Andorre");
    const text = await card.textContent();
    assert.match(text, /4564 carrefours · 536 km de routes/);
    assert.match(text, /Région de démonstration intégrée/);
    assert.match(text, /Données OSM du 19\/01\/2025© OpenStreetMap contributors/);
    await phone.page.screenshot({ path: `${SCREENSHOTS}region-demo-fr.png`, fullPage: true });
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
    await server.close();
  }
});

test("a region built from an OSM extract shows progress, is kept across reloads and offline", async () => {
  const server = await serve(DIST);
  const phone = await launchPhone();
  const { page, context } = phone;
  try {
    await openSettings(page, server.url);
    await waitForServiceWorkerControl(page);
    // Record every value the progress bar takes, however fast the build.
    await watchProgress(page);
    await page.locator('.region-card input[type="file"]').setInputFiles(ANDORRA_PBF);
    await page.locator(".region-card .region-name", { hasText: "andorra-2025-01-19" }).waitFor({ timeout: 60_000 });
    const seen = await progressSeen(page);
    assert.ok(new Set(seen).size >= 5, `progress values seen: ${seen.join(", ")}`);
    assert.ok(seen.every((value, i) => i === 0 || value >= seen[i - 1]), "progress never goes back");
    assert.match(await page.locator(".region-card").textContent(), /Construite depuis andorra-2025-01-19\.osm\.pbf/);
    await page.screenshot({ path: `${SCREENSHOTS}region-built-fr.png`, fullPage: true });

    await page.reload();
    await page.locator(".region-card .region-name", { hasText: "andorra-2025-01-19" }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.locator(".region-card .region-name", { hasText: "andorra-2025-01-19" }).waitFor();

    await page.getByRole("button", { name: "Revenir à la région de démonstration" }).click();
    await page.locator(".region-card .region-name", { hasText: "Andorre" }).waitFor();
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
    await server.close();
  }
});

test("a file that is not an OSM extract is refused and the region in use stays", async () => {
  const server = await serve(DIST);
  const phone = await launchPhone();
  const folder = await mkdtemp(join(tmpdir(), "tournee-bad-"));
  try {
    const bad = join(folder, "tournees.osm.pbf");
    await writeFile(bad, "id;client;commune\n1;Mairie;Castellane\n");
    await openSettings(phone.page, server.url);
    await phone.page.locator('.region-card input[type="file"]').setInputFiles(bad);
    const alert = phone.page.locator(".region-card [role=alert]");
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.textContent(), /Construction impossible.*tournees\.osm\.pbf : fichier OSM illisible/);
    assert.equal(await phone.page.locator(".region-card .region-name").textContent(), "Andorre");
    await phone.page.screenshot({ path: `${SCREENSHOTS}region-bad-file-fr.png`, fullPage: true });
    // The worker's error is typed: it reads in English once the language is switched.
    await phone.page.getByLabel("English").first().check();
    assert.match(await alert.textContent(), /tournees\.osm\.pbf: unreadable OSM file \(a complete \.osm\.pbf is expected\)/);
    assert.doesNotMatch(await alert.textContent(), /fichier|illisible/);
  } finally {
    await phone.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
});

test("a region pack file is checked, then kept; a damaged one is refused", async () => {
  const server = await serve(DIST);
  const phone = await launchPhone();
  const folder = await mkdtemp(join(tmpdir(), "tournee-pack-"));
  const { page } = phone;
  try {
    const pack = await readFile(new URL("../../static/demo/andorra.bin", import.meta.url));
    const damaged = join(folder, "haut-verdon.bin");
    await writeFile(damaged, pack.subarray(0, 4000));
    await openSettings(page, server.url);
    const input = page.locator('.region-card input[type="file"]');

    await input.setInputFiles(damaged);
    const alert = page.locator(".region-card [role=alert]");
    await alert.waitFor();
    assert.match(await alert.textContent(), /haut-verdon\.bin : paquet de région endommagé ou incomplet/);
    assert.equal(await page.getByRole("button", { name: "Revenir à la région de démonstration" }).count(), 0, "still the demo");

    const whole = join(folder, "andorre.bin");
    await writeFile(whole, pack);
    await input.setInputFiles(whole);
    await page.getByRole("button", { name: "Revenir à la région de démonstration" }).waitFor();
    assert.match(await page.locator(".region-card").textContent(), /Andorre.*Construite depuis andorra-2025-01-19\.osm\.pbf/);
    assert.equal(await page.locator(".region-card [role=alert]").count(), 0, "the earlier error is gone");
  } finally {
    await phone.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
});
