// Issue 13, « A road closed by the technician », on a 390 px phone in French and English: a road
// is closed from a leg of the demo day (Karim's, on the CG-2) with the form (cause, until when, a
// note); the re-plan proposal names the legs the closure changed; once accepted, the closure and
// the new plan are still there after an offline reload, listed on Journée and drawn on the map;
// « Rouvrir la route », asked twice, lifts it and proposes a plan without it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { recordsStartingWith } from "./stored.mjs";

const WORDS = {
  fr: {
    closeLeg: "Signaler une coupure sur ce trajet",
    rockfall: "Éboulement",
    confirm: "Fermer la route",
    note: "Note (facultatif)",
    legsHeading: "Trajets changés par une route coupée",
    leg: /^.+ → .+ : (détour, route coupée \(éboulement\), \+\d+ min|plus de route, route coupée \(éboulement\))$/,
    accept: "Accepter",
    listed: "Routes coupées (1)",
    until: "jusqu'à ce soir",
    mapLabel: "Route coupée",
    report: "Signaler une route coupée",
    where: "Où : ",
    cancel: "Annuler",
    reopen: "Rouvrir la route",
    confirmReopen: "Oui, rouvrir la route",
    journee: "Journée",
  },
  en: {
    closeLeg: "Report a closure on this drive",
    rockfall: "Rockfall",
    confirm: "Close the road",
    note: "Note (optional)",
    legsHeading: "Drives changed by a closed road",
    leg: /^.+ → .+: (detour, road closed \(rockfall\), \+\d+ min|no road left, road closed \(rockfall\))$/,
    accept: "Accept",
    listed: "Closed roads (1)",
    until: "until tonight",
    mapLabel: "Road closed",
    report: "Report a closed road",
    where: "Where: ",
    cancel: "Cancel",
    reopen: "Reopen the road",
    confirmReopen: "Yes, reopen the road",
    journee: "Day",
  },
};

/** The stored day's closures. */
const storedClosures = async (page) => {
  const records = await recordsStartingWith(page, "day");
  return JSON.parse(records.day).day.closures ?? [];
};

/** Each technician's stops on screen, by id. */
const stopsOnScreen = (page) =>
  page.evaluate(() => [...document.querySelectorAll(".technician-plan")].map((s) => [...s.querySelectorAll(".stop[data-id]")].map((stop) => stop.dataset.id)));

for (const language of ["fr", "en"]) {
  test(`a road closed on a leg is avoided, proposed, kept offline, drawn and reopened (${language})`, async () =>
    onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
      const words = WORDS[language];
      await context.addInitScript((language) => {
        localStorage.setItem("tournee.settings", JSON.stringify({ schema: 1, language, crew_setup_done: true }));
      }, language);
      await context.clock.setFixedTime(new Date("2026-11-26T07:30:00+01:00"));
      await page.goto(server.url);
      await waitForServiceWorkerControl(page);
      const lea = page.locator(".technician-plan").first();
      await lea.locator(".stop").first().waitFor({ timeout: 15_000 });
      await page.waitForFunction(async () => {
        const db = await new Promise((resolve) => (indexedDB.open("tournee").onsuccess = (e) => resolve(e.target.result)));
        const found = await new Promise((resolve) => (db.transaction("files").objectStore("files").count("plan.2026-11-26").onsuccess = (e) => resolve(e.target.result)));
        db.close();
        return found > 0;
      });

      // Karim's sixth leg: on the CG-2, where the detour by the other valley takes minutes.
      const karim = page.locator(".technician-plan").nth(1);
      const leg = karim.locator(".leg").nth(5);
      await leg.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}road-closure-legs-${language}.png` });
      await leg.getByRole("button", { name: words.closeLeg }).click();
      const form = leg.locator(".closure-form");
      await form.waitFor();
      assert.ok(await form.getByRole("radio", { name: words.rockfall }).isChecked(), "rockfall by default");
      await form.getByLabel(words.note).fill(language === "fr" ? "Pelleteuse sur place" : "Digger on site");
      const box = await form.getByRole("button", { name: words.confirm }).boundingBox();
      assert.ok(box.height >= 56 && box.width >= 150, `a large button: ${JSON.stringify(box)}`);
      await form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}road-closure-form-${language}.png` });
      await form.getByRole("button", { name: words.confirm }).click();

      // The proposal names the legs the closure changed.
      const proposal = page.locator(".proposal");
      await proposal.waitFor({ timeout: 20_000 });
      await proposal.getByRole("heading", { name: words.legsHeading }).waitFor();
      const crossed = await proposal.locator(".crossed-leg p").allTextContents();
      assert.ok(crossed.length >= 1, "at least the leg closed");
      for (const line of crossed) assert.match(line, words.leg);
      assert.ok(crossed.some((line) => /\+([1-9]\d*) min$/.test(line)), `a detour of minutes: ${crossed}`);
      await proposal.getByRole("heading", { name: words.legsHeading }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}road-closure-proposal-${language}.png` });
      await proposal.getByRole("button", { name: words.accept }).click();
      await proposal.waitFor({ state: "detached" });
      const accepted = await stopsOnScreen(page);

      const closures = await storedClosures(page);
      assert.equal(closures.length, 1);
      assert.equal(closures[0].reason, "rockfall");
      assert.deepEqual(closures[0].until, { kind: "tonight" });
      assert.equal(closures[0].since, "2026-11-26");

      // Offline, after a reload: the closure and the accepted plan are still there.
      await context.setOffline(true);
      await page.reload();
      await lea.locator(".stop").first().waitFor({ timeout: 15_000 });
      const list = page.locator(".closures");
      await list.getByRole("heading", { name: words.listed }).waitFor();
      const item = await list.locator(".closure").textContent();
      assert.ok(item.includes(words.rockfall) && item.includes(words.until), item);
      assert.deepEqual(await stopsOnScreen(page), accepted, "the plan accepted, not the one before");
      await list.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}road-closure-list-${language}.png` });

      // The map draws it, with words.
      await page.goto(server.url + "#carte");
      const mark = page.locator(".closure-mark");
      await mark.waitFor({ timeout: 15_000 });
      assert.equal((await mark.locator("text").textContent()).trim(), words.mapLabel);
      await page.screenshot({ path: `${SCREENSHOTS}road-closure-map-${language}.png` });
      // A tap on a road, once « Signaler une route coupée » is pressed, opens the form there.
      await page.getByRole("button", { name: words.report }).click();
      const disc = await mark.locator("circle").boundingBox();
      await page.mouse.click(disc.x + disc.width / 2, disc.y + disc.height / 2);
      const mapForm = page.locator(".closure-form");
      await mapForm.waitFor();
      assert.ok((await mapForm.locator(".closure-where").textContent()).startsWith(words.where + "CG-2"));
      await mapForm.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}road-closure-map-form-${language}.png` });
      await mapForm.getByRole("button", { name: words.cancel }).click();
      await mapForm.waitFor({ state: "detached" });

      // Reopened, asked twice: a plan without it is proposed, and the list is gone.
      await page.goto(server.url + "#journee");
      await list.getByRole("button", { name: words.reopen }).click();
      await list.getByRole("button", { name: words.confirmReopen }).click();
      await proposal.waitFor({ timeout: 20_000 });
      await proposal.getByRole("button", { name: words.accept }).click();
      await list.waitFor({ state: "detached" });
      assert.deepEqual(await storedClosures(page), []);
    }));
}
