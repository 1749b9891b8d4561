// Journey 2 (morning import, jobs by hand) and journey 8 (exports), and the day surviving
// reloads: everything the user entered is kept, a corrupt stored day is set aside.
import { test } from "node:test";
import { readFileSync } from "node:fs";
import assert from "node:assert/strict";
import { putRecord, recordsStartingWith } from "./stored.mjs";
import { downloaded, onPhone, SCREENSHOTS } from "./browser.mjs";

/** A morning's CSV in Andorra (so the demo technicians can reach it), with two bad rows. */
const MORNING = [
  "id;client;téléphone;lat;lon;durée;créneaux;compétences;priorité;notes",
  "AD-1;Clinique Encamp;+376 700 001;42.5361;1.5833;45;08:00-10:00;fibre;vital;Accès urgences",
  "AD-2;Mme Font;+376 700 002;42.5450;1.5150;1h;13:30-15:00;cuivre;;",
  "AD-3;M. Pujol;;42,4630;1,4910;30;25:00-26:00;fibre;;",
  "AD-4;Chambre télécom;;42.5100;1.5400;0;;génie civil;;",
  "AD-5;Ferme Riba;;42.5580;1.5330;40;;fibre;basse;\"Chien, sonner deux fois\"",
].join("\n");

/** Opens the app on an empty profile and waits for the demo plan. */
async function openDemo(server, phone) {
  await phone.page.goto(server.url);
  await phone.page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
}

test("a CSV import adds the valid rows, names each bad cell, survives a reload and is planned", async () => 
  onPhone({}, async ({ page, phone, server }) => {
    await openDemo(server, phone);
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".import-panel input[type=file]").setInputFiles({
      name: "matin.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(MORNING, "utf8"),
    });
    const report = page.locator(".import-report");
    await report.waitFor();
    assert.equal(await report.locator(".import-added").textContent(), "3 interventions ajoutées");
    const errors = await report.locator(".import-errors li").allTextContents();
    assert.ok(errors.some((e) => e.startsWith("ligne 4, colonne créneaux")), errors.join("\n"));
    assert.ok(errors.some((e) => e.startsWith("ligne 5, colonne durée")), errors.join("\n"));
    assert.match(await report.textContent(), /interventions de démonstration ont été remplacées/);
    assert.equal(await page.locator(".job").count(), 3, "the demo jobs gave way to the user's");
    assert.match(await page.locator(".job", { hasText: "Ferme Riba" }).textContent(), /Chien, sonner deux fois/);
    await page.screenshot({ path: `${SCREENSHOTS}import-report-fr.png`, fullPage: true });

    // The plan follows the import.
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".technician-plan").first().waitFor();
    await page.waitForFunction(() => !document.querySelector(".solving"));
    const planned = await page.locator(".stop:not(.stop-break) .stop-customer").allTextContents();
    assert.deepEqual([...planned].sort(), ["Clinique Encamp", "Ferme Riba", "Mme Font"]);

    // Reloaded (the tab killed and reopened), the day is the user's, not the demo.
    await page.reload();
    await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
    await page.locator(".bottom-nav .tab").nth(2).click();
    assert.equal(await page.locator(".job").count(), 3);
    assert.match(await page.locator(".day-summary").textContent(), /^Votre journée/);

    // Pasting the same rows again changes nothing; a changed row is a conflict, the phone's kept.
    await page.getByRole("button", { name: "Coller depuis un tableur" }).click();
    await page.locator(".paste-box").fill(MORNING.replace("AD-2;Mme Font;+376 700 002;42.5450;1.5150;1h", "AD-2;Mme Font;+376 700 002;42.5450;1.5150;2h"));
    await page.getByRole("button", { name: "Importer le texte collé" }).click();
    await page.locator(".import-report").waitFor();
    assert.equal(await page.locator(".import-added").textContent(), "0 intervention ajoutée");
    assert.match(await page.locator(".import-conflicts").textContent(), /AD-2 : durée/);
    assert.match(await page.locator(".job", { hasText: "Mme Font" }).textContent(), / 60 min /);
  }));

