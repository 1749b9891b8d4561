// Journey 7: the crew lead plans several technicians together, gives a job to another one by
// hand (the rest is re-optimised around it), and shares one technician's plan as a file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

test("a copper job moves from Léa to Karim by hand, stays there after a reload, and can be freed", async () => 
  onPhone({}, async ({ page, phone, server }) => {
    await page.goto(server.url);
    const [lea, karim] = [page.locator(".technician-plan").nth(0), page.locator(".technician-plan").nth(1)];
    await karim.waitFor({ timeout: 15_000 });
    // A copper job of Léa's: Karim holds the copper skill too.
    const copper = lea.locator(".stop", { hasText: "cuivre" }).first();
    const customer = await copper.locator(".stop-customer").textContent();
    await copper.locator("summary").click();
    await copper.getByRole("button", { name: "Karim Benali" }).click();
    const moved = karim.locator(".stop", { hasText: customer });
    await moved.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"));
    assert.equal(await lea.locator(".stop", { hasText: customer }).count(), 0, "no longer on Léa's day");
    await page.reload();
    await karim.waitFor({ timeout: 15_000 });
    assert.equal(await karim.locator(".stop", { hasText: customer }).count(), 1, "the hand-over is stored");
    await karim.locator(".stop", { hasText: customer }).locator("summary").click();
    await karim.locator(".stop", { hasText: customer }).getByRole("button", { name: "Laisser l'optimiseur choisir" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}crew-hand-over-fr.png`, fullPage: true });
    assert.equal(await karim.locator(".stop", { hasText: customer }).getByRole("button", { name: "Laisser l'optimiseur choisir" }).count(), 1);

    // Karim's plan as a file for his phone.
    await page.locator(".exports summary").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".exports .export-buttons").nth(2).getByRole("button", { name: "Plan à partager (.json)" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /-karim-benali\.json$/);
    const shared = JSON.parse(await readFile(await download.path(), "utf8"));
    assert.deepEqual(shared.plan.technicians.map((t) => t.name), ["Karim Benali"]);
    assert.ok(shared.plan.technicians[0].stops.some((s) => s.customer === customer));
  }));

test("the dispatcher sends out the fewest technicians: Karim stays free when Léa can do it all", async () =>
  onPhone({}, async ({ page, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    // A small morning: two fibre jobs and a copper one that Karim lives next to.
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".import-panel input[type=file]").setInputFiles({
      name: "petit-matin.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        [
          "id;client;lat;lon;durée;créneaux;compétences",
          "P-1;Clinique Encamp;42.5361;1.5833;45;08:00-10:00;fibre",
          "P-2;Mme Font;42.5450;1.5150;60;13:30-15:00;cuivre",
          "P-3;Ferme Riba;42.5580;1.5330;40;;fibre",
        ].join("\n"),
        "utf8",
      ),
    });
    await page.locator(".import-report").waitFor();
    await page.locator(".bottom-nav .tab").nth(3).click();
    const card = page.locator(".crew-card");
    await card.locator('.crew-member[data-id="T2"]').getByRole("button", { name: "Modifier" }).click();
    const form = page.locator(".technician-form");
    await form.locator("#tech-home").fill("42.5452, 1.5148");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });

    // Waits for `expected` in Karim's plan, then lists the customers planned.
    const karim = page.locator(".technician-plan").nth(1);
    const plannedOnceKarim = async (expected) => {
      await page.locator(".bottom-nav .tab").nth(0).click();
      await karim.locator(expected).first().waitFor({ timeout: 15_000 });
      await page.waitForFunction(() => !document.querySelector(".solving"));
      return page.locator(".stop:not(.stop-break) .stop-customer").allTextContents();
    };
    const byDriving = await plannedOnceKarim('.stop:has-text("Mme Font")');
    assert.equal(byDriving.length, 3, "by driving alone, Karim takes his neighbour and Léa the rest");

    await page.locator(".bottom-nav .tab").nth(3).click();
    await card.locator(".fewest-technicians input").check();
    assert.equal((await plannedOnceKarim(".free-day")).length, 3, "every job is still planned");
    assert.equal(await karim.locator(".stop").count(), 0, "Karim is not sent out");
    assert.match(await karim.locator(".free-day").textContent(), /Aucune intervention aujourd'hui/);
    await page.reload();
    await page.locator(".bottom-nav .tab").nth(3).click();
    assert.ok(await card.locator(".fewest-technicians input").isChecked(), "the choice is kept with the day");
  }));
