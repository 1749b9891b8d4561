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

test("« Vider la liste (nouvelle journée) » starts today's day, with nothing of the old one", async () =>
  onPhone({ timezoneId: "UTC" }, async ({ page, server }) => {
    await page.clock.setFixedTime(new Date("2026-12-02T00:30:00+01:00")); // still 1 December in UTC
    await page.goto(server.url);
    const first = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").first();
    await first.waitFor({ timeout: 15_000 });
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Arrivé" }).click();
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.getByRole("button", { name: "Vider la liste (nouvelle journée)" }).click();
    await page.getByRole("button", { name: "Confirmer : supprimer toutes les interventions" }).click();
    await page.locator(".bottom-nav .tab").nth(0).click();
    assert.equal(await page.locator(".day-date").textContent(), "mercredi 2 décembre 2026", "today in Paris");
    assert.equal(await page.locator(".not-today").count(), 0);
    await page.waitForTimeout(500);
    assert.equal(await page.locator(".proposal").count(), 0, "no re-plan of the old day's jobs");
    assert.equal(await page.locator(".stop:not(.stop-break)").count(), 0);
    await page.locator(".bottom-nav .tab").nth(3).click();
    assert.equal(await page.locator(".planning-date").inputValue(), "2026-12-02");
    await page.screenshot({ path: `${SCREENSHOTS}new-day-today-fr.png` });
  }));