test("a job is added, corrected and deleted by hand; the form names each wrong field", async () => 
  onPhone({}, async ({ page, phone, server }) => {
    await openDemo(server, phone);
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".add-intervention").click();
    const form = page.locator(".intervention-form");
    await form.locator("#field-id").fill("AD-0001");
    await form.locator("#field-customer").fill("Refuge <b>Comapedrosa</b>");
    await form.locator("#field-commune").fill("st andre les alpes");
    assert.match(await form.locator(".commune-hint").textContent(), /Saint-André-les-Alpes/);
    await form.locator("#field-commune").fill("");
    // The place picked on the map fills the coordinates…
    await form.locator(".pick-on-map").click();
    const picker = form.locator("svg.map-pick");
    const box = await picker.boundingBox();
    await picker.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const [lat, lon] = [Number(await form.locator("#field-lat").inputValue()), Number(await form.locator("#field-lon").inputValue())];
    assert.ok(lat > 42.4 && lat < 42.7 && lon > 1.4 && lon < 1.8, `a point in Andorra: ${lat}, ${lon}`);
    await form.locator("circle.picked").waitFor();
    // …and typed coordinates win.
    await form.locator("#field-lat").fill("42.5560");
    await form.locator("#field-lon").fill("1.5190");
    await form.locator("#field-duration").fill("0");
    await form.locator("#field-windows").fill("16:00-09:00");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    const problems = await form.locator(".field-error").allTextContents();
    assert.equal(problems.length, 2, problems.join("\n"));
    assert.match(problems.join("\n"), /créneau impossible : fin 09:00 avant début 16:00/);
    await form.screenshot({ path: `${SCREENSHOTS}form-errors-fr.png` });
    await form.locator("#field-duration").fill("1h15");
    await form.locator("#field-windows").fill("14h-16h");
    await form.locator(".skills .choice", { hasText: "fibre" }).click();
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });
    const added = page.locator(".job", { hasText: "Comapedrosa" });
    assert.equal(await added.locator(".job-customer").evaluate((p) => p.firstChild.textContent), "Refuge <b>Comapedrosa</b>", "user text stays text");
    assert.match(await added.textContent(), /14:00–16:00 · 75 min/);
    assert.equal(await page.locator(".job").count(), 26);

    await added.getByRole("button", { name: "Modifier" }).click();
    assert.equal(await form.locator("#field-duration").inputValue(), "75");
    await form.locator("#field-duration").fill("20");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });
    assert.match(await added.textContent(), /· 20 min/);

    await added.getByRole("button", { name: "Supprimer" }).click();
    assert.equal(await page.locator(".job").count(), 26, "one tap does not delete");
    await added.getByRole("button", { name: "Confirmer la suppression" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".job").length === 25);
    await page.reload();
    await page.locator(".job").first().waitFor({ timeout: 15_000 });
    assert.match(page.url(), /#interventions$/, "the reload stays on the tab");
    assert.equal(await page.locator(".job").count(), 25);
    assert.equal(await page.locator(".job", { hasText: "Comapedrosa" }).count(), 0, "the deletion was stored");
  }));

test("the plan exports as calendar, GPS track, spreadsheet and plan file", async () => 
  onPhone({}, async ({ page, phone, server }) => {
    await openDemo(server, phone);
    await page.locator(".exports summary").click();
    const visits = await page.locator(".stop:not(.stop-break)").count();
    const crew = page.locator(".exports .export-buttons").first();
    const ics = await downloaded(page, () => crew.getByRole("button", { name: "Agenda (.ics)" }).click());
    assert.match(ics.name, /^tournee-\d{4}-\d\d-\d\d\.ics$/);
    assert.ok(ics.text.startsWith("BEGIN:VCALENDAR\r\n"));
    const events = ics.text.split("BEGIN:VEVENT").length - 1;
    assert.equal(events, visits + 2, "one event per stop, lunch breaks included");
    const firstStart = page.locator(".technician-plan").first().locator(".stop-time").first();
    const [hours, minutes] = (await firstStart.textContent()).split(":").map(Number);
    // The demo day is in November: Paris is UTC+1.
    const utc = `${String(hours - 1).padStart(2, "0")}${String(minutes).padStart(2, "0")}00Z`;
    assert.ok(ics.text.includes(`DTSTART:`) && ics.text.match(/DTSTART:\d{8}T(\d{6}Z)/g).some((d) => d.endsWith(utc)), `an event starts at ${utc}`);

    const lea = page.locator(".exports .export-buttons").nth(1);
    const gpx = await downloaded(page, () => lea.getByRole("button", { name: "Trace GPS (.gpx)" }).click());
    assert.match(gpx.name, /^tournee-\d{4}-\d\d-\d\d-lea-martin\.gpx$/);
    assert.ok((gpx.text.match(/<trkpt /g) ?? []).length > 50, "the track follows the roads");
    assert.match(gpx.text, /OpenStreetMap/);

    const csv = await downloaded(page, () => crew.getByRole("button", { name: "Tableur (.csv)" }).click());
    assert.ok(csv.text.startsWith("\uFEFF"), "a BOM for French Excel");
    assert.ok(csv.text.split("\r\n").length >= visits + 1);
    const json = await downloaded(page, () => crew.getByRole("button", { name: "Plan à partager (.json)" }).click());
    const file = JSON.parse(json.text);
    assert.equal(file.format, "tournee-plan");
    assert.equal(file.plan.technicians.length, 2);
  }));

