// Proof of the visit (issue 13): the time on site from « Arrivé » to « Terminé », and a
// technician's day report — each stop with its planned and recorded times, outcome, reason and
// contacts — shown over the page, printed alone, and saved as JSON; in French and in English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { downloaded, onPhone, SCREENSHOTS } from "./browser.mjs";

test("a technician's day report says what happened at each stop, prints alone and saves as JSON", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    const lea = page.locator(".technician-plan").first();
    await lea.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"));
    const visits = lea.locator(".stop:not(.stop-break)");
    const [first, second] = [visits.nth(0), visits.nth(1)];
    const [firstName, secondName] = [
      await first.locator(".stop-customer").textContent(),
      await second.locator(".stop-customer").textContent(),
    ];

    // The first customer: called, arrived at 10:30, done at 11:10.
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Arrivé", exact: true }).click();
    await context.clock.setFixedTime(new Date("2026-11-26T11:10:00+01:00"));
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Terminé", exact: true }).click();
    await first.locator("details:not([open])").waitFor();
    await first.locator("summary").click();
    assert.equal(await first.locator(".stop-said").textContent(), "✓ Terminé à 11:10 · 40 min sur place");
    // The second: absent at 11:40, no arrival said.
    await context.clock.setFixedTime(new Date("2026-11-26T11:40:00+01:00"));
    await second.locator("summary").click();
    await second.getByRole("button", { name: "Échec", exact: true }).click();
    await second.getByRole("button", { name: "Client absent" }).click();

    await page.locator(".exports summary").click();
    await page.locator(".exports .open-report").first().click();
    const report = page.locator(".day-report");
    await report.waitFor();
    const stops = report.locator(".report-stop");
    assert.equal(await stops.count(), await visits.count(), "every customer stop of the day, no lunch break");
    assert.equal(await stops.nth(0).locator(".report-customer").textContent(), `1. ${firstName}`);
    assert.match(await stops.nth(0).locator(".report-times").textContent(), /prévu \d\d:\d\d · arrivé 10:30 · 40 min sur place$/);
    assert.equal(await stops.nth(0).locator(".report-outcome").textContent(), "Terminé à 11:10");
    assert.equal(await stops.nth(1).locator(".report-customer").textContent(), `2. ${secondName}`);
    assert.equal(await stops.nth(1).locator(".report-outcome").textContent(), "Échec à 11:40 : Client absent");
    assert.doesNotMatch(await stops.nth(1).locator(".report-times").textContent(), /arrivé/, "no arrival was said");
    assert.equal(await stops.nth(2).locator(".report-outcome").textContent(), "aucun passage enregistré");
    await page.screenshot({ path: `${SCREENSHOTS}day-report-fr.png` });

    // On paper only the report is printed, without its buttons.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".bottom-nav").evaluate((nav) => getComputedStyle(nav).visibility), "hidden");
    assert.equal(await report.locator(".report-buttons").evaluate((buttons) => getComputedStyle(buttons).display), "none");
    assert.equal(await stops.nth(0).evaluate((stop) => getComputedStyle(stop).visibility), "visible");
    await page.screenshot({ path: `${SCREENSHOTS}day-report-print-fr.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });

    // The JSON file holds the same, typed.
    const file = await downloaded(page, () => report.locator(".report-save").click());
    assert.match(file.name, /^rapport-.*\.json$/);
    const json = JSON.parse(file.text);
    assert.equal(json.format, "tournee-day-report");
    assert.equal(json.date, "2026-11-26");
    assert.deepEqual(json.stops[0].outcome, { status: "done", at: "11:10" });
    assert.deepEqual([json.stops[0].arrived, json.stops[0].on_site_min], ["10:30", 40]);
    assert.deepEqual(json.stops[1].outcome, { status: "failed", at: "11:40", reason: "Client absent" });

    // In English, the same report reads in English.
    await report.locator(".report-close").click();
    await report.waitFor({ state: "detached" });
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".exports summary").click();
    await page.locator(".exports .open-report").first().click();
    await report.waitFor();
    assert.match(await report.locator("h2").textContent(), /^Day report — /);
    assert.match(await stops.nth(0).locator(".report-times").textContent(), /planned \d\d:\d\d · arrived 10:30 · 40 min on site$/);
    assert.equal(await stops.nth(1).locator(".report-outcome").textContent(), "Failed at 11:40: Customer absent");
    assert.equal(await stops.nth(2).locator(".report-outcome").textContent(), "no visit recorded");
    assert.doesNotMatch(await report.textContent(), /prévu|arrivé|sur place|aucun/, "French left in English");
    await page.screenshot({ path: `${SCREENSHOTS}day-report-en.png` });
  }));
