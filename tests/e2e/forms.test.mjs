// Issue 13, forms: on a 390 px phone, in French and English, a misspelt commune says which
// commune it matched and the job keeps its name; an unknown one offers the import's suggestions
// once, as buttons; phone numbers, durations and times get a numeric keyboard; a technician's
// skills are boxes; « Prêt pour la journée » says only what is missing and forgets nothing put aside.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";

const PHONE = { viewport: { width: 390, height: 844 } };

const WORDS = {
  fr: {
    save: "Enregistrer",
    edit: "Modifier",
    matched: "✓ « st andre les alpe » reconnue : Saint-André-les-Alpes (04170)",
    didYouMean: "⚠ Commune inconnue : « Castelane ». Vouliez-vous dire :",
    pole: "poteau",
    storage: "⚠ Stockage non protégé",
    meaning: /navigateur peut effacer la journée/,
    dismiss: "Ne plus le signaler",
    again: "Vérifier à nouveau",
    offline: "✓ Tout fonctionne sans réseau",
  },
  en: {
    save: "Save",
    edit: "Edit",
    matched: "✓ \"st andre les alpe\" matched Saint-André-les-Alpes (04170)",
    didYouMean: "⚠ Unknown commune: \"Castelane\". Did you mean:",
    pole: "pole",
    storage: "⚠ Storage not protected",
    meaning: /browser may clear the day/,
    dismiss: "Don't tell me again",
    again: "Check again",
    offline: "✓ Everything works without signal",
  },
};

/** Opens the app in `language` at `hash`, once the demo day is planned. */
async function openIn(page, server, language, hash = "") {
  await page.goto(server.url);
  await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
  if (language === "en") {
    await page.evaluate(() =>
      localStorage.setItem("tournee.settings", JSON.stringify({ schema: 1, language: "en", crew_setup_done: true })),
    );
  }
  await page.goto(server.url + hash);
  await page.reload();
}

