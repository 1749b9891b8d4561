// Issue 11, item 3: a write is done when the storage says so. A write the storage aborts (as a
// full disk does) gives a notice that stays until dismissed; the status stays on screen and is
// written with the next one, once the storage takes writes again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

test("an aborted write is said and kept on screen, then written with the next tap", async () =>
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, server }) => {
    // While the flag is set, every put is issued and its transaction then aborted, as the
    // storage does when the disk is full.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        const request = put.apply(this, args);
        if (localStorage.getItem("test.full-disk") === "1") this.transaction.abort();
        return request;
      };
    });
    await page.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    const stops = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)");
    await stops.first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500); // the plan's write commits

    await page.evaluate(() => localStorage.setItem("test.full-disk", "1"));
    await stops.nth(0).locator("summary").click();
    await stops.nth(0).getByRole("button", { name: "Arrivé" }).click();
    const notice = page.locator(".banner-notice");
    await notice.waitFor({ timeout: 5_000 });
    assert.match(await notice.textContent(), /Le dernier statut n'a pas pu être enregistré sur le téléphone/);
    await page.waitForTimeout(1000);
    assert.equal(await notice.count(), 1, "the notice stays");
    const box = await notice.boundingBox();
    assert.ok(box.y >= 50 && box.y + box.height <= 740, `in sight under the top bar, scrolled down: ${JSON.stringify(box)}`);
    assert.match(await stops.nth(0).locator(".stop-status").textContent(), /Sur place depuis 10:30/, "still on screen");
    await page.screenshot({ path: `${SCREENSHOTS}storage-full-notice-fr.png` });

    await page.evaluate(() => localStorage.removeItem("test.full-disk"));
    await notice.getByRole("button").click();
    await stops.nth(1).locator("summary").click();
    await stops.nth(1).getByRole("button", { name: "Arrivé" }).click();
    await page.waitForTimeout(500);
    assert.equal(await notice.count(), 0, "nothing failed this time");
    await page.reload();
    await stops.first().waitFor({ timeout: 15_000 });
    assert.match(await stops.nth(0).locator(".stop-status").textContent(), /Sur place depuis 10:30/, "written with the next tap");
    assert.match(await stops.nth(1).locator(".stop-status").textContent(), /Sur place depuis 10:30/);
  }));
