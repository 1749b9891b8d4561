// Days that follow each other (issue 14), offline on a 390 px phone: « Reporter » carries a job
// to the next working day (another day on request) and the SMS names it; « Semaine » shows each
// technician's load on each day; a slot is booked into a later day; a later day is opened; a
// vital customer put off twice is flagged; the next morning starts with the unfinished jobs
// carried over. In French, then the same words in English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { downloaded, onPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { typeJob } from "./intervention-form.mjs";
import { plannedWeekDay } from "./week.mjs";

/** The hospital: vital, 08:00–10:00, on Léa's day of the demo. */
const HOSPITAL = "INC-1041";

/** Opens the demo day at `clock` (Paris), planned, offline. */
async function openDemoDay(page, context, server, clock) {
  await context.clock.setFixedTime(new Date(clock));
  await page.goto(server.url);
  await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector(".solving"));
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
}

/** The stop of `id` on Journée, opened. */
async function openStop(page, id) {
  const stop = page.locator(`.stop[data-id="${id}"]`);
  await stop.locator("summary").click();
  await stop.locator("details[open]").waitFor();
  return stop;
}

/** Books the first slot the open finder offers on `date` (YYYY-MM-DD), and waits for it to close. */
async function bookFirstSlotOn(page, date) {
  const finder = page.getByRole("dialog", { name: "Créneaux à proposer" });
  const onDate = finder.locator(`.slot[data-date="${date}"]`);
  await onDate.first().waitFor({ timeout: 10_000 });
  await onDate.first().locator(".book-slot").click();
  await finder.waitFor({ state: "detached" });
}

