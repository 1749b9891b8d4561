// Issue 13, the stop card on Journée, on a 390 px phone in French and in English: an opened stop
// holds all that is needed at the door (address, notes, skills, a large call button, the
// window), says when its point is only the commune's town hall, closes once its status is
// recorded and shrinks to one line when finished (no « marge » left on a done job), keeps its
// undo one tap away, and the words « jusqu'à » and « marge » are explained once for the day.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

/** Colmars' town hall, as the commune table has it: where a job placed by its commune goes. */
const COLMARS_TOWN_HALL = { lat: 44.182, lon: 6.627 };

const shift = {
  start: "08:00",
  end: "17:30",
  start_place: { lat: 44.143, lon: 6.592 },
  end_place: { lat: 44.143, lon: 6.592 },
};

/** A day in the Haut-Verdon: one job at the customer's own door, one known only by its commune. */
const DAY = JSON.stringify({
  date: "2026-11-26",
  technicians: [{ id: "T1", name: "Léa Martin", skills: ["fibre", "copper"], shift }],
  interventions: [
    {
      id: "CU-1",
      customer: "Mme Giraud",
      phone: "04 65 71 10 02",
      location: { lat: 44.1448, lon: 6.5951 },
      address: "12 rue du Four",
      service_s: 1800,
      windows: [{ start: "08:00", end: "12:00" }],
      skills: ["copper"],
      notes: "Sonner fort, elle entend mal ; la voisine (n° 10) a une clé.",
    },
    {
      id: "FO-2",
      customer: "EHPAD Les Lavandes",
      phone: "04 65 71 10 01",
      location: COLMARS_TOWN_HALL,
      service_s: 2400,
      windows: [{ start: "08:00", end: "16:00" }],
      skills: ["fibre"],
      notes: "Portail côté cuisine, code 2480.",
    },
  ],
});

/** The words of each language this test reads on the screen. */
const WORDS = {
  fr: {
    address: "Adresse : 12 rue du Four",
    notes: "Notes : Sonner fort, elle entend mal ; la voisine (n° 10) a une clé.",
    skills: "Compétences : cuivre",
    call: "Appeler le 04 65 71 10 02",
    window: "Créneau 08:00–12:00",
    townHall: "Point : mairie de Colmars",
    done: "Terminé",
    doneAt: "✓ Terminé 10:30",
    doneSaid: "✓ Terminé à 10:30",
    arrived: "Arrivé",
    onSite: "● Sur place depuis 10:30",
    doneAfterVisit: "✓ Terminé à 10:55 · 25 min sur place",
    undo: "Annuler le statut",
    margin: /marge/,
    legend: "Que veulent dire «\u00a0jusqu'à\u00a0», «\u00a0marge\u00a0»…\u00a0?",
    until: ["jusqu'à", "l'heure à laquelle l'intervention devrait être finie."],
    marginMeans: ["marge", "les minutes de retard possibles avant de sortir du créneau promis."],
  },
  en: {
    address: "Address: 12 rue du Four",
    notes: "Notes: Sonner fort, elle entend mal ; la voisine (n° 10) a une clé.",
    skills: "Skills: copper",
    call: "Call 04 65 71 10 02",
    window: "Window 08:00–12:00",
    townHall: "Point: Colmars town hall",
    done: "Done",
    doneAt: "✓ Done 10:30",
    doneSaid: "✓ Done at 10:30",
    arrived: "Arrived",
    onSite: "● On site since 10:30",
    doneAfterVisit: "✓ Done at 10:55 · 25 min on site",
    undo: "Undo status",
    margin: /margin/,
    legend: "What do “until”, “margin”… mean?",
    until: ["until", "when the job should be finished."],
    marginMeans: ["margin", "how many minutes you can fall behind before missing the promised window."],
  },
};

/** Opens the app in `language` on the Haut-Verdon day, planned. */
async function openDay(page, server, language) {
  await page.goto(server.url + "#reglages");
  await page.getByLabel(language === "fr" ? "Français" : "English").first().check();
  await page.locator(".bottom-nav .tab").nth(2).click();
  await page.locator(".import-panel input[type=file]").setInputFiles({
    name: "haut-verdon.json",
    mimeType: "application/json",
    buffer: Buffer.from(DAY, "utf8"),
  });
  await page.locator(".import-report").waitFor();
  await page.locator(".bottom-nav .tab").nth(0).click();
  await page.locator(".stop", { hasText: "Mme Giraud" }).waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector(".solving"));
}

/** Heights of the visible buttons and links inside `locator`. */
async function tapHeights(locator) {
  return locator.locator("a, button, summary").evaluateAll((nodes) =>
    nodes.filter((node) => node.offsetParent !== null).map((node) => [node.textContent.trim(), node.getBoundingClientRect().height])
  );
}

