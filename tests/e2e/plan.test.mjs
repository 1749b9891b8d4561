// Journey 1: first start — the app opens on the demo day in Andorra and shows an optimised
// plan, computed in the worker over the embedded road pack, also with the network off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { DIST } from "./dist.mjs";

test("the demo day is planned within seconds of opening, and again offline", async () => {
  const server = await serve(DIST);
  const phone = await launchPhone();
  const { page, context } = phone;
  try {
    const started = Date.now();
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 10_000 });
    const elapsed = Date.now() - started;
    console.log(`plan shown ${elapsed} ms after navigation`);
    const names = await page.locator(".technician-plan h3").allTextContents();
    assert.deepEqual(names, ["Léa Martin", "Karim Benali"]);
    const stops = await page.locator(".stop").count();
    assert.ok(stops >= 10, `${stops} stops planned`);
    const times = await page.locator(".technician-plan").first().locator(".stop-time").allTextContents();
    assert.deepEqual([...times].sort(), times, "stops in time order");
    const totals = await page.locator(".technician-plan").first().locator(".totals").textContent();
    const visits = await page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").count();
    assert.equal(totals.match(/^Retour \d\d:\d\d · \d+ min de route · (\d+) interventions$/)?.[1], String(visits), totals);
    assert.equal(await page.locator(".technician-plan").first().locator(".stop-break").count(), 1, "one lunch break");
    await page.screenshot({ path: `${SCREENSHOTS}day-plan-fr.png`, fullPage: true });

    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(".stop").count(), stops, "the same plan offline");
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
    await server.close();
  }
});
