// Issue 11, item 1: the installed app and a browser tab open on the same phone. Each tap is
// its own record, so both tabs' taps survive a reload; each tab shows what the other stored
// without a reload; a day changed in one tab is the day in the other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";
import { importStorm, STORM_JOBS } from "./storm.mjs";

/** The `index`-th stop (breaks aside) of the `technician`-th technician's plan in `page`. */
const stop = (page, technician, index) =>
  page.locator(".technician-plan").nth(technician).locator(".stop:not(.stop-break)").nth(index);

/** Taps « Arrivé » on `target` and waits until it shows on site. */
async function arrive(target) {
  await target.locator("summary").click();
  await target.getByRole("button", { name: "Arrivé" }).click();
  await target.locator(".stop-status", { hasText: "Sur place depuis" }).waitFor();
}

test("two tabs keep both taps, see each other's, and share one day", async () =>
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    await stop(page, 0, 0).waitFor({ timeout: 15_000 });
    const other = await context.newPage();
    await other.goto(server.url);
    await stop(other, 0, 0).waitFor({ timeout: 15_000 });
    const customer = (tab, t, i) => stop(tab, t, i).locator(".stop-customer").textContent();
    assert.equal(await customer(other, 1, 0), await customer(page, 1, 0), "one plan in both tabs");

    await arrive(stop(page, 0, 0));
    await stop(other, 0, 0).locator(".stop-status", { hasText: "Sur place depuis 10:30" }).waitFor({ timeout: 5_000 });
    await arrive(stop(other, 1, 0));
    await stop(page, 1, 0).locator(".stop-status", { hasText: "Sur place depuis 10:30" }).waitFor({ timeout: 5_000 });
    await other.screenshot({ path: `${SCREENSHOTS}two-tabs-second-fr.png` });

    await page.waitForTimeout(300); // the second tab's record commits
    for (const tab of [page, other]) {
      await tab.reload();
      await stop(tab, 0, 0).waitFor({ timeout: 15_000 });
      assert.match(await stop(tab, 0, 0).locator(".stop-status").textContent(), /Sur place depuis 10:30/);
      assert.match(await stop(tab, 1, 0).locator(".stop-status").textContent(), /Sur place depuis 10:30/, "2 of 2 after a reload");
    }

    // The day changed in one tab is the other tab's day, with that date's (empty) log.
    await other.goto(server.url + "#reglages");
    await other.locator(".planning-date").fill("2026-11-27");
    await other.locator(".planning-date").dispatchEvent("change");
    await page.locator(".day-date", { hasText: "vendredi 27 novembre 2026" }).waitFor({ timeout: 5_000 });
    await stop(page, 0, 0).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator(".stop-status", { hasText: "Sur place" }).count(), 0, "another day's log");
    await page.screenshot({ path: `${SCREENSHOTS}two-tabs-day-changed-fr.png` });

    // And back: the first date's log is still whole.
    await page.goto(server.url + "#reglages");
    await page.locator(".planning-date").fill("2026-11-26");
    await page.locator(".planning-date").dispatchEvent("change");
    await other.goto(server.url);
    await other.locator(".day-date", { hasText: "jeudi 26 novembre 2026" }).waitFor({ timeout: 5_000 });
    await stop(other, 1, 0).locator(".stop-status", { hasText: "Sur place depuis 10:30" }).waitFor({ timeout: 15_000 });
    assert.equal(await other.locator(".stop-status", { hasText: "Sur place" }).count(), 2);
  }));

test("on a storm day of 600 jobs, two tabs still share the day and keep both taps", async () =>
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    await stop(page, 0, 0).waitFor({ timeout: 15_000 });
    const other = await context.newPage();
    await other.goto(server.url + "#interventions");
    await other.locator(".job").first().waitFor({ timeout: 15_000 });

    await page.goto(server.url + "#interventions");
    await importStorm(page);
    await page.locator(".import-added", { hasText: `${STORM_JOBS} interventions ajoutées` }).waitFor({ timeout: 30_000 });
    await other.waitForFunction((count) => document.querySelectorAll(".job").length === count, STORM_JOBS, { timeout: 15_000 });

    for (const tab of [page, other]) await tab.goto(server.url);
    // The demo's second technician has no fibre skill: the storm's fibre jobs all go to the first.
    await stop(page, 0, 1).waitFor({ timeout: 60_000 });
    await stop(other, 0, 1).waitFor({ timeout: 60_000 });
    // A storm day's first plan shows while the search goes on: the taps are on the final plan.
    for (const tab of [page, other]) await tab.locator(".solving").waitFor({ state: "detached", timeout: 60_000 });
    const customer = (tab, t, i) => stop(tab, t, i).locator(".stop-customer").textContent();
    assert.match(await customer(page, 0, 0), /^Client \d+$/, "the storm day is planned");
    await arrive(stop(page, 0, 0));
    await arrive(stop(other, 0, 1));
    await stop(page, 0, 1).locator(".stop-status", { hasText: "Sur place depuis 10:30" }).waitFor({ timeout: 5_000 });
    await stop(other, 0, 0).locator(".stop-status", { hasText: "Sur place depuis 10:30" }).waitFor({ timeout: 5_000 });
    await page.waitForTimeout(300); // the second tab's record commits
    for (const tab of [page, other]) {
      await tab.reload();
      await stop(tab, 0, 1).waitFor({ timeout: 60_000 });
      assert.equal(await tab.locator(".stop-status", { hasText: "Sur place depuis 10:30" }).count(), 2, "2 of 2 after a reload");
    }
    await other.screenshot({ path: `${SCREENSHOTS}two-tabs-storm-fr.png` });
  }));
