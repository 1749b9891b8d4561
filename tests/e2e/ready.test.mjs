// « Prêt pour la journée » : before leaving the signal behind, the phone says whether the plan,
// the day, the road region and the app itself work offline, and whether storage is protected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";

test("once the app and the region are cached, the check says the day is ready offline", async () => 
  onPhone({}, async ({ page, context, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await waitForServiceWorkerControl(page);
    await page.locator(".ready-check summary").click();
    await page.locator(".ready-check").getByRole("button", { name: "Vérifier à nouveau" }).click();
    const ok = page.locator(".ready-check .ready-ok");
    await page.waitForFunction(() => document.querySelectorAll(".ready-check .ready-ok").length >= 4);
    const lines = await ok.allTextContents();
    for (const expected of ["Plan de la journée calculé", "Journée et modifications enregistrées", "Région routière disponible hors ligne", "Application disponible hors ligne"]) {
      assert.ok(lines.some((l) => l.includes(expected)), `${expected} in ${lines}`);
    }
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    assert.equal(await page.locator(".ready-check li", { hasText: "Stockage" }).getAttribute("class"), persisted ? "ready-ok" : "ready-todo", "storage is reported as the browser says");
    await page.locator(".ready-check").screenshot({ path: `${SCREENSHOTS}ready-check-fr.png` });

    // Off the network, the same check still passes: it was true.
    await context.setOffline(true);
    await page.reload();
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelectorAll(".ready-check .ready-ok").length >= 4);
  }));
