// Issue 11, item 5: the back button (Android's, here the browser's) during a half-filled form
// closes the form without leaving the page, and what was typed comes back when it is opened
// again, even after the tab was killed; « Annuler » and « Enregistrer » forget it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

test("back during a half-filled form keeps the draft; cancel forgets it", async () =>
  onPhone({}, async ({ page, server }) => {
    await page.goto(server.url + "#interventions");
    const add = page.locator(".add-intervention");
    await add.waitFor({ timeout: 15_000 });
    assert.equal(await add.textContent(), "Ajouter une intervention");
    await add.click();
    const form = page.locator(".intervention-form");
    await form.locator("#field-customer").fill("EHPAD Les Mélèzes — ligne coupée");
    await form.locator("#field-commune").fill("Colmars");
    await form.locator("#field-windows").fill("14h-16h");

    await page.goBack();
    await form.waitFor({ state: "detached" });
    assert.match(page.url(), /#interventions$/, "still on the Interventions tab");
    assert.equal(await add.textContent(), "Reprendre la saisie en cours");

    await page.reload(); // a killed tab
    await add.click();
    assert.equal(await form.locator("#field-customer").inputValue(), "EHPAD Les Mélèzes — ligne coupée");
    assert.equal(await form.locator("#field-commune").inputValue(), "Colmars");
    assert.equal(await form.locator("#field-windows").inputValue(), "14h-16h");
    assert.equal(await form.locator(".draft-resumed").textContent(), "Saisie reprise là où vous l'aviez laissée.Tout effacer");
    await page.screenshot({ path: `${SCREENSHOTS}form-draft-resumed-fr.png` });

    await form.getByRole("button", { name: "Annuler" }).click();
    await form.waitFor({ state: "detached" });
    assert.equal(await add.textContent(), "Ajouter une intervention", "cancel forgets the draft");
    await add.click();
    assert.equal(await form.locator("#field-customer").inputValue(), "");
    await page.goBack();
    await form.waitFor({ state: "detached" });
    assert.equal(await add.textContent(), "Ajouter une intervention", "an untouched form leaves no draft");
    assert.match(page.url(), /#interventions$/);
  }));
