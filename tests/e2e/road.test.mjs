// Journeys 5 and 6: on the road — arrived, done, failed with a reason — then running late:
// "Replanifier" re-plans from now, shows which appointments move or are missed with a prepared
// SMS, and the technician accepts; an emergency is fitted in; all of it survives a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";
import { typeJob } from "./intervention-form.mjs";

/** Minutes since midnight of "HH:MM". */
const minutes = (text) => {
  const [h, m] = text.split(":").map(Number);
  return h * 60 + m;
};

test("stops are closed from their card, the day is re-planned from 10:30 and the changes are shown", async () => 
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, server }) => {
    await page.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    const lea = page.locator(".technician-plan").first();
    await lea.waitFor({ timeout: 15_000 });
    const visits = lea.locator(".stop:not(.stop-break)");
    const before = await visits.locator(".stop-time").allTextContents();
    const names = await visits.locator(".stop-customer").allTextContents();

    // First stop: arrived, then done.
    const first = visits.nth(0);
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Arrivé" }).click();
    assert.equal(await first.locator(".stop-status").textContent(), "● Sur place depuis 10:30");
    // Each status closes the card: it is opened again for the next one.
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Terminé" }).click();
    assert.equal(await first.locator(".stop-status").textContent(), "✓ Terminé 10:30");
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Annuler le statut" }).waitFor();
    assert.equal(await first.getByRole("button", { name: "Arrivé" }).count(), 0, "a closed stop cannot be arrived at");
    await first.locator("summary").click();
    // Second stop: the customer is absent.
    const second = visits.nth(1);
    await second.locator("summary").click();
    await second.getByRole("button", { name: "Échec" }).click();
    await second.getByRole("button", { name: "Client absent" }).click();
    assert.equal(await second.locator(".stop-status").textContent(), "✗ Échec 10:30");
    await second.locator("summary").click();
    assert.equal(await second.locator(".stop-said").textContent(), "✗ Échec à 10:30 : Client absent");
    await lea.screenshot({ path: `${SCREENSHOTS}stops-closed-fr.png` });

    // Running late: re-plan from 10:30 (no location permission: from the last stop).
    await page.locator(".replan").click();
    const proposal = page.locator(".proposal");
    await proposal.waitFor({ timeout: 15_000 });
    const missed = await proposal.locator(".change-missed strong").allTextContents();
    const moved = await proposal.locator(".change:not(.change-missed)").count();
    assert.ok(missed.length + moved > 0, "starting the day at 10:30 changes something");
    for (const change of await proposal.locator(".change-missed").all()) {
      const sms = change.locator("a.sms-change");
      if ((await sms.count()) > 0) {
        const body = decodeURIComponent((await sms.getAttribute("href")).split("body=")[1]);
        assert.match(body, /ne pourra pas venir( dans le créneau \d\d:\d\d–\d\d:\d\d)? comme prévu aujourd'hui/);
      }
    }
    // A missed appointment is marked with the app's own icon, never an emoji a phone may lack.
    assert.equal(await proposal.locator(".change-missed strong svg.icon").count(), missed.length);
    assert.ok(!(await proposal.textContent()).includes("⛔"), "no ⛔ emoji");
    await proposal.screenshot({ path: `${SCREENSHOTS}replan-proposal-fr.png` });
    await page.locator(".accept-plan").click();
    await proposal.waitFor({ state: "detached" });
    const after = lea.locator(".stop:not(.stop-break)");
    assert.equal(await after.nth(0).locator(".stop-customer").textContent(), names[0], "closed stops stay first");
    assert.equal(await after.nth(1).locator(".stop-customer").textContent(), names[1]);
    const rest = (await after.locator(".stop-time").allTextContents()).slice(2);
    assert.ok(rest.every((time) => minutes(time) >= minutes("10:30")), `the rest starts after 10:30: ${rest}`);
    assert.notDeepEqual(await after.locator(".stop-time").allTextContents(), before);

    // Reloaded, the accepted plan and the statuses are still there.
    const accepted = await after.locator(".stop-time").allTextContents();
    await page.reload();
    await lea.waitFor({ timeout: 15_000 });
    assert.deepEqual(await lea.locator(".stop:not(.stop-break) .stop-time").allTextContents(), accepted);
    assert.equal(await lea.locator(".stop-status").first().textContent(), "✓ Terminé 10:30");

    // An emergency comes in: added by hand, it is fitted into the afternoon as a proposal.
    await page.locator(".bottom-nav .tab").nth(2).click();
    const form = await typeJob(page, {
      id: "URG-1",
      customer: "Central téléphonique — câble arraché",
      lat: "42.5078",
      lon: "1.5211",
      minutes: "45",
    });
    await form.locator("select").selectOption("urgence");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await proposal.waitFor({ timeout: 15_000 });
    const added = proposal.locator(".change", { hasText: "Central téléphonique" });
    assert.match(await added.textContent(), /\+ \d\d:\d\d/);
    await page.locator(".accept-plan").click();
    const emergency = page.locator(".stop", { hasText: "Central téléphonique" });
    await emergency.waitFor();
    // Served today, after now; on this full day, earlier would make other customers miss their window.
    const start = minutes(await emergency.locator(".stop-time").textContent());
    assert.ok(start >= minutes("10:30"), `the emergency is planned from now on: ${start}`);
    await page.screenshot({ path: `${SCREENSHOTS}emergency-fitted-fr.png`, fullPage: true });
  }));
