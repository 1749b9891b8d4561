// Region packs deployed with the app (issue 10, part 3): Réglages lists the pack the installer
// put in regions/, downloads it once with progress, keeps it offline, refuses a cut download or
// a file larger than listed without losing the region in use, and offers the newer pack once
// one is deployed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { buildPack, deployedApp, PACK_FILE, redeploy } from "./deployment.mjs";
import { progressSeen, watchProgress } from "./progress.mjs";

const PHONE = { viewport: { width: 390, height: 844 } };

test("a deployed pack is listed, downloaded with progress, kept offline and updated", async () => {
  const dist = deployedApp("deployed");
  const server = await serve(dist);
  const phone = await launchPhone(PHONE);
  const { page, context } = phone;
  try {
    await page.goto(server.url + "#reglages");
    const pack = page.locator(`.deployed-pack[data-file="${PACK_FILE}"]`);
    await pack.waitFor({ timeout: 15_000 });
    assert.match(await pack.textContent(), /Haut Verdon\d+ carrefours · \d+ km de routes · \d+,\d Mo/);
    await page.locator(".region-card .region-name", { hasText: "Andorre" }).waitFor();
    assert.equal(await page.locator(".region-card .demo-badge").textContent(), "Démonstration");
    await page.screenshot({ path: `${SCREENSHOTS}deployed-list-fr.png`, fullPage: true });

    // A download cut short is refused; the demo stays in use.
    const packPath = `${dist}/regions/${PACK_FILE}`;
    const whole = readFileSync(packPath);
    writeFileSync(packPath, whole.subarray(0, whole.length >> 1));
    await pack.locator(".pack-download").click();
    const failure = pack.locator(".error");
    await failure.waitFor({ timeout: 15_000 });
    assert.match(await failure.textContent(), /Téléchargement impossible : la région en service n'a pas changé.*téléchargement interrompu à \d+,\d \/ \d+,\d Mo/);
    assert.match(await page.locator(".region-card .region-name").textContent(), /^Andorre/);
    // A file larger than listed (a stale list, or a hostile file) is not read past its announced size.
    writeFileSync(packPath, Buffer.concat([whole, whole]));
    await pack.locator(".pack-download").click();
    await pack.locator(".error", { hasText: "ne correspond pas à la liste des régions" }).waitFor({ timeout: 15_000 });
    assert.match(await page.locator(".region-card .region-name").textContent(), /^Andorre/);
    writeFileSync(packPath, whole);

    // The whole pack: progress, then in use.
    await watchProgress(page);
    await pack.locator(".pack-download").click();
    await pack.locator(".in-use").waitFor({ timeout: 30_000 });
    const seen = await progressSeen(page);
    assert.ok(seen.length >= 2 && seen.every((v, i) => i === 0 || v >= seen[i - 1]), `progress: ${seen.join(", ")}`);
    assert.match(await page.locator(".region-card .region-name").textContent(), /^Haut Verdon$/);
    assert.match(await page.locator(".region-card").textContent(), /Déployée avec l'application/);
    assert.equal(await page.locator(".banner-demo").count(), 0, "no longer the demo");
    await page.screenshot({ path: `${SCREENSHOTS}deployed-in-use-fr.png`, fullPage: true });

    // Offline, reloaded: the pack comes from the phone, the list from the app's cache.
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator(".region-card .region-name", { hasText: "Haut Verdon" }).waitFor({ timeout: 15_000 });
    await pack.locator(".in-use").waitFor();
    await context.setOffline(false);

    // A newer pack deployed (the installer rebuilt it): offered, then installed.
    buildPack(packPath, 3);
    redeploy(dist);
    await page.reload();
    await pack.locator(".pack-update").waitFor({ timeout: 15_000 });
    assert.match(await pack.textContent(), /Une version plus récente a été déployée/);
    await page.screenshot({ path: `${SCREENSHOTS}deployed-update-fr.png`, fullPage: true });
    await pack.locator(".pack-update").click();
    await pack.locator(".in-use").waitFor({ timeout: 30_000 });
    const index = JSON.parse(readFileSync(`${dist}/regions/index.json`, "utf8"));
    const stored = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open("tournee");
          open.onsuccess = () => {
            const get = open.result.transaction("files").objectStore("files").get("region-pack.deployed");
            get.onsuccess = () => resolve(new TextDecoder().decode(get.result));
            get.onerror = reject;
          };
        })
    );
    assert.equal(JSON.parse(stored).content_id, index.packs[0].content_id, "the newer pack is the one stored");
    if (phone.errors.length > 0) throw new Error(`the page threw: ${phone.errors.join("; ")}`);
  } finally {
    await phone.close();
    await server.close();
  }
});
