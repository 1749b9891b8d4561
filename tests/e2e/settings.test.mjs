// Journey 9: the crew's profiles and the planning date in Réglages — and a real morning in the
// Haut Verdon: technicians based in Saint-André-les-Alpes and Castellane, the example CSV
// imported, a plan made with travel estimated (no road pack covers the Alpes here) and said so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

const HAUT_VERDON = new URL("../../static/demo/interventions-haut-verdon.csv", import.meta.url);

/** Opens the form of technician `id` (or a new one) and fills `values` (element id → text;
 * `skills`: the skills to tick, every other box unticked). */
async function fillTechnician(page, id, values) {
  const card = page.locator(".crew-card");
  if (id) await card.locator(`.crew-member[data-id="${id}"]`).getByRole("button", { name: "Modifier" }).click();
  else await card.locator(".add-technician").click();
  const form = page.locator(".technician-form");
  for (const [field, value] of Object.entries(values)) {
    if (field !== "skills") await form.locator(`#${field}`).fill(value);
    else for (const box of await form.locator(".skills input[type=checkbox]").all()) await box.setChecked(value.includes(await box.getAttribute("value")));
  }
  await form.getByRole("button", { name: "Enregistrer" }).click();
  return form;
}

test("the crew is set in Réglages, the date changed, and a Haut Verdon day planned with estimates", async () => 
  onPhone({}, async ({ page, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await page.locator(".bottom-nav .tab").nth(3).click();
    const card = page.locator(".crew-card");
    assert.equal(await card.locator(".crew-member").count(), 2);

    // A wrong home is named in the form and nothing changes.
    const form = await fillTechnician(page, "T1", { "tech-home": "Nulle-Part-sur-Verdon", "tech-end": "16:00", "tech-max-work": "7h" });
    assert.match(await form.locator(".field-error").first().textContent(), /Nulle-Part-sur-Verdon/);
    await form.locator("#tech-home").fill("st andre les alpes");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });
    assert.match(await card.locator('.crew-member[data-id="T1"]').textContent(), /08:00–16:00.* · au plus 7h/);
    await card.locator('.crew-member[data-id="T1"]').getByRole("button", { name: "Modifier" }).click();
    assert.equal(await form.locator("#tech-max-work").inputValue(), "7h", "the longest day is kept with the profile");
    await form.getByRole("button", { name: "Annuler" }).click();
    let again = await fillTechnician(page, "T2", { "tech-home": "04120", skills: ["cuivre", "génie civil", "poteau", "fibre"] });
    assert.match(await again.locator(".field-error").first().textContent(), /04120/, "a postal code shared by several communes is ambiguous");
    await again.locator("#tech-home").fill("04120 Castellane");
    await again.getByRole("button", { name: "Enregistrer" }).click();
    await again.waitFor({ state: "detached" });
    again = await fillTechnician(page, null, {
      "tech-id": "T3",
      "tech-name": "Sami Roux",
      "tech-home": "Colmars",
      skills: ["fibre"],
    });
    await again.waitFor({ state: "detached" });
    assert.equal(await card.locator(".crew-member").count(), 3);
    await card.locator(".planning-date").fill("2027-01-15");
    await card.locator(".planning-date").dispatchEvent("change");
    await card.screenshot({ path: `${SCREENSHOTS}crew-fr.png` });

    // The morning's file for the Haut Verdon.
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".import-panel input[type=file]").setInputFiles({
      name: "interventions-haut-verdon.csv",
      mimeType: "text/csv",
      buffer: await readFile(HAUT_VERDON),
    });
    await page.locator(".import-report").waitFor();
    assert.equal(await page.locator(".import-added").textContent(), "15 interventions ajoutées");
    assert.match(await page.locator(".day-summary").textContent(), /vendredi 15 janvier 2027 · 15 interventions$/);

    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".technician-plan").nth(2).waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"));
    assert.deepEqual(await page.locator(".technician-plan h3").allTextContents(), ["Léa Martin", "Karim Benali", "Sami Roux"]);
    const planned = await page.locator(".stop:not(.stop-break)").count();
    assert.ok(planned >= 12, `most of the 15 jobs fit three technicians: ${planned}`);
    assert.ok((await page.locator(".stop-details", { hasText: "estimé" }).count()) >= planned, "every drive is marked as an estimate");
    const back = await page.locator(".technician-plan").first().locator(".totals").first().textContent();
    const minutes = (label) => {
      const [, hh, mm] = back.match(new RegExp(`${label} (\\d\\d):(\\d\\d)`));
      return Number(hh) * 60 + Number(mm);
    };
    assert.ok(minutes("Retour") <= 16 * 60, `Léa is back by 16:00: ${back}`);
    assert.ok(minutes("Retour") - minutes("Départ") <= 7 * 60, `Léa works at most 7 hours: ${back}`);
    await page.screenshot({ path: `${SCREENSHOTS}haut-verdon-day-fr.png`, fullPage: true });
  }));
