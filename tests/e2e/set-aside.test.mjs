// Issue 11, item 2: what the app cannot read is set aside, never deleted, and the user can see
// it, download it and put it back. A day written by a newer version of the app (after a
// rollback) is kept in place until the user chooses to set it aside and start again; once a
// version that reads it is installed, « Restaurer » brings it back, and the day it replaces is
// set aside in turn.
import { test } from "node:test";
import assert from "node:assert/strict";
import { downloaded, onPhone, SCREENSHOTS } from "./browser.mjs";
import { putRecord, recordsStartingWith } from "./stored.mjs";

const NEWER_DAY = '{"schema":2,"revision":7,"days":[{"date":"2026-11-20"}]}';

test("a newer version's day is kept, set aside on request, listed, and restored once this version reads it", async () =>
  onPhone({ timezoneId: "Europe/Paris" }, async ({ page, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await putRecord(page, "day", NEWER_DAY);
    await page.reload();

    const notice = page.locator(".newer-day");
    await notice.waitFor({ timeout: 15_000 });
    assert.match(await notice.textContent(), /Journée enregistrée par une version plus récente de Tournée \(schéma 2\)/);
    assert.match(await notice.textContent(), /Elle n'a pas été modifiée/);
    assert.equal(await page.locator(".technician-plan").count(), 0, "nothing shown to edit over it");
    await page.screenshot({ path: `${SCREENSHOTS}set-aside-newer-day-fr.png` });
    assert.deepEqual(Object.values(await recordsStartingWith(page, "day")), [NEWER_DAY], "left as it was");

    await page.getByRole("button", { name: "Mettre de côté et repartir" }).click();
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    const aside = await recordsStartingWith(page, "aside.day.");
    assert.deepEqual(Object.values(aside), [NEWER_DAY], "set aside byte for byte before the app started again");

    await page.locator(".bottom-nav .tab").nth(3).click();
    const record = page.locator(".aside-record");
    await record.waitFor();
    assert.equal(await record.count(), 1);
    assert.match(await record.textContent(), /Journée.*mis de côté le .* 2026.*d'une version plus récente de Tournée : mettez l'application à jour \(schéma 2\)/);
    assert.equal(await record.locator(".aside-restore").count(), 0, "this version cannot read it: no restore");
    const file = await downloaded(page, () => record.getByRole("button", { name: "Télécharger" }).click());
    assert.match(file.name, /^tournee-mis-de-cote-day-\d+\.json$/);
    assert.equal(file.text, NEWER_DAY, "the download is the record as found");
    await page.locator(".aside-panel").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}set-aside-list-fr.png` });

    // An update that reads it: the record becomes a day this version reads (another date).
    const demo = await page.evaluate(async () => (await fetch("demo/journee-andorre.json")).json());
    demo.date = "2026-11-20";
    const [key] = Object.keys(aside);
    await putRecord(page, key, JSON.stringify({ schema: 1, revision: 7, origin: "user", day: demo }));
    await page.reload();
    await page.locator(".aside-record").first().waitFor({ timeout: 15_000 });
    assert.match(await page.locator(".aside-record").textContent(), /vendredi 20 novembre 2026 · 25 interventions · 2 techniciens/);
    // The demo day shown is stored by the app after it is drawn: restoring sets it aside in
    // turn only once it is stored.
    await waitForReadableDay(page);
    await page.getByRole("button", { name: "Restaurer" }).click();
    await page.locator(".aside-outcome", { hasText: "Restauré" }).waitFor();
    assert.equal(await page.locator(".planning-date").inputValue(), "2026-11-20", "the restored day is the day");
    const now = page.locator(".aside-record");
    assert.equal(await now.count(), 1, "the restored record is gone from the list");
    assert.match(await now.textContent(), /jeudi 26 novembre 2026 · 25 interventions · 2 techniciens/, "the demo day it replaced is set aside in turn");
    await page.screenshot({ path: `${SCREENSHOTS}set-aside-restored-fr.png`, fullPage: true });

    await page.locator(".language-picker, .choices").getByText("English").click();
    await page.locator(".aside-panel h3", { hasText: "Data set aside" }).waitFor();
    assert.match(await now.textContent(), /Day.*set aside on .*Thursday 26 November 2026 · 25 jobs · 2 technicians.*Download.*Restore/);
    assert.equal(await page.locator(".aside-outcome").textContent(), "Restored. What it replaces is set aside in turn.",
      "the outcome follows the language");
    await page.locator(".aside-panel").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}set-aside-list-en.png` });

    await page.reload();
    await page.locator(".planning-date").waitFor({ timeout: 15_000 });
    assert.equal(await page.locator(".planning-date").inputValue(), "2026-11-20", "stored, not only shown");
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
  }));

test("two unreadable days in a row are both set aside and listed with where each breaks", async () =>
  onPhone({}, async ({ page, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    for (const broken of ['{"schema":1,\n"day": [', "pas du JSON"]) {
      await putRecord(page, "day", broken);
      await page.reload();
      await page.locator(".banner-notice", { hasText: "mise de côté" }).waitFor({ timeout: 15_000 });
      // The app then stores the demo day in its place: that write must land before the next
      // broken record is put, or it would replace it (the app's own write, rightly kept).
      await waitForReadableDay(page);
    }
    assert.equal(Object.keys(await recordsStartingWith(page, "aside.day.")).length, 2, "the second did not replace the first");
    await page.locator(".bottom-nav .tab").nth(3).click();
    await page.locator(".aside-record").nth(1).waitFor();
    const texts = await page.locator(".aside-record").allTextContents();
    assert.match(texts.join("\n"), /illisible par cette version : .*line 2 column/);
    assert.match(texts.join("\n"), /illisible par cette version : expected value at line 1 column 1/);
  }));

/** Waits until the stored day reads as JSON (the app's write of the demo day has committed). */
async function waitForReadableDay(page) {
  for (let attempt = 0; attempt < 150; attempt++) {
    const { day } = await recordsStartingWith(page, "day");
    try {
      if (day !== undefined && JSON.parse(day)) return;
    } catch {
      // Still the broken record: the app has not written yet.
    }
    await page.waitForTimeout(100);
  }
  throw new Error("the app never stored the demo day");
}
