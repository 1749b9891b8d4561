// First start, « Mon équipe, ma région » (issue 10, part 4): a new phone is asked which region
// (a deployed pack, a file, or the demo) and who is in the crew (names, homes by commune, postal
// code or coordinates, shift); the Haut Verdon crew then plans the app's own Haut Verdon
// interventions instead of 0 of 15. The demo is labelled, and leaving it is one tap.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS } from "./browser.mjs";
import { deployedApp, PACK_FILE } from "./deployment.mjs";

const PHONE = { firstStart: true, viewport: { width: 390, height: 844 } };
const HAUT_VERDON_JOBS = new URL("../../static/demo/interventions-haut-verdon.csv", import.meta.url).pathname;

/** Serves `dist` to a phone opening Tournée for the first time; runs `body` and checks no error. */
async function firstStart(dist, body) {
  const server = await serve(dist);
  const phone = await launchPhone(PHONE);
  try {
    await body({ page: phone.page, server });
    if (phone.errors.length > 0) throw new Error(`the page threw: ${phone.errors.join("; ")}`);
  } finally {
    await phone.close();
    await server.close();
  }
}

test("a Haut Verdon crew sets up its region and crew in a few taps, in English, and its day is planned", async () =>
  firstStart(deployedApp("first-start"), async ({ page, server }) => {
    await page.goto(server.url);
    const setup = page.locator(".crew-setup");
    await setup.waitFor({ timeout: 15_000 });
    await setup.getByLabel("English").check();
    await setup.locator(`.deployed-pack[data-file="${PACK_FILE}"] .pack-download`).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}first-start-region-en.png` });
    await setup.locator(".pack-download").click();

    // The crew step, while the pack downloads.
    const rows = setup.locator(".crew-member-setup");
    await rows.first().waitFor();
    await rows.nth(0).locator(".setup-name").fill("Léa Martin");
    await rows.nth(0).locator(".setup-home").fill("st andre les alpes");
    assert.equal(await rows.nth(0).locator(".home-found").textContent(), "→ Saint-André-les-Alpes (04170)");
    await setup.locator(".add-member").click();
    await rows.nth(1).locator(".setup-name").fill("Marc Giraud");
    await rows.nth(1).locator(".setup-home").fill("04370");
    await rows.nth(1).locator(".setup-shift-start").fill("07:30");
    await setup.locator(".add-member").click();
    await rows.nth(2).locator(".setup-name").fill("Inès Roux");
    await rows.nth(2).locator(".setup-home").fill("43.8475, 6.5098");
    await setup.locator("button.setup-start").click();
    // A postal code shared by several communes is named as such, on its row.
    const shared = rows.nth(1).locator(".field-error");
    await shared.waitFor();
    assert.equal(await shared.textContent(), '⚠ "04370" names 3 communes, say which: Beauvezer (04025), Colmars (04061), Villars-Colmars (04240)');
    await shared.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}first-start-crew-en.png` });
    await rows.nth(1).locator(".setup-home").fill("Colmars 04370");
    await setup.locator(".setup-region", { hasText: "Haut Verdon" }).waitFor({ timeout: 30_000 });
    await setup.locator("button.setup-start").click();
    await setup.waitFor({ state: "detached" });
    assert.equal(await page.locator(".banner-demo").count(), 0, "the deployed region is not the demo");

    // The crew is in Réglages, with their homes and shifts.
    await page.goto(server.url + "#reglages");
    const crew = await page.locator(".crew-member").allTextContents();
    assert.equal(crew.length, 3);
    assert.match(crew[1], /Marc Giraud · T2.*07:30–17:00/);

    // The app's own Haut Verdon interventions are planned for this crew.
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".import-panel input[type=file]").setInputFiles({
      name: "interventions-haut-verdon.csv",
      mimeType: "text/csv",
      buffer: await readFile(HAUT_VERDON_JOBS),
    });
    await page.locator(".import-report").waitFor();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".technician-plan").first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"), null, { timeout: 20_000 });
    await page.screenshot({ path: `${SCREENSHOTS}first-start-day-en.png`, fullPage: true });
    const planned = await page.locator(".stop:not(.stop-break) .stop-customer").count();
    assert.equal(await page.locator(".far-from-crew").count(), 0, "the crew lives among its jobs");
    assert.ok(planned >= 10, `${planned} of 15 interventions planned: ${await page.locator("main").textContent()}`);
  }));

test("the demo is one choice, labelled on every tab, and leaving it is one tap (French)", async () =>
  firstStart(deployedApp("first-start-demo"), async ({ page, server }) => {
    await page.goto(server.url);
    const setup = page.locator(".crew-setup");
    await setup.waitFor({ timeout: 15_000 });
    assert.match(await setup.textContent(), /Mon équipe, ma région.*1\. Votre région.*Haut Verdon/);
    await page.screenshot({ path: `${SCREENSHOTS}first-start-region-fr.png` });
    await setup.locator(".setup-demo").click();
    await setup.waitFor({ state: "detached" });
    const banner = page.locator(".banner-demo");
    assert.match(await banner.textContent(), /Démonstration : Andorre et deux techniciens fictifs\.Mon équipe, ma région/);
    for (const tab of [1, 2, 3]) {
      await page.locator(".bottom-nav .tab").nth(tab).click();
      await banner.waitFor();
    }
    await page.screenshot({ path: `${SCREENSHOTS}demo-banner-fr.png` });
    // Chosen once, the setup does not come back by itself.
    await page.goto(server.url + "#journee");
    await page.reload();
    await banner.waitFor({ timeout: 15_000 });
    await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
    assert.equal(await setup.count(), 0);
    // One tap on the banner leaves the demo.
    await banner.locator(".open-setup").click();
    await setup.waitFor();
    await setup.locator(".setup-next").click();
    await setup.locator("button.setup-start").click();
    assert.match(await setup.locator(".field-error").textContent(), /Indiquez au moins un technicien/);
  }));
