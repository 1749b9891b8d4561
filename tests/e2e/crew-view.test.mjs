// Issue 13, the crew lead's views: a crew of eight and 300 jobs on a 390 px phone. « Équipe »
// folds each technician to one line (the page is no longer tens of thousands of pixels tall),
// « Ma journée » shows the phone's owner's day only, the map wears eight colours, and the jobs
// left out say the crew is full — not that more urgent jobs took their place — in French and English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";
import { crewDay, CREW, JOBS } from "./crew-day.mjs";

/** How tall the page is, in CSS pixels. */
const pageHeight = (page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Imports the crew's day on the Interventions tab, then waits for its plan on Journée. */
async function planCrewDay(page, server) {
  await page.goto(server.url + "#interventions");
  await page.locator(".import-panel input[type=file]").setInputFiles({
    name: "equipe-8.json",
    mimeType: "application/json",
    buffer: Buffer.from(await crewDay(), "utf8"),
  });
  await page.locator(".import-report").waitFor({ timeout: 30_000 });
  await page.locator(".bottom-nav .tab").nth(0).click();
  await page.locator(".unplanned").waitFor({ timeout: 90_000 });
  // The first plan shows while the search goes on: the figures below are the final plan's.
  await page.locator(".solving").waitFor({ state: "detached", timeout: 90_000 });
}

/** Sets the stored language and reloads, as the language picker would have left it. */
async function speak(page, language) {
  await page.evaluate((language) => {
    const settings = JSON.parse(localStorage.getItem("tournee.settings"));
    localStorage.setItem("tournee.settings", JSON.stringify({ ...settings, language }));
  }, language);
  await page.reload();
  await page.locator(".unplanned").waitFor({ timeout: 30_000 });
}

test("a crew of eight: « Équipe » folds each day to a line, « Ma journée » shows one, the map eight colours, the reason is the crew's time", async () =>
  onPhone({ viewport: { width: 390, height: 844 } }, async ({ page, server }) => {
    await planCrewDay(page, server);

    // « Équipe » (nobody said whose phone this is): eight summary lines, each in its colour, folded.
    const days = page.locator(".crew-day");
    assert.equal(await days.count(), CREW);
    assert.equal(await page.locator(".crew-day[open]").count(), 0, "every day folded");
    const colours = await page.locator(".crew-day-summary .swatch").evaluateAll((swatches) =>
      swatches.map((s) => getComputedStyle(s).backgroundColor));
    assert.equal(new Set(colours).size, CREW, `eight colours: ${colours}`);
    assert.equal(await page.locator(".view-crew").getAttribute("aria-pressed"), "true");
    const facts = await days.nth(2).locator(".crew-day-facts").textContent();
    assert.match(facts, /^\d+ interventions · \d+,\d km · Retour \d\d:\d\d/, facts);
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-equipe-fr.png`, fullPage: true });
    const crewHeight = await pageHeight(page);
    console.log(`Journée, « Équipe », 8 technicians, ${JOBS} jobs, 390 px: ${crewHeight} px tall`);
    // Before the crew views, the same day was 29,725 px tall (every day open, 173 reasons listed).
    assert.ok(crewHeight < 3000, `the crew's page is short: ${crewHeight} px`);

    // The jobs left out: counted by reason, and the reason is the crew's time, with what would help.
    const reasons = await page.locator(".left-out-reasons li").allTextContents();
    // The grid reaches a few slopes far from any road: those say so, in a line of their own.
    assert.ok(reasons.length <= 2, `counted by reason: ${reasons}`);
    assert.match(reasons[0], /^\d+ — l'équipe est complète : il faudrait un technicien de plus ou des heures supplémentaires$/);
    const leftOut = Number(reasons[0].split(" ")[0]);
    if (reasons[1]) assert.match(reasons[1], /^\d+ — lieu loin de toute route : vérifiez ses coordonnées$/);
    assert.ok(leftOut > 50, `more work than eight technicians: ${leftOut} left out`);
    assert.equal(await page.locator(".unplanned", { hasText: "plus urgentes" }).count(), 0);

    // A summary line opens the full day, with as many stops as it said.
    await days.nth(2).locator(".crew-day-summary").click();
    const third = days.nth(2).locator(".technician-plan");
    await third.waitFor();
    assert.equal(await third.locator(".stop:not(.stop-break)").count(), Number(facts.split(" ")[0]));
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-equipe-ouverte-fr.png` });

    // « Ma journée »: who am I? Then only that day, kept over a reload.
    await page.locator(".view-mine").click();
    await page.locator(".choose-me").waitFor();
    assert.equal(await page.locator(".technician-plan").count(), 0, "nobody chosen: no day shown");
    await page.locator(".who-am-i select").selectOption({ label: "Tech 5" });
    await page.locator(".technician-plan").first().waitFor();
    assert.deepEqual(await page.locator(".technician-plan h3").allTextContents(), ["Tech 5"]);
    const mineHeight = await pageHeight(page);
    console.log(`Journée, « Ma journée » (Tech 5), 390 px: ${mineHeight} px tall`);
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-ma-journee-fr.png` });
    await page.reload();
    await page.locator(".technician-plan").first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await page.locator(".technician-plan h3").allTextContents(), ["Tech 5"], "kept on this phone");
    assert.equal(await page.locator(".view-mine").getAttribute("aria-pressed"), "true");
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("tournee.settings")));
    assert.deepEqual([stored.phone_of, stored.day_view], ["T5", "mine"]);

    // The map in « Ma journée »: Tech 5's day alone, in the colour it has in the crew.
    await page.locator(".bottom-nav .tab").nth(1).click();
    await page.locator("svg.map polyline.drive").first().waitFor({ timeout: 30_000 });
    assert.equal(await page.locator("svg.map polyline.drive").count(), 1, "my drive alone");
    const legend = page.locator(".legend li:has(.swatch:not(.swatch-here):not(.swatch-crowd))");
    assert.deepEqual(await legend.allTextContents(), ["Tech 5"]);
    assert.match(await legend.locator(".swatch").getAttribute("class"), /drive-4\b/, "Tech 5 keeps the fifth colour");
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-map-mine-fr.png` });

    // The map in « Équipe »: eight drives and a legend of eight, each its own colour.
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".view-crew").click();
    await page.locator(".bottom-nav .tab").nth(1).click();
    await page.locator("svg.map .marker").first().waitFor({ timeout: 30_000 });
    await page.locator("svg.map polyline.drive").nth(CREW - 1).waitFor({ timeout: 30_000 });
    const drives = await page.locator("svg.map polyline.drive").evaluateAll((lines) =>
      lines.map((l) => getComputedStyle(l).stroke));
    assert.equal(new Set(drives).size, CREW, `eight drive colours: ${drives}`);
    // One legend line per technician (besides the counted stops' and the phone's, when shown).
    assert.equal(await page.locator(".legend li .swatch:not(.swatch-here):not(.swatch-crowd)").count(), CREW);
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-map-8-fr.png`, fullPage: true });
    await page.locator(".legend").evaluate((legend) => legend.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-legend-8-fr.png` });

    // In English: the switch, the summary and the reason.
    await page.locator(".bottom-nav .tab").nth(0).click();
    await speak(page, "en");
    assert.equal(await page.locator(".view-mine").textContent(), "My day");
    await page.locator(".view-crew").click();
    assert.equal(await page.locator(".crew-day").count(), CREW);
    assert.match(await days.nth(0).locator(".crew-day-facts").textContent(), /^\d+ jobs · \d+\.\d km · Back \d\d:\d\d/);
    const english = await page.locator(".left-out-reasons li").allTextContents();
    assert.equal(english[0], `${leftOut} — the crew's day is full: another technician or overtime would fit it in`);
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-crew-en.png`, fullPage: true });
    await page.locator(".view-mine").click();
    assert.deepEqual(await page.locator(".technician-plan h3").allTextContents(), ["Tech 5"]);
    assert.equal(await page.locator(".who-am-i span").textContent(), "I am");
    await page.screenshot({ path: `${SCREENSHOTS}crew-view-my-day-en.png` });
  }));
