// A Haut Verdon crew of eight plans its week on its own region, not the demo: the pack built
// from the département-sized extract and deployed with the app, a first start with eight homes
// across the valley, then one CSV of 130 interventions over five days (a date column). Each day
// is planned for the eight, in the week view and on screen; a job is put off to the next day;
// the week is still there offline after a reload. French, on a 390 px phone. Then a crew one of
// whose homes is off every road of the region (Allos, in this synthetic pack): each day is
// planned for the others, and that technician's line and card say why they have no route.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { deployedApp, PACK_FILE } from "./deployment.mjs";
import { plannedWeekDay } from "./week.mjs";

/** The crew: a name and a home each, as typed at first start (communes of the Haut Verdon). */
const CREW = [
  ["Léa Martin", "Saint-André-les-Alpes"],
  ["Marc Giraud", "Colmars 04370"],
  ["Inès Roux", "Castellane"],
  ["Paul Blanc", "Colmars"],
  ["Nadia Bernard", "Thorame-Basse"],
  ["Hugo Faure", "Beauvezer"],
  ["Julie Arnaud", "Thorame-Haute"],
  ["Rémi Pellegrin", "castellane"],
];

/** Centres of the communes the jobs are in (latitude, longitude), from the 04's communes:
 * Saint-André, Castellane, Thorame-Basse and -Haute, Colmars, Beauvezer. Not Allos: its centre
 * is 2.3 km from the roads of this synthetic pack (the second test's home off every road). */
const COMMUNES = [
  [43.968, 6.509],
  [43.846, 6.514],
  [44.09, 6.499],
  [44.097, 6.555],
  [44.182, 6.627],
  [44.143, 6.592],
];

/** Monday 7 to Friday 11 December 2026, with the jobs of each. */
const WEEK = [
  ["2026-12-07", "07/12/2026", 30],
  ["2026-12-08", "08/12/2026", 28],
  ["2026-12-09", "2026-12-09", 26],
  ["2026-12-10", "10/12/2026", 24],
  ["2026-12-11", "11/12/2026", 22],
];

/** The week's interventions as a CSV: places within about a kilometre of a commune's centre
 * (a fixed sequence, so every run plans the same week), an hour or less each, some with a window. */
function weekCsv() {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = ["id;client;latitude;longitude;durée;créneaux;priorité;date"];
  for (const [, date, count] of WEEK) {
    for (let k = 0; k < count; k++) {
      const [lat, lon] = COMMUNES[k % COMMUNES.length];
      const at = (centre) => (centre + (next() - 0.5) * 0.016).toFixed(4).replace(".", ",");
      const window = k % 5 === 0 ? "08:00-12:00" : k % 5 === 1 ? "13:30-17:00" : "";
      const priority = k === 0 ? "vital" : "normale";
      rows.push(`HV-${date.slice(0, 2)}-${k + 1};Client ${date.slice(0, 2)}-${k + 1};${at(lat)};${at(lon)};${30 + 15 * (k % 3)} min;${window};${priority};${date}`);
    }
  }
  return rows.join("\n");
}

/** First start on the deployed Haut Verdon pack, with `crew` typed in, at `clock` (Paris). */
async function setUpCrew(page, context, server, crew, clock) {
  await context.clock.setFixedTime(new Date(clock));
  await page.goto(server.url);
  const setup = page.locator(".crew-setup");
  await setup.waitFor({ timeout: 15_000 });
  await setup.locator(`.deployed-pack[data-file="${PACK_FILE}"] .pack-download`).click();
  const rows = setup.locator(".crew-member-setup");
  for (const [index, [name, home]] of crew.entries()) {
    if (index > 0) await setup.locator(".add-member").click();
    await rows.nth(index).locator(".setup-name").fill(name);
    await rows.nth(index).locator(".setup-home").fill(home);
  }
  await setup.locator(".setup-region", { hasText: "Haut Verdon" }).waitFor({ timeout: 60_000 });
  await setup.locator("button.setup-start").click();
  await setup.waitFor({ state: "detached" });
  await waitForServiceWorkerControl(page);
}

