// Issue 12: in English nothing of the day is French. A failed stop's one-tap reasons and its
// status read in English, while the log keeps the reason in French for the operator (and the
// French interface shows it as before); the lunch break is « Lunch break ».
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";
import { recordsStartingWith } from "./stored.mjs";

test("in English, a failed stop and the lunch break read in English; the log keeps the operator's French", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    const lea = page.locator(".technician-plan").first();
    await lea.locator(".stop").first().waitFor({ timeout: 15_000 });
    assert.match(await lea.locator(".totals").textContent(), /^Leaves \d\d:\d\d · Back \d\d:\d\d · \d+ min driving · \d+\.\d km · \d+ jobs$/);
    const lunch = page.locator(".stop-break .stop-customer");
    assert.ok((await lunch.count()) > 0, "the demo day has a lunch break");
    for (const label of await lunch.allTextContents()) assert.equal(label, "Lunch break");

    const first = lea.locator(".stop:not(.stop-break)").first();
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Failed", exact: true }).click();
    const reasons = await first.locator(".failure-form .status-buttons").first().locator("button").allTextContents();
    assert.deepEqual(reasons, ["Customer absent", "No access", "Missing equipment"]);
    await first.getByRole("button", { name: "Customer absent" }).click();
    assert.equal(await first.locator(".stop-status").textContent(), "✗ Failed 10:30");
    assert.equal(await first.locator(".stop-said").textContent(), "✗ Failed at 10:30: Customer absent");
    await page.screenshot({ path: `${SCREENSHOTS}stop-failed-en.png` });

    await page.locator(".bottom-nav .tab").nth(2).click();
    const card = await page.locator(".job").first().textContent();
    assert.match(card, /Skills: /, "English puts no space before a colon");
    assert.doesNotMatch(card, / : /);

    await page.waitForTimeout(200); // the record commits
    const kept = Object.values(await recordsStartingWith(page, "log.")).join("\n");
    assert.match(kept, /Client absent/, "the log keeps the reason in French");
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.getByLabel("Français").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".stop-status", { hasText: "✗ Échec 10:30" }).waitFor();
    assert.equal(await first.locator(".stop-said").textContent(), "✗ Échec à 10:30 : Client absent");
    assert.match(await lea.locator(".totals").textContent(), / · \d+,\d km · /, "French writes a decimal comma");
  }));
