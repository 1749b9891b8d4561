// Journey 1: first start — the app opens on the demo day in Andorra and shows an optimised
// plan, computed in the worker over the embedded road pack, also with the network off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { DIST } from "./dist.mjs";
import { optimiseThenCancel } from "./solving.mjs";

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
    const firstTimes = await page.locator(".stop-time").allTextContents();
    assert.ok(stops >= 10, `${stops} stops planned`);
    const times = await page.locator(".technician-plan").first().locator(".stop-time").allTextContents();
    assert.deepEqual([...times].sort(), times, "stops in time order");
    const totals = await page.locator(".technician-plan").first().locator(".totals").textContent();
    const visits = await page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").count();
    assert.equal(totals.match(/^Départ \d\d:\d\d · Retour \d\d:\d\d · \d+ min de route · \d+,\d km · (\d+) interventions$/)?.[1], String(visits), totals);
    assert.ok(Number(totals.match(/([\d,]+) km/)[1].replace(",", ".")) > 5, `kilometres driven (decimal comma): ${totals}`);
    assert.equal(await page.locator(".technician-plan").first().locator(".stop-break").count(), 1, "one lunch break");
    await page.screenshot({ path: `${SCREENSHOTS}day-plan-fr.png`, fullPage: true });

    // « Optimiser » runs again in the worker with a progress bar; « Annuler » stops it and the
    // plan shown stays.
    await optimiseThenCancel(page);
    await page.locator(".solving").waitFor({ state: "detached" });
    assert.deepEqual(await page.locator(".stop-time").allTextContents(), firstTimes, "cancelled: the plan is unchanged");

    // Tapping a stop opens its hand-offs: call, SMS with the arrival time, navigation by coordinates.
    const hospital = page.locator(".stop", { hasText: "Hôpital Nostra Senyora de Meritxell" });
    await hospital.locator("summary").click();
    const actions = hospital.locator(".stop-door a, .stop-actions a");
    await actions.first().waitFor();
    const hrefs = await actions.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    assert.equal(hrefs[0], "tel:+376871000");
    const arrival = await hospital.locator(".stop-time").textContent();
    assert.ok(hrefs[1].startsWith("sms:+376871000?body=Bonjour%2C%20L%C3%A9a%20Martin"), hrefs[1]);
    const message = decodeURIComponent(hrefs[1].split("body=")[1]);
    assert.match(message, /^Bonjour, Léa Martin, votre technicien, arrivera vers \d\d:\d\d \(rendez-vous 08:00–10:00\)/);
    assert.equal(hrefs[2], "geo:42.509800,1.538700?q=42.509800,1.538700(H%C3%B4pital%20Nostra%20Senyora%20de%20Meritxell)");
    assert.ok(hrefs.some((href) => href === "https://waze.com/ul?ll=42.509800,1.538700&navigate=yes"));
    const sizes = await actions.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    assert.ok(sizes.every((h) => h >= 48), `hand-off buttons at least 48 px: ${sizes}`);
    await hospital.screenshot({ path: `${SCREENSHOTS}stop-card-fr.png` });
    assert.match(arrival, /^\d\d:\d\d$/);

    // The Carte tab draws the region's roads from the pack and each drive on top.
    await page.locator(".bottom-nav .tab").nth(1).click();
    await page.locator("svg.map .road-major").waitFor();
    assert.ok((await page.locator("svg.map .road-major").getAttribute("d")).length > 1000, "major roads drawn");
    assert.equal(await page.locator("svg.map .drive").count(), 2, "one drive per technician");
    assert.ok((await page.locator("svg.map .drive-0").getAttribute("points")).split(" ").length > 50, "drives follow the roads");
    // Stops close together zoomed out are counted on one disc (its label starts with the count).
    const counted = (await page.locator("svg.map .marker-crowd").evaluateAll((crowds) => crowds.map((c) => parseInt(c.getAttribute("aria-label"), 10)))).reduce((a, b) => a + b, 0);
    const markers = (await page.locator("svg.map .marker").count()) + counted;
    assert.equal(markers, stops - 2, "a numbered marker (or a count) per visit (breaks are not places)");
    const crowdLegend = counted > 0 ? ["Arrêts proches (touchez pour zoomer)"] : [];
    assert.deepEqual(await page.locator(".legend li").allTextContents(), ["Léa Martin", "Karim Benali", ...crowdLegend]);
    assert.match(await page.locator(".attribution-link").textContent(), /© OpenStreetMap contributors/);
    await page.screenshot({ path: `${SCREENSHOTS}map-fr.png` });
    // The Interventions tab lists the day's jobs, urgency in words, with a one-tap call.
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".job").first().waitFor();
    assert.equal(await page.locator(".job").count(), 25);
    const hospitalJob = page.locator(".job", { hasText: "Hôpital Nostra Senyora de Meritxell" });
    assert.equal(await hospitalJob.locator(".badge-vital").textContent(), "Client vital");
    assert.equal(await hospitalJob.locator("a.call").getAttribute("href"), "tel:+376871000");
    assert.match(await page.locator(".job", { hasText: "M. Casals" }).textContent(), /10:00–12:00 ou 15:00–16:30/);
    await page.screenshot({ path: `${SCREENSHOTS}interventions-fr.png` });
    await page.locator(".bottom-nav .tab").nth(0).click();

    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(".stop").count(), stops, "the same plan offline");
    const again = await page.locator(".stop-time").allTextContents();
    assert.deepEqual(again, firstTimes, "a reload never reshuffles the day");
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
    await server.close();
  }
});
