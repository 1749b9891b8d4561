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
