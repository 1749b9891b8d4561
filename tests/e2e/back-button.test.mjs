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

test("back during a technician's form keeps its draft; « Tout effacer » and saving forget it", async () =>
  onPhone({}, async ({ page, server }) => {
    await page.goto(server.url + "#reglages");
    const add = page.locator(".crew-card .add-technician");
    await add.waitFor({ timeout: 15_000 });
    assert.equal(await add.textContent(), "Ajouter un technicien");
    await add.click();
    const form = page.locator(".technician-form");
    await form.locator("#tech-id").fill("LM");
    await form.locator("#tech-name").fill("Léa Martin");
    await form.locator("#tech-home").fill("Colmars");

    await page.goBack();
    await form.waitFor({ state: "detached" });
    assert.match(page.url(), /#reglages$/, "still on Réglages");
    assert.equal(await add.textContent(), "Reprendre la saisie en cours");
    await page.reload(); // a killed tab
    await add.click();
    assert.equal(await form.locator("#tech-name").inputValue(), "Léa Martin");
    assert.equal(await form.locator("#tech-home").inputValue(), "Colmars");
    assert.equal(await form.locator("#tech-start").inputValue(), "08:00", "untyped fields keep their defaults");
    await form.locator(".draft-resumed").getByRole("button", { name: "Tout effacer" }).click();
    assert.equal(await form.locator("#tech-name").inputValue(), "");
    assert.equal(await form.locator(".draft-resumed").count(), 0);

    await form.locator("#tech-id").fill("LM");
    await form.locator("#tech-name").fill("Léa Martin");
    await form.locator("#tech-home").fill("Colmars");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });
    await page.locator('.crew-member[data-id="LM"]').waitFor();
    assert.equal(await add.textContent(), "Ajouter un technicien", "saving forgets the draft");
    // Editing a technician keeps a draft of its own.
    await page.locator('.crew-member[data-id="LM"]').getByRole("button", { name: "Modifier" }).click();
    await form.locator("#tech-name").fill("Léa Martin-Roux");
    await page.goBack();
    await form.waitFor({ state: "detached" });
    assert.equal(await add.textContent(), "Ajouter un technicien", "a new technician's form is untouched");
    await page.locator('.crew-member[data-id="LM"]').getByRole("button", { name: "Modifier" }).click();
    assert.equal(await form.locator("#tech-name").inputValue(), "Léa Martin-Roux");
  }));

test("back during the crew setup keeps the crew typed, in English too, until the day starts", async () =>
  onPhone({ firstStart: true, viewport: { width: 390, height: 844 } }, async ({ page, server }) => {
    await page.goto(server.url);
    const setup = page.locator(".crew-setup");
    await setup.waitFor({ timeout: 15_000 });
    await setup.getByLabel("English").check();
    await setup.locator(".setup-next").click();
    const rows = setup.locator(".crew-member-setup");
    await rows.nth(0).locator(".setup-name").fill("Léa Martin");
    await rows.nth(0).locator(".setup-home").fill("Allos");
    await setup.locator(".add-member").click();
    await rows.nth(1).locator(".setup-name").fill("Marc Giraud");
    await rows.nth(1).locator(".setup-shift-start").fill("07:30");
    // The draft is kept the frame after the key is typed; a finger on « back » comes later.
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => localStorage.getItem(key).includes("07:30")));

    await page.goBack();
    await setup.waitFor({ state: "detached" });
    await page.reload(); // a killed tab
    await page.locator(".banner-demo .open-setup").click();
    await setup.waitFor();
    assert.equal(await rows.count(), 2, "it opens again on the crew step, both rows there");
    assert.equal(await rows.nth(0).locator(".setup-home").inputValue(), "Allos");
    assert.equal(await rows.nth(1).locator(".setup-name").inputValue(), "Marc Giraud");
    assert.equal(await rows.nth(1).locator(".setup-shift-start").inputValue(), "07:30");
    assert.equal(await setup.locator(".draft-resumed").textContent(), "Picked up where you left off.Clear all");
    await page.screenshot({ path: `${SCREENSHOTS}crew-setup-draft-resumed-en.png` });

    await rows.nth(1).locator(".setup-home").fill("Colmars 04370");
    await setup.locator("button.setup-start").click();
    await setup.waitFor({ state: "detached" });
    await page.locator(".banner-demo .open-setup").click();
    await setup.locator(".setup-next").click();
    assert.equal(await rows.count(), 1, "the crew that started the day is not offered again");
    assert.equal(await rows.nth(0).locator(".setup-name").inputValue(), "");
  }));
