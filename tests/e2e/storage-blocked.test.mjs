// Issue 11, item 6: a browser that blocks the site's storage (localStorage and IndexedDB throw
// when touched) still starts the app, plans the demo day, and says that nothing will be kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

test("with the site's storage blocked the app starts, plans, and says nothing will be kept", async () =>
  onPhone({}, async ({ page, server }) => {
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
      Object.defineProperty(window, "localStorage", { get: blocked });
      Object.defineProperty(window, "indexedDB", { get: blocked });
    });
    await page.goto(server.url);
    const notice = page.locator(".banner-notice");
    await notice.waitFor({ timeout: 15_000 });
    assert.match(await notice.textContent(), /Le navigateur bloque le stockage de Tournée : rien de ce que vous saisissez ne sera gardé/);
    await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${SCREENSHOTS}storage-blocked-fr.png` });
  }));
