// Issue 12: on a weak signal the app's WebAssembly takes seconds to arrive. Until it has drawn
// itself the page shows a start screen (the top bar and « Préparation de votre journée… »),
// served in index.html, instead of a blank page; the app removes it once it is drawn.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

test("a start screen is shown until the app has drawn itself, then removed", async () =>
  onPhone({}, async ({ page, server }) => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    // The app's WebAssembly is held back, as a slow network would.
    await page.route(/tournee-app-.*_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url, { waitUntil: "domcontentloaded" });
    const starting = page.locator("#starting");
    await starting.waitFor();
    assert.equal(await starting.locator(".starting-text").first().textContent(), "Préparation de votre journée…");
    assert.ok(await starting.isVisible());
    await page.screenshot({ path: `${SCREENSHOTS}start-screen-fr.png` });
    release();
    await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
    assert.equal(await starting.count(), 0, "removed once the app is drawn");
  }));
