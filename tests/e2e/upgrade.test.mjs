// Issue 11, item 2: a database upgrade never hangs behind an old tab. A newer version of the app
// opening the database at the next schema version (here a page of the same site doing what it
// would) goes through at once while a tab of this version is open: this version holds no
// connection between writes, and closes one on `versionchange`. The old tab's next write then
// fails visibly (its schema is older than the database's), and the tap stays on screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone } from "./browser.mjs";

test("a newer version's upgrade goes through with a tab of this one open, whose next write says it failed", async () =>
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    const stops = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)");
    await stops.first().waitFor({ timeout: 15_000 });
    await stops.nth(0).locator("summary").click();
    await stops.nth(0).getByRole("button", { name: "Arrivé" }).click();
    await page.waitForTimeout(300); // the tap's record commits

    const newer = await context.newPage();
    await newer.goto(server.url + "manifest.webmanifest"); // same site, without the app
    const outcome = await newer.evaluate(
      () =>
        new Promise((resolve) => {
          const current = indexedDB.open("tournee");
          current.onsuccess = () => {
            const version = current.result.version;
            current.result.close();
            const upgrade = indexedDB.open("tournee", version + 1);
            let blocked = false;
            upgrade.onblocked = () => (blocked = true);
            upgrade.onupgradeneeded = () => upgrade.result.createObjectStore("newer");
            upgrade.onsuccess = () => {
              upgrade.result.close();
              resolve({ opened: true, blocked, version: version + 1 });
            };
            upgrade.onerror = () => resolve({ opened: false, blocked, error: String(upgrade.error) });
            setTimeout(() => resolve({ opened: false, blocked, error: "still waiting after 5 s" }), 5000);
          };
        }),
    );
    // `blocked` may fire for a write in flight in the old tab: what matters is that the upgrade
    // goes through (that connection closes on `versionchange`) instead of waiting.
    assert.equal(outcome.opened, true, `the upgrade went through within 5 s: ${JSON.stringify(outcome)}`);
    assert.equal(outcome.version, 2);

    await stops.nth(1).locator("summary").click();
    await stops.nth(1).getByRole("button", { name: "Arrivé" }).click();
    const notice = page.locator(".banner-notice");
    await notice.waitFor({ timeout: 5_000 });
    assert.match(await notice.textContent(), /n'a pas pu être enregistré/);
    assert.match(await stops.nth(1).locator(".stop-status").textContent(), /Sur place depuis 10:30/, "the tap stays on screen");
  }));