for (const language of ["fr", "en"]) {
  const words = WORDS[language];

  test(`a misspelt commune names its match and stays on the job; an unknown one offers suggestions once (${language})`, async () =>
    onPhone(PHONE, async ({ page, server }) => {
      await openIn(page, server, language, "#interventions");
      await page.locator(".add-intervention").click();
      const form = page.locator(".intervention-form");
      for (const [field, mode] of [["#field-phone", "tel"], ["#field-duration", "numeric"], ["#field-windows", "numeric"], ["#field-lat", "decimal"], ["#field-lon", "decimal"]]) {
        assert.equal(await form.locator(field).getAttribute("inputmode"), mode, field);
      }
      // Each field in its place: the commune, then the coordinates that take precedence over it; the notes.
      const order = await form.locator("input[type=text], textarea, p.hint").evaluateAll((all) => all.map((e) => e.id || "hint"));
      assert.deepEqual(order.slice(0, 9), ["field-id", "field-customer", "field-phone", "field-address", "field-commune", "hint", "field-lat", "field-lon", "field-duration"]);
      assert.equal(order.at(-1), "field-notes");
      await form.locator("#field-id").fill("FO-13-1");
      await form.locator("#field-customer").fill("Mme Arnaud");
      await form.locator("#field-phone").fill("04 92 89 00 00");
      await form.locator("#field-duration").fill("30");
      await form.locator("#field-windows").fill("16.00-09.00");

      // Unknown: the import's suggestions, each a button, said once even after a refused save.
      const commune = form.locator("#field-commune");
      await commune.fill("Castelane");
      const suggestions = form.locator(".commune-suggestions");
      assert.match(await suggestions.textContent(), new RegExp(`^${words.didYouMean.replace(/[.?*()]/g, "\\$&")}`));
      await form.getByRole("button", { name: words.save }).click();
      assert.equal(await commune.getAttribute("aria-invalid"), "true", "the field is marked wrong");
      assert.equal(await form.locator(".field-error").count(), 1, "the window's problem; the commune's is not said a second time");
      assert.match(await form.locator(".field-error").textContent(), /16:00/);
      assert.equal(await suggestions.count(), 1);
      await suggestions.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}forms-suggestions-${language}.png` });
      // Correcting a field keeps the focus there (only a refused save moves it).
      const windows = form.locator("#field-windows");
      await windows.click();
      await page.keyboard.press("End");
      await page.keyboard.press("Backspace");
      assert.equal(await page.evaluate(() => document.activeElement.id), "field-windows");
      assert.equal(await windows.getAttribute("aria-invalid"), "false");
      await windows.fill("14.00-16.00");
      await suggestions.getByRole("button", { name: "Castellane" }).click();
      assert.equal(await commune.inputValue(), "Castellane", "the tapped suggestion fills the field");
      assert.equal(await suggestions.count(), 0);
      assert.equal(await commune.getAttribute("aria-invalid"), "false", "a new text drops the old problem");

      // Misspelt: the match is named under the field.
      await commune.fill("st andre les alpe");
      assert.equal(await form.locator(".commune-found").textContent(), words.matched);
      await form.locator(".commune-found").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}forms-commune-matched-${language}.png` });
      await form.getByRole("button", { name: words.save }).click();
      await form.waitFor({ state: "detached" });

      // Reopened, the form shows the commune's name, not bare coordinates.
      const job = page.locator(".job", { hasText: "Mme Arnaud" });
      await job.getByRole("button", { name: words.edit }).click();
      assert.equal(await commune.inputValue(), "Saint-André-les-Alpes");
      assert.equal(await form.locator("#field-lat").inputValue(), "");
      assert.equal(await form.locator("#field-windows").inputValue(), "14:00–16:00", "a time typed with a dot reads");
      await commune.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}forms-edit-keeps-commune-${language}.png` });
      await page.reload();
      await page.locator(".job", { hasText: "Mme Arnaud" }).getByRole("button", { name: words.edit }).click();
      assert.equal(await commune.inputValue(), "Saint-André-les-Alpes", "kept in the stored day");
    }));

  test(`a technician's skills are boxes and times get digits (${language})`, async () =>
    onPhone(PHONE, async ({ page, server }) => {
      await openIn(page, server, language, "#reglages");
      const card = page.locator(".crew-card");
      await card.locator('.crew-member[data-id="T2"]').getByRole("button", { name: words.edit }).click();
      const form = page.locator(".technician-form");
      assert.equal(await form.locator("#tech-skills").count(), 0, "no typed skills");
      const boxes = form.locator(".skills input[type=checkbox]");
      assert.equal(await boxes.count(), 4);
      for (const field of ["#tech-start", "#tech-end", "#tech-lunch-window", "#tech-lunch-length", "#tech-max-jobs", "#tech-max-work", "#tech-overtime"]) {
        assert.equal(await form.locator(field).getAttribute("inputmode"), "numeric", field);
      }
      const pole = form.locator(".skills .choice", { hasText: words.pole }).locator("input");
      const held = await pole.isChecked();
      await pole.click();
      await form.locator(".skills").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}forms-technician-skills-${language}.png` });
      await form.getByRole("button", { name: words.save }).click();
      await form.waitFor({ state: "detached" });
      await card.locator('.crew-member[data-id="T2"]').getByRole("button", { name: words.edit }).click();
      assert.equal(await pole.isChecked(), !held, "the box's choice is saved");
    }));

  test(`the ready check says only that storage is unprotected, and a dismissal outlives a reload (${language})`, async () =>
    onPhone(PHONE, async ({ page, context, server }) => {
      // A browser that keeps refusing persistent storage (Chromium's answer depends on the profile).
      await context.addInitScript(() => {
        navigator.storage.persist = async () => false;
        navigator.storage.persisted = async () => false;
      });
      await openIn(page, server, language);
      await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
      await waitForServiceWorkerControl(page);
      const ready = page.locator(".ready-check");
      const summary = ready.locator("summary");
      // The demo pack reaches the app's cache a moment after the worker takes control: check again.
      for (let tries = 0; (await summary.textContent()) !== words.storage; tries++) {
        assert.ok(tries < 30, `still: ${await summary.textContent()}`);
        if ((await ready.getAttribute("open")) === null) await summary.click(); // "" when open
        await ready.getByRole("button", { name: words.again }).click();
        await page.waitForTimeout(500);
      }
      if ((await ready.getAttribute("open")) === null) await summary.click(); // "" when open
      const warnings = ready.locator(".ready-warning");
      assert.equal(await warnings.count(), 1, "one cause, said alone");
      assert.equal(await warnings.getAttribute("data-cause"), "storage_not_protected");
      assert.match(await warnings.textContent(), words.meaning);
      assert.equal(await warnings.locator(".ready-warning-title").count(), 0, "the title already says it");
      await page.screenshot({ path: `${SCREENSHOTS}forms-ready-storage-${language}.png` });
      await warnings.getByRole("button", { name: words.dismiss }).click();
      await page.waitForFunction((text) => document.querySelector(".ready-check summary").textContent === text, words.offline);
      assert.equal(await warnings.count(), 0);
      await summary.click();
      await page.screenshot({ path: `${SCREENSHOTS}forms-ready-dismissed-${language}.png` });

      await page.reload();
      await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
      await page.locator(".ready-check:not(.ready-checking)").waitFor();
      await page.waitForFunction((text) => document.querySelector(".ready-check summary").textContent === text, words.offline);
      assert.equal(await page.locator(".ready-warning").count(), 0, "still put aside after a reload");
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("tournee.settings")).ready_dismissed);
      assert.deepEqual(stored, ["storage_not_protected"]);
    }));
}