/** Imports `csv` on Interventions; returns the import report. */
async function importCsv(page, server, csv) {
  await page.goto(server.url + "#interventions");
  await page.locator(".import-panel input[type=file]").setInputFiles({
    name: "semaine-haut-verdon.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  const report = page.locator(".import-report");
  await report.waitFor({ timeout: 20_000 });
  return report;
}

test("a Haut Verdon crew of eight plans its week from one CSV on its own region, and keeps it offline", async () => {
  const server = await serve(deployedApp("haut-verdon-week"));
  const phone = await launchPhone({ firstStart: true, viewport: { width: 390, height: 844 }, timezoneId: "Europe/Paris" });
  const { page, context } = phone;
  try {
    await setUpCrew(page, context, server, CREW, "2026-12-07T07:15:00+01:00");
    assert.equal(await page.locator(".banner-demo").count(), 0, "the deployed region, not the demo");

    // One file for the week: today's jobs on screen, the others to their days.
    const report = await importCsv(page, server, weekCsv());
    assert.equal(await report.locator(".import-added").textContent(), "30 interventions ajoutées");
    assert.deepEqual(await report.locator(".import-other-day").allTextContents(), [
      "28 interventions ajoutées au mardi 8 déc.",
      "26 interventions ajoutées au mercredi 9 déc.",
      "24 interventions ajoutées au jeudi 10 déc.",
      "22 interventions ajoutées au vendredi 11 déc.",
    ]);
    assert.equal(await report.locator(".import-errors").count(), 0);

    // Each later day is planned for the eight, in the week view.
    for (const [date, , count] of WEEK.slice(1)) {
      const block = await plannedWeekDay(page, date, 120_000);
      assert.match(await block.locator(".week-date").textContent(), new RegExp(`· ${count} `));
      const loads = await block.locator(".week-load .week-figures").allTextContents();
      assert.equal(loads.length, 8, `${date}: ${loads.join(" / ")}`);
      const jobs = loads.map((figures) => Number(figures.split(" · ")[0]));
      const planned = jobs.reduce((sum, n) => sum + n, 0);
      assert.equal(planned, count, `${date}: ${loads.join(" / ")}`);
      assert.ok(jobs.filter((n) => n > 0).length >= 4, `${date}: the work is shared (${jobs.join(", ")})`);
    }
    await page.locator(".week-view").screenshot({ path: `${SCREENSHOTS}haut-verdon-week-fr.png` });

    // Today, on screen: the eight days folded, each with its summary, every job held.
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".technician-plan").nth(7).waitFor({ state: "attached", timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"), null, { timeout: 60_000 });
    assert.equal(await page.locator(".crew-day").count(), 8);
    const today = await page.locator(".stop:not(.stop-break) .stop-customer").count();
    assert.equal(today, 30, await page.locator("main").textContent());
    await page.screenshot({ path: `${SCREENSHOTS}haut-verdon-today-fr.png` });

    // A job put off goes to Tuesday, planned there with the rest.
    const stop = page.locator('.stop[data-id="HV-07-3"]');
    await page.locator(".crew-day", { has: stop }).locator("summary.crew-day-summary").click();
    await stop.locator("summary").click();
    await stop.getByRole("button", { name: "Reporter", exact: true }).click();
    // A status recorded closes the card, as for every stop: opened again, it says where the job went.
    await stop.locator("details:not([open])").waitFor();
    await stop.locator("summary").click();
    await page.waitForFunction(() => document.querySelector(".postponed-to")?.textContent.includes("mardi"));
    assert.equal(await stop.locator(".postponed-to").textContent(), "↷ Reporté au mardi 8 déc.");
    await page.goto(server.url + "#interventions");
    const tuesday = await plannedWeekDay(page, "2026-12-08", 120_000);
    assert.match(await tuesday.locator(".week-date").textContent(), /· 29 /);

    // Offline, after a reload: the week is the phone's.
    await context.setOffline(true);
    await page.reload();
    for (const [date, , count] of WEEK.slice(2)) {
      const block = await plannedWeekDay(page, date, 120_000);
      assert.match(await block.locator(".week-date").textContent(), new RegExp(`· ${count} `), `${date} kept offline`);
    }
    assert.match(await (await plannedWeekDay(page, "2026-12-08", 120_000)).locator(".week-date").textContent(), /· 29 /);
    if (phone.errors.length > 0) throw new Error(`the page threw: ${phone.errors.join("; ")}`);
  } finally {
    await phone.close();
    await server.close();
  }
});

test("a home off every road leaves one technician without a route, and the rest of the crew is planned every day", async () => {
  const server = await serve(deployedApp("haut-verdon-off-road"));
  const phone = await launchPhone({ firstStart: true, viewport: { width: 390, height: 844 }, timezoneId: "Europe/Paris" });
  const { page, context } = phone;
  try {
    const crew = [["Léa Martin", "Saint-André-les-Alpes"], ["Paul Blanc", "Allos"]];
    await setUpCrew(page, context, server, crew, "2026-12-07T07:15:00+01:00");
    const csv = [
      "id;client;commune;durée;date",
      "A-1;Mme Arnaud;Saint-André-les-Alpes;30 min;07/12/2026",
      "B-1;M. Roux;Colmars;45 min;08/12/2026",
      "C-1;Mme Faure;Castellane;30 min;09/12/2026",
    ].join("\n");
    const report = await importCsv(page, server, csv);
    assert.equal(await report.locator(".import-added").textContent(), "1 intervention ajoutée");
    // Each later day is planned: Léa holds its job, Paul's line says why he has none.
    for (const date of ["2026-12-08", "2026-12-09"]) {
      const block = await plannedWeekDay(page, date, 60_000);
      assert.equal(await block.locator(".week-failed").count(), 0);
      const lines = block.locator(".week-load");
      assert.match(await lines.nth(0).locator(".week-figures").textContent(), /^1 · /, `${date}: Léa holds the job`);
      assert.equal(await lines.nth(1).locator(".week-no-route").textContent(), "⚠ pas de tournée : domicile loin de toute route");
    }
    await page.locator(".week-day").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}haut-verdon-off-road-week-fr.png` });
    // Today on Journée: Léa's stop, and on Paul's card where the trouble is and what to do.
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator('.stop[data-id="A-1"]').waitFor({ state: "attached", timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"), null, { timeout: 30_000 });
    const paul = page.locator(".technician-plan", { hasText: "Paul Blanc" });
    assert.equal(
      await paul.locator(".no-route").textContent(),
      "⚠ Pas de tournée aujourd'hui : son départ est à 2,3 km de la route la plus proche (au plus 2 km). Vérifiez son domicile dans « Mon équipe, ma région » ; le reste de l'équipe est planifié sans ce technicien.",
    );
    assert.equal(await page.locator(".unplanned").count(), 0, "nothing left out: Léa takes the day's job");
    await page.screenshot({ path: `${SCREENSHOTS}haut-verdon-off-road-day-fr.png`, fullPage: true });
    // In English too.
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    assert.equal(
      await paul.locator(".no-route").textContent(),
      "⚠ No route today: their start is 2.3 km from the nearest road (at most 2 km). Check their home in \"My crew, my region\"; the rest of the crew is planned without them.",
    );
    await page.screenshot({ path: `${SCREENSHOTS}haut-verdon-off-road-day-en.png`, fullPage: true });
    if (phone.errors.length > 0) throw new Error(`the page threw: ${phone.errors.join("; ")}`);
  } finally {
    await phone.close();
    await server.close();
  }
});