test("a corrupt stored day is set aside and reported, and the demo day shown", async () => 
  onPhone({}, async ({ page, phone, server }) => {
    await openDemo(server, phone);
    await putRecord(page, "day", '{"schema":1,"day":{"date":');
    await page.reload();
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    assert.match(await page.locator(".banner-notice").textContent(), /Journée enregistrée illisible : mise de côté/);
    const kept = Object.values(await recordsStartingWith(page, "aside.day."));
    assert.deepEqual(kept, ['{"schema":1,"day":{"date":'], "the unreadable record is kept aside, byte for byte");
  }));

test("in English, an import's report says each problem in English, with its line and column", async () =>
  onPhone({ viewport: { width: 390, height: 844 } }, async ({ page, phone, server }) => {
    await openDemo(server, phone);
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".import-panel input[type=file]").setInputFiles({
      name: "morning.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(MORNING, "utf8"),
    });
    const report = page.locator(".import-report");
    await report.waitFor();
    assert.equal(await report.locator(".import-added").textContent(), "3 jobs added");
    const errors = await report.locator(".import-errors li").allTextContents();
    assert.ok(errors.some((e) => e.startsWith("line 4, column créneaux: time outside the day")), errors.join("\n"));
    assert.ok(errors.some((e) => e.startsWith("line 5, column durée: zero or negative duration")), errors.join("\n"));
    for (const error of errors) assert.doesNotMatch(error, /ligne|colonne| : |«/, `French left in "${error}"`);
    await report.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}import-report-en.png` });
  }));

test("a day file with an hour past midnight is refused at its line and field, in French then in English", async () =>
  onPhone({ viewport: { width: 390, height: 844 } }, async ({ page, phone, server }) => {
    await openDemo(server, phone);
    const demo = readFileSync(new URL("../../static/demo/journee-andorre.json", import.meta.url), "utf8");
    const broken = demo.replace('"end": "17:30"', '"end": "25:00"');
    assert.notEqual(broken, demo);
    const importBroken = async (language) => {
      await page.locator(".import-panel input[type=file]").setInputFiles({
        name: "journee.json",
        mimeType: "application/json",
        buffer: Buffer.from(broken, "utf8"),
      });
      const report = page.locator(".import-report");
      await report.waitFor();
      const errors = await report.locator(".import-errors li").allTextContents();
      await report.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}import-day-file-${language}.png` });
      return errors;
    };
    await page.locator(".bottom-nav .tab").nth(2).click();
    const french = await importBroken("fr");
    assert.equal(french.length, 1, french.join("\n"));
    assert.match(french[0], /^ligne 13, colonne \d+ : champ « end » : heure hors de la journée « 25:00 »$/);
    assert.doesNotMatch(french[0], /invalid|expected|outside|line /, "serde's English in French");
    assert.equal(await page.locator(".import-report .error strong").textContent(), "⚠ Fichier refusé : rien n'a été importé");
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(2).click();
    const english = await importBroken("en");
    assert.match(english[0], /^line 13, column \d+: field "end": time outside the day "25:00"$/);
    assert.doesNotMatch(english[0], /ligne|colonne| : |«/, "French left in English");
    assert.equal(await page.locator(".import-report .error strong").textContent(), "⚠ File refused: nothing was imported");
    assert.equal(await page.locator(".job").count(), 25, "nothing was imported");
  }));
