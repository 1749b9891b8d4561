// Issue 11, item 7: "now" is the département's time, whatever zone the phone is set to. A phone
// left on UTC (or on New York after a trip) logs an arrival at 10:30 Paris time as 10:30, not as
// 09:30 or 04:30, in winter and in summer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone } from "./browser.mjs";

for (const [timezoneId, instant, paris] of [
  ["UTC", "2026-11-26T10:30:00+01:00", "10:30"],
  ["America/New_York", "2026-11-26T10:30:00+01:00", "10:30"],
  ["UTC", "2026-07-14T08:05:00+02:00", "08:05"],
]) {
  test(`a phone set to ${timezoneId} logs ${instant} as ${paris}, Paris time`, async () =>
    onPhone({ timezoneId }, async ({ page, server }) => {
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(server.url);
      const first = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").first();
      await first.waitFor({ timeout: 15_000 });
      await first.locator("summary").click();
      await first.getByRole("button", { name: "Arrivé" }).click();
      assert.equal(await first.locator(".stop-status").textContent(), `● Sur place depuis ${paris}`);
    }));
}