test("a postponed job goes to the next working day, is moved, planned, booked around and flagged, offline, across reloads", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await openDemoDay(page, context, server, "2026-11-26T07:30:00+01:00");

    // Thursday 26: the hospital is postponed; it goes to Friday 27, and the SMS says so.
    let stop = await openStop(page, HOSPITAL);
    await stop.getByRole("button", { name: "Reporter", exact: true }).click();
    await stop.locator("details:not([open])").waitFor();
    stop = await openStop(page, HOSPITAL);
    const to = stop.locator(".postponed-to");
    await page.waitForFunction(() => document.querySelector(".postponed-to")?.textContent.includes("vendredi"));
    assert.equal(await to.textContent(), "↷ Reporté au vendredi 27 nov.");
    const sms = decodeURIComponent((await stop.locator(".tell-postponed").getAttribute("href")).split("body=")[1]);
    assert.match(sms, /elle est reportée au vendredi 27 novembre 2026\./);
    await page.screenshot({ path: `${SCREENSHOTS}multi-day-postponed-fr.png` });

    // Moved to Monday 30 instead (weekend skipped in the list).
    const days = await stop.locator(".postpone-day option").allTextContents();
    assert.deepEqual(days.slice(0, 2), ["vendredi 27 nov.", "lundi 30 nov."], "Saturday and Sunday are not offered");
    await stop.locator(".postpone-day").selectOption("2026-11-30");
    await page.waitForFunction(() => document.querySelector(".postponed-to")?.textContent.includes("lundi 30"));

    // « Semaine »: Monday holds the hospital, planned on a technician, with its hours.
    await page.goto(server.url + "#interventions");
    const monday = await plannedWeekDay(page, "2026-11-30");
    assert.match(await monday.locator(".week-date").textContent(), /^lundi 30 nov\. · 1 intervention$/, "one job, in the singular");
    const loads = await monday.locator(".week-figures").allTextContents();
    assert.equal(loads.length, 2, "one line per technician");
    assert.deepEqual(loads.map((line) => Number(line.split(" · ")[0])).sort(), [0, 1], "the one job is on one technician");
    assert.match(loads.join(" "), /1 · \d h \d\d \/ \d+ h \d\d/);
    assert.equal(await monday.locator(".week-flag").count(), 0, "postponed once: not flagged yet");
    const friday = page.locator('.week-day[data-date="2026-11-27"]');
    assert.match(await friday.locator(".week-date").textContent(), /· 0 intervention$/, "it left Friday");
    await page.locator(".week-view").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}multi-day-week-fr.png` });

    // A caller booked on Monday: the slot lands in that day, beside the hospital.
    const form = await typeJob(page, { id: "APPEL-9", customer: "M. Pons", lat: "42.5345", lon: "1.5805", minutes: "20" });
    await form.getByRole("button", { name: "Proposer un créneau" }).click();
    await bookFirstSlotOn(page, "2026-11-30");
    await page.waitForFunction(() => document.querySelector('.week-day[data-date="2026-11-30"] .week-date')?.textContent.includes("· 2 "));

    // Everything is still there after a reload, offline.
    await page.reload();
    const kept = await plannedWeekDay(page, "2026-11-30");
    assert.match(await kept.locator(".week-date").textContent(), /· 2 /);

    // The week's spreadsheet: Thursday's plan and Monday's, each row with its date.
    const sheet = await downloaded(page, () => page.locator('.week-export[data-format="csv"]').click());
    assert.equal(sheet.name, "tournee-2026-11-26-2026-11-30.csv");
    const rows = sheet.text.split("\n").slice(1).filter((row) => row.trim());
    assert.ok(rows.some((row) => row.startsWith("2026-11-26")) && rows.some((row) => row.startsWith("2026-11-30")));
    assert.ok(rows.some((row) => row.startsWith("2026-11-30") && row.includes("M. Pons")), "the booked caller on Monday");
    const calendar = await downloaded(page, () => page.locator('.week-export[data-format="ics"]').click());
    assert.match(calendar.text, /DTSTART:20261130T\d{6}Z/, "Monday's visits in the calendar");

    // Monday opened: its two jobs are planned on Journée, the hospital once postponed.
    await kept.getByRole("button", { name: "Ouvrir ce jour" }).click();
    await page.locator(".bottom-nav .tab").first().click();
    await page.waitForFunction(() => document.querySelector(".day-date")?.textContent.startsWith("lundi 30 novembre"));
    await page.waitForFunction(() => !document.querySelector(".solving"));
    assert.equal(await page.locator(".stop:not(.stop-break)").count(), 2);

    // Put off again: now it is flagged, on the stop and in the week.
    stop = await openStop(page, HOSPITAL);
    await stop.getByRole("button", { name: "Reporter", exact: true }).click();
    stop = await openStop(page, HOSPITAL);
    await stop.locator(".postponed-twice").waitFor();
    assert.equal(await stop.locator(".postponed-to").textContent(), "↷ Reporté au mardi 1 déc.");
    await page.screenshot({ path: `${SCREENSHOTS}multi-day-flagged-fr.png` });
    await page.goto(server.url + "#interventions");
    const tuesday = await plannedWeekDay(page, "2026-12-01");
    assert.match(await tuesday.locator(".week-flag").textContent(), /Hôpital Nostra Senyora de Meritxell : reporté plusieurs fois/);

    // Undone: « Rouvrir » takes it back out of Tuesday.
    await page.locator(".bottom-nav .tab").first().click();
    stop = await openStop(page, HOSPITAL);
    await stop.getByRole("button", { name: "Annuler le statut", exact: true }).click();
    await page.goto(server.url + "#interventions");
    await page.waitForFunction(() => document.querySelector('.week-day[data-date="2026-12-01"] .week-date')?.textContent.includes("· 0 "));

    // Postponed again, then a slot found from the stop itself: booked on Wednesday, in its window.
    await page.locator(".bottom-nav .tab").first().click();
    stop = await openStop(page, HOSPITAL);
    await stop.getByRole("button", { name: "Reporter", exact: true }).click();
    stop = await openStop(page, HOSPITAL);
    await stop.getByRole("button", { name: "Proposer un créneau" }).click();
    await bookFirstSlotOn(page, "2026-12-02");
    await page.waitForFunction(() => document.querySelector(".postponed-to")?.textContent.includes("mercredi 2"));
    await page.goto(server.url + "#interventions");
    await page.waitForFunction(() => document.querySelector('.week-day[data-date="2026-12-01"] .week-date')?.textContent.includes("· 0 "));
    const booked = await plannedWeekDay(page, "2026-12-02");
    assert.match(await booked.locator(".week-date").textContent(), /· 1 /);
    assert.match(await booked.locator(".week-flag").textContent(), /reporté plusieurs fois/, "still put off twice");
  }));

test("the next morning starts with the unfinished jobs carried over, in English", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await openDemoDay(page, context, server, "2026-11-26T07:30:00+01:00");
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.goto(server.url + "#journee");
    const first = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").first();
    const done = await first.getAttribute("data-id");
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Done", exact: true }).click();
    await page.goto(server.url + "#interventions");
    const total = await page.locator(".jobs .job").count();
    await page.goto(server.url + "#journee");

    // Friday morning: the day on screen is Thursday's.
    await context.clock.setFixedTime(new Date("2026-11-27T07:00:00+01:00"));
    await page.reload();
    const card = page.locator(".new-day");
    await card.locator("summary").click();
    assert.equal(await card.locator("summary").textContent(), "New day: Start the day of Friday 27 Nov");
    const boxes = card.locator(".carry-job input");
    assert.equal(await boxes.count(), total - 1, "every job but the one done");
    assert.equal(await card.locator(`.carry-job input[value="${done}"]`).count(), 0);
    // A long customer name must not squeeze its box (it did: flex shrank the inputs).
    const widths = await boxes.evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect().width));
    assert.ok(widths.every((width) => width === 26), `every box 26 px wide, whatever its name: ${widths}`);
    const left = await card.locator(".carry-job input").nth(1).getAttribute("value");
    await card.locator(".carry-job").nth(1).click();
    await page.screenshot({ path: `${SCREENSHOTS}multi-day-new-day-en.png` });
    await card.locator(".start-day").click();
    await page.waitForFunction(() => document.querySelector(".day-date")?.textContent.startsWith("Friday 27 November"));
    await page.waitForFunction(() => !document.querySelector(".solving"));
    assert.equal(await page.locator(".new-day").count(), 0, "today's day is on screen");
    assert.equal(await page.locator(`.stop[data-id="${left}"]`).count(), 0, "the unticked one stays on Thursday");
    await page.goto(server.url + "#interventions");
    assert.equal(await page.locator(".jobs .job").count(), total - 2, "the ones ticked, carried over");
  }));

test("a CSV with a date column fills the day on screen and the days after it, said in the report and the week", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await openDemoDay(page, context, server, "2026-11-26T07:30:00+01:00");
    await page.goto(server.url + "#interventions");
    const csv = [
      "id,client,lat,lon,duree,date",
      "J-1,Mme Puig,42.5345,1.5805,30,26/11/2026",
      "V-1,M. Rossell,42.5079,1.5211,45,27/11/2026",
      "V-2,Mme Coma,42.5102,1.5390,20,2026-11-27",
      "L-1,Gîte de Pal,42.5496,1.4860,60,30/11/2026",
      "X-1,M. Erre,42.5,1.5,30,31/11/2026",
    ].join("\n");
    await page.locator(".import-panel input[type=file]").setInputFiles({
      name: "semaine.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    const report = page.locator(".import-report");
    await report.waitFor();
    assert.equal(await report.locator(".import-added").textContent(), "1 intervention ajoutée");
    assert.deepEqual(await report.locator(".import-other-day").allTextContents(), [
      "2 interventions ajoutées au vendredi 27 nov.",
      "1 intervention ajoutée au lundi 30 nov.",
    ]);
    assert.match(await report.locator(".import-errors").textContent(), /ligne 6.*31\/11\/2026/);
    await page.screenshot({ path: `${SCREENSHOTS}multi-day-import-fr.png` });
    const friday = await plannedWeekDay(page, "2026-11-27");
    assert.match(await friday.locator(".week-date").textContent(), /· 2 /);
    const monday = await plannedWeekDay(page, "2026-11-30");
    assert.match(await monday.locator(".week-date").textContent(), /· 1 /);
    await page.reload();
    assert.match(await (await plannedWeekDay(page, "2026-11-27")).locator(".week-date").textContent(), /· 2 /, "kept");
  }));