for (const language of ["fr", "en"]) {
  const words = WORDS[language];
  test(`${language}: the opened stop holds what the door needs, and a finished stop is one line`, async () =>
    onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
      await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
      await openDay(page, server, language);

      // The words explained once for the day, not on each stop.
      const legend = page.locator(".stop-words");
      assert.equal(await legend.count(), 1);
      assert.equal(await legend.locator("summary").textContent(), words.legend);
      assert.equal(await legend.locator("dl").isVisible(), false, "folded until tapped");
      await legend.locator("summary").click();
      const explained = await legend.locator(".stop-word").evaluateAll((items) =>
        items.map((item) => [item.querySelector("dt").textContent, item.querySelector("dd").textContent])
      );
      assert.deepEqual(explained.find(([word]) => word === words.until[0]), words.until);
      assert.deepEqual(explained.find(([word]) => word === words.marginMeans[0]), words.marginMeans);
      await legend.locator("dl").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}stop-words-${language}.png` });
      await legend.locator("summary").click();

      // Opened: the window, the address, the notes, the skills, and a large call button.
      const giraud = page.locator(".stop", { hasText: "Mme Giraud" });
      const ehpad = page.locator(".stop", { hasText: "EHPAD Les Lavandes" });
      const number = await giraud.locator(".stop-number").textContent();
      assert.deepEqual([number, await ehpad.locator(".stop-number").textContent()].sort(), ["1", "2"], "numbered as on the map");
      await giraud.locator("summary").click();
      assert.match(await giraud.locator(".stop-row .stop-details").textContent(), new RegExp(`^${words.window} · `));
      assert.match(await giraud.locator(".stop-row .stop-details").textContent(), words.margin);
      assert.equal(await giraud.locator(".stop-address").textContent(), words.address);
      assert.equal(await giraud.locator(".stop-notes").textContent(), words.notes);
      assert.equal(await giraud.locator(".stop-skills").textContent(), words.skills);
      const call = giraud.locator("a.stop-call");
      assert.equal(await call.textContent(), words.call);
      assert.equal(await call.getAttribute("href"), "tel:0465711002");
      const callBox = await call.boundingBox();
      assert.ok(callBox.height >= 56 && callBox.width >= 280, `a large call button: ${JSON.stringify(callBox)}`);
      assert.equal(await giraud.locator(".stop-point").count(), 0, "its own point, not a town hall");
      const navigation = await giraud.locator(".stop-actions a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      assert.ok(navigation.includes("geo:44.144800,6.595100?q=44.144800,6.595100(Mme%20Giraud)"), navigation.join("\n"));
      for (const [label, height] of await tapHeights(giraud)) assert.ok(height >= 44, `« ${label} » is ${height} px high`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "nothing wider than the phone");
      await giraud.locator(".stop-door").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}stop-card-opened-${language}.png` });

      // A job known only by its commune: its point is said to be the town hall.
      await ehpad.locator("summary").click();
      assert.equal(await ehpad.locator(".stop-point").textContent(), words.townHall);
      const toTownHall = await ehpad.locator(".stop-actions a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      assert.ok(toTownHall.some((href) => href.startsWith("geo:44.182000,6.627000?")), toTownHall.join("\n"));
      await ehpad.locator(".stop-point").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}stop-card-town-hall-${language}.png` });
      await ehpad.locator("summary").click();

      // « Terminé » closes the card, and the finished stop is one line without its margin.
      await giraud.getByRole("button", { name: words.done, exact: true }).click();
      await giraud.locator("details:not([open])").waitFor();
      const row = giraud.locator("summary");
      assert.deepEqual(
        await row.evaluate((summary) => [...summary.children].map((child) => child.textContent)),
        [number, "Mme Giraud", words.doneAt]
      );
      assert.doesNotMatch(await giraud.textContent(), words.margin);
      const rowBox = await row.boundingBox();
      assert.ok(rowBox.height >= 44 && rowBox.height < 60, `one line, still a finger's height: ${rowBox.height} px`);
      assert.ok(
        await row.locator(".stop-status").evaluate((status) => status.scrollWidth <= status.clientWidth),
        "the status and its time are not cut"
      );
      const card = await page.locator(".technician-plan").boundingBox();
      assert.ok(rowBox.x + rowBox.width <= card.x + card.width, "the one line stays inside its technician's card");
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "nothing wider than the phone");
      await page.screenshot({ path: `${SCREENSHOTS}stop-card-finished-${language}.png` });

      // A tap opens it again, with its undo: the stop is to do again, margin and all, still open.
      await row.click();
      assert.equal(await giraud.locator(".stop-said").textContent(), words.doneSaid, "opened, the whole status is said");
      await giraud.getByRole("button", { name: words.undo }).click();
      await giraud.locator(".stop-row .stop-details").waitFor();
      assert.match(await giraud.locator(".stop-row .stop-details").textContent(), words.margin);
      assert.equal(await giraud.locator(".stop-status").count(), 0);
      assert.equal(await giraud.locator("details[open]").count(), 1, "an undo leaves the card open");

      // « Arrivé » closes it too; the stop under way keeps its full line, and its status.
      await giraud.getByRole("button", { name: words.arrived, exact: true }).click();
      await giraud.locator("details:not([open])").waitFor();
      assert.equal(await giraud.locator(".stop-status").textContent(), words.onSite);
      await page.screenshot({ path: `${SCREENSHOTS}stop-card-on-site-${language}.png`, fullPage: true });

      // Done 25 minutes later: the opened stop says the time spent on site.
      await context.clock.setFixedTime(new Date("2026-11-26T10:55:00+01:00"));
      await giraud.locator("summary").click();
      await giraud.getByRole("button", { name: words.done, exact: true }).click();
      await giraud.locator("details:not([open])").waitFor();
      await giraud.locator("summary").click();
      assert.equal(await giraud.locator(".stop-said").textContent(), words.doneAfterVisit);
    }));
}
