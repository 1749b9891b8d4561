// Issue 11, item 4 (first part): Journée shows the day's date, says when it is not today (in
// Paris), and re-planning « from now » a day that is not today is asked twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

test("the day's date is shown, another day than today is said, and its re-plan asked twice", async () =>
  onPhone({ timezoneId: "UTC" }, async ({ page, server }) => {
    await page.clock.setFixedTime(new Date("2026-12-02T10:30:00+01:00"));
    await page.goto(server.url);
    const first = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").first();
    await first.waitFor({ timeout: 15_000 });
    assert.equal(await page.locator(".day-date").textContent(), "jeudi 26 novembre 2026");
    assert.equal(
      await page.locator(".not-today").textContent(),
      "⚠ Ce n'est pas la journée d'aujourd'hui. Nous sommes le mercredi 2 décembre 2026."
    );
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Arrivé" }).click();
    const replan = page.locator("button.replan");
    await replan.click();
    assert.equal(await replan.textContent(), "Replanifier quand même ce jour-là");
    await page.waitForTimeout(500);
    assert.equal(await page.locator(".proposal").count(), 0, "one tap does not re-plan another day");
    await page.screenshot({ path: `${SCREENSHOTS}day-not-today-fr.png` });
    await replan.click();
    await page.locator(".proposal").waitFor({ timeout: 15_000 });
  }));

test("on the day itself nothing more is asked", async () =>
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, server }) => {
    await page.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator(".day-date").textContent(), "jeudi 26 novembre 2026");
    assert.equal(await page.locator(".not-today").count(), 0);
  }));
