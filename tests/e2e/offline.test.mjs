// The installable, offline app: precache, offline reload, update prompt, manifest,
// and stored settings that cannot be read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { DIST } from "./dist.mjs";

/** Runs `body` with a fresh phone on a served copy of dist/ (the copy may be edited). */
async function withServedCopy(body, phoneOptions) {
  const root = await mkdtemp(join(tmpdir(), "tournee-dist-"));
  await cp(DIST, root, { recursive: true });
  const server = await serve(root);
  const phone = await launchPhone(phoneOptions);
  try {
    await body({ root, server, ...phone });
  } finally {
    await phone.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

test("after one visit the app starts with the network off", async () => {
  await withServedCopy(async ({ server, page, context }) => {
    await page.goto(server.url + "#carte");
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("navigation", { name: "Navigation principale" }).waitFor();
    assert.equal(await page.locator(".page-title").textContent(), "Carte");
    // Chromium 148 starts a document reloaded under offline emulation with navigator.onLine
    // true until the emulation changes (a phone without network starts with it false):
    // the emulation is set again, and the app must then say it is offline.
    await context.setOffline(false);
    await context.setOffline(true);
    await page.getByRole("status").filter({ hasText: "Hors ligne" }).waitFor();
    await page.locator(".bottom-nav .tab").first().click();
    assert.equal(await page.locator(".page-title").textContent(), "Journée");
    await page.screenshot({ path: `${SCREENSHOTS}offline-fr.png` });
  });
});

test("without the service worker the same offline reload fails (the control case)", async () => {
  await withServedCopy(
    async ({ server, page, context }) => {
      await page.goto(server.url);
      await page.locator(".bottom-nav").waitFor();
      await context.setOffline(true);
      await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/);
    },
    { serviceWorkers: "block" }
  );
});

test("every built file is precached under its hashed name and the cache is per build", async () => {
  await withServedCopy(async ({ root, server, page }) => {
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    const worker = await readFile(join(root, "sw.js"), "utf8");
    const precache = JSON.parse(worker.match(/const PRECACHE = (\[[\s\S]*?\]);/)[1]);
    const buildId = worker.match(/const BUILD_ID = "([0-9a-f]{16})";/)[1];
    assert.ok(precache.includes("index.html"));
    assert.ok(precache.some((path) => /^tournee-app-[0-9a-f]+_bg\.wasm$/.test(path)), precache.join(", "));
    assert.ok(precache.some((path) => /^tournee-app-[0-9a-f]+\.js$/.test(path)), precache.join(", "));
    assert.ok(precache.includes("manifest.webmanifest") && precache.includes("icons/icon-512.png"));
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, paths: (await cache.keys()).map((request) => new URL(request.url).pathname.slice(1)).sort() };
    });
    assert.deepEqual(cached.names, [`tournee-${buildId}`]);
    assert.deepEqual(cached.paths, [...precache].sort());
  });
});

test("a new build shows « Nouvelle version » and switches only when the user reloads", async () => {
  await withServedCopy(async ({ root, server, page }) => {
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    const oldCache = (await page.evaluate(() => caches.keys()))[0];
    const workerPath = join(root, "sw.js");
    const worker = await readFile(workerPath, "utf8");
    await writeFile(workerPath, worker.replace(/const BUILD_ID = "[0-9a-f]+";/, 'const BUILD_ID = "0123456789abcdef";'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByRole("status").filter({ hasText: "Nouvelle version disponible" });
    await banner.waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}update-prompt-fr.png` });
    assert.deepEqual(await page.evaluate(() => caches.keys()).then((keys) => keys.sort()), [oldCache, "tournee-0123456789abcdef"].sort(), "both builds cached while the new one waits");
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Recharger" }).click()]);
    await page.locator(".bottom-nav").waitFor();
    await page.waitForFunction(async () => (await caches.keys()).length === 1);
    assert.deepEqual(await page.evaluate(() => caches.keys()), ["tournee-0123456789abcdef"], "the old build's cache is removed");
    assert.equal(await page.getByText("Nouvelle version disponible").count(), 0);
  });
});

test("the web manifest makes the app installable", async () => {
  await withServedCopy(async ({ server, page }) => {
    await page.goto(server.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href);
    assert.equal(manifest.short_name, "Tournée");
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.start_url && manifest.theme_color);
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    assert.deepEqual(sizes.sort(), ["192x192 any", "512x512 any", "512x512 maskable"]);
    for (const icon of manifest.icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      assert.equal(size, icon.sizes, icon.src);
    }
  });
});

test("unreadable stored settings are reported and set aside, and the app still opens", async () => {
  await withServedCopy(async ({ server, page }) => {
    await page.goto(server.url);
    await page.locator(".bottom-nav").waitFor();
    await page.evaluate(() => localStorage.setItem("tournee.settings", '{"schema":1,"language":'));
    await page.reload();
    const notice = page.getByRole("alert");
    await notice.waitFor();
    assert.match(await notice.textContent(), /illisibles/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith("tournee.settings.unreadable.")).map((key) => localStorage.getItem(key)),
    );
    assert.deepEqual(kept, ['{"schema":1,"language":'], "set aside under a key of its own");
    await notice.getByRole("button", { name: "J'ai compris" }).click();
    assert.equal(await page.getByRole("alert").count(), 0);
    assert.equal(await page.locator(".page-title").textContent(), "Journée");
  });
});
