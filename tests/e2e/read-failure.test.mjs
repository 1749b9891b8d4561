// Issue 11, item 2: a failed read of the stored day or log is never taken for "nothing stored".
// The app says so and writes nothing; once reads work again, the day and the log are intact.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

test("a failed read stops the app from writing over the stored day and log", async () =>
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, server }) => {
    // Reads of the object store fail while the page's flag is set (an injected I/O error).
    await page.addInitScript(() => {
      // "all": the day and the log; "log": the log's records only.
      const failing = () => localStorage.getItem("test.fail-reads");
      const get = IDBObjectStore.prototype.get;
      IDBObjectStore.prototype.get = function (key) {
        if (failing() === "all" && key === "day") throw new DOMException("injected read failure", "UnknownError");
        return get.call(this, key);
      };
      // The log's records are read by key range.
      const getAll = IDBObjectStore.prototype.getAll;
      IDBObjectStore.prototype.getAll = function (...query) {
        if (failing()) throw new DOMException("injected read failure", "UnknownError");
        return getAll.apply(this, query);
      };
    });
    await page.clock.setFixedTime(new Date("2026-11-27T10:30:00+01:00"));
    // The stored day becomes the user's own (another date than the demo's): a demo day written
    // over it by mistake would show.
    await page.goto(server.url + "#reglages");
    await page.locator(".planning-date").fill("2026-11-27");
    await page.locator(".planning-date").dispatchEvent("change");
    await page.locator(".bottom-nav .tab").nth(0).click();
    const first = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").first();
    await first.waitFor({ timeout: 15_000 });
    const customer = await first.locator(".stop-customer").textContent();
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Arrivé" }).click();
    await first.locator(".stop-status", { hasText: "Sur place depuis 10:30" }).waitFor();
    await page.waitForTimeout(500); // the log's write commits

    await page.evaluate(() => localStorage.setItem("test.fail-reads", "all"));
    await page.reload();
    const failure = page.locator(".error", { hasText: "impossible" });
    await failure.waitFor({ timeout: 15_000 });
    assert.match(await failure.textContent(), /lecture de la journée enregistrée impossible \(UnknownError : injected read failure\) : rien n'a été modifié, rechargez la page/);
    assert.equal(await page.locator(".technician-plan").count(), 0, "nothing shown to edit");
    // The failure is kept typed and worded on screen: in English it reads in English.
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    const english = page.locator(".error", { hasText: "could not be read" });
    await english.waitFor();
    assert.match(await english.textContent(), /the stored day could not be read \(UnknownError: injected read failure\): nothing was changed, reload the page/);
    assert.doesNotMatch(await english.textContent(), / : |impossible|journée/);
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.getByLabel("Français").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.waitForTimeout(1000);

    await page.evaluate(() => localStorage.setItem("test.fail-reads", "log"));
    await page.reload();
    const logFailure = page.locator(".error", { hasText: "impossible" });
    await logFailure.waitFor({ timeout: 15_000 });
    assert.match(await logFailure.textContent(), /lecture du journal de la journée impossible \(UnknownError : injected read failure\) : rien n'a été modifié/);
    assert.equal(await page.locator(".technician-plan").count(), 0, "nothing shown to tap over the log");

    await page.evaluate(() => localStorage.removeItem("test.fail-reads"));
    await page.reload();
    const again = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").first();
    await again.waitFor({ timeout: 15_000 });
    assert.equal(await again.locator(".stop-customer").textContent(), customer);
    assert.match(await again.locator(".stop-status").textContent(), /Sur place depuis 10:30/, "the log survived");
    await page.locator(".bottom-nav .tab").nth(3).click();
    assert.equal(await page.locator(".planning-date").inputValue(), "2026-11-27", "the user's day, not the demo's");
  }));

test("a demo day that cannot be fetched says why, in French then in English", async () =>
  onPhone({ viewport: { width: 390, height: 844 } }, async ({ page, server }) => {
    await page.route(/demo\/journee-andorre\.json$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(server.url);
    const failure = page.locator(".error", { hasText: "journée de démonstration indisponible" });
    await failure.waitFor({ timeout: 15_000 });
    assert.match(await failure.textContent(), /journée de démonstration indisponible : le serveur a répondu HTTP 404/);
    assert.equal(await failure.locator("strong").textContent(), "⚠ Journée indisponible", "the day was not read: nothing to optimise");
    await page.screenshot({ path: `${SCREENSHOTS}demo-day-missing-fr.png` });
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    const english = page.locator(".error", { hasText: "the demo day is unavailable" });
    assert.match(await english.textContent(), /the demo day is unavailable: the server answered HTTP 404/);
    assert.equal(await english.locator("strong").textContent(), "⚠ The day is unavailable");
    assert.doesNotMatch(await english.textContent(), /indisponible|serveur| : /, "French left in English");
    await page.screenshot({ path: `${SCREENSHOTS}demo-day-missing-en.png` });
  }));
