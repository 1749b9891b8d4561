// Issue 13, the map in the field, on a 390 px phone: stops numbered large enough for a finger
// (each marker ≥ 32 px, every number drawn on top where it is and tappable, crowded stops
// spread or counted), the technician's own position (shown at once when allowed, a clear
// sentence when refused), commune names (those of the day's stops at least), a tapped stop
// opened whole below the sticky bar, and the place picker opening over the crew's area.
// French and English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launchPhone, onPhone, SCREENSHOTS } from "./browser.mjs";
import { deployedApp, PACK_FILE } from "./deployment.mjs";
import { importStorm } from "./storm.mjs";

const PHONE = { viewport: { width: 390, height: 844 } };
const HAUT_VERDON_JOBS = new URL("../../static/demo/interventions-haut-verdon.csv", import.meta.url).pathname;

/** The map's viewBox as numbers [x, y, width, height]. */
const viewBox = async (page, selector = "svg.map") => (await page.locator(selector).getAttribute("viewBox")).split(" ").map(Number);

/** Opens the Carte tab and waits for the day's markers. */
async function openMap(page) {
  await page.locator(".bottom-nav .tab").nth(1).click();
  await page.locator("svg.map .marker, svg.map .marker-crowd").first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector("svg.map").getAttribute("style"));
  await page.locator(".map-frame").scrollIntoViewIfNeeded();
}

/**
 * Every stop marker and count drawn inside the map's frame: its size on screen, and whether a
 * finger on its centre lands on it (nothing drawn over its number).
 */
async function markersOnScreen(page) {
  return page.locator("svg.map").evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll(".marker, .marker-crowd")].flatMap((marker) => {
      const box = marker.querySelector("circle:not(.crowd-behind)").getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return [];
      const hit = document.elementFromPoint(x, y)?.closest(".marker, .marker-crowd");
      const text = marker.querySelector("text").getBoundingClientRect();
      return [{ label: marker.getAttribute("aria-label"), px: box.width, textPx: text.height, tappable: hit === marker }];
    });
  });
}

/** Asserts the markers on screen are finger-sized, readable and each tappable. */
function assertFingerSized(markers) {
  assert.ok(markers.length > 0, "markers on screen");
  for (const marker of markers) {
    assert.ok(marker.px >= 32, `${marker.label}: ${marker.px} px`);
    assert.ok(marker.textPx >= 14, `${marker.label}: number ${marker.textPx} px tall`);
    assert.ok(marker.tappable, `${marker.label}: another marker covers its number`);
  }
}

/**
 * Taps the last stop marker and checks its card opens just below the sticky top bar, entirely
 * above the tabs when it fits between them, else with its heading and its status buttons there.
 */
async function tapStopOpensWhole(page, screenshot) {
  const marker = page.locator("svg.map .marker").last();
  const customer = await marker.getAttribute("aria-label");
  await marker.click();
  const opened = page.locator(".stop details[open]");
  await opened.waitFor();
  assert.equal(await opened.locator(".stop-customer").textContent(), customer);
  await page.waitForTimeout(300); // any scrolling settles
  const { card, heading, buttons, bar, nav } = await page.evaluate(() => {
    const details = document.querySelector(".stop details[open]");
    const box = (element) => element?.getBoundingClientRect().toJSON();
    return {
      card: box(details.closest(".stop")),
      heading: box(details.querySelector("summary")),
      buttons: box(details.querySelector(".status-buttons")),
      bar: box(document.querySelector(".top-bar")),
      nav: box(document.querySelector(".bottom-nav")),
    };
  });
  await page.screenshot({ path: `${SCREENSHOTS}${screenshot}` });
  assert.ok(card.top >= bar.bottom && card.top <= bar.bottom + 24, `the card's top ${card.top} just below the sticky bar's bottom ${bar.bottom}`);
  const whole = card.height <= nav.top - bar.bottom - 24 ? card : { ...heading, bottom: (buttons ?? heading).bottom };
  assert.ok(whole.bottom <= nav.top, `the card (or its heading and buttons) ends at ${whole.bottom}, above the tabs at ${nav.top}`);
}

test("French: finger-sized numbered stops, my position at once, a tapped stop opened whole, the picker over the crew", async () =>
  onPhone({ ...PHONE, permissions: ["geolocation"], geolocation: { latitude: 42.5078, longitude: 1.5211 } }, async ({ page, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await openMap(page);
    // Allowed before: the position shows without a tap, a dot unlike any stop.
    await page.locator("svg.map .here-mark circle.here").waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("svg.map .here-mark text").count(), 0, "the position has no number");
    assert.match(await page.locator(".legend").textContent(), /Vous êtes ici/);
    await page.screenshot({ path: `${SCREENSHOTS}map-field-fr.png` });
    assertFingerSized(await markersOnScreen(page));
    const stops = await page.locator("svg.map .marker circle").evaluateAll((circles) =>
      circles.map((c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))]),
    );
    await page.locator(".map-reset").click();
    const region = await viewBox(page);

    await tapStopOpensWhole(page, "map-field-opened-fr.png");

    // The place picker opens over the day's jobs, not over the whole region.
    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".add-intervention").click();
    await page.locator(".pick-on-map").click();
    await page.locator("svg.map-pick path").first().waitFor();
    const [x, y, width, height] = await viewBox(page, "svg.map-pick");
    // The demo's crew covers Andorra: its area is the region's width, no wider.
    assert.ok(width <= region[2], `the picker opens no wider than the region: ${width} vs ${region[2]}`);
    const radius = region[2] * 0.05; // a marker drawn at its spread place is at most a few radii off
    for (const [cx, cy] of stops) {
      assert.ok(cx >= x - radius * 4 && cx <= x + width + radius * 4 && cy >= y - radius * 4 && cy <= y + height + radius * 4, `stop ${cx},${cy} in the picker's view ${x} ${y} ${width} ${height}`);
    }
    await page.locator(".map-pick").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}map-picker-fr.png` });
  }));

test("English: a refused position is said, and a tapped stop opens whole", async () =>
  onPhone(PHONE, async ({ page, server }) => {
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await openMap(page);
    assertFingerSized(await markersOnScreen(page));
    await page.locator(".map-locate").click();
    const failure = page.locator(".position-failure");
    await failure.waitFor({ timeout: 10_000 });
    assert.match(await failure.textContent(), /^Location refused: allow location for Tournée/);
    assert.equal(await page.locator("svg.map circle.here").count(), 0);
    await page.screenshot({ path: `${SCREENSHOTS}map-field-refused-en.png` });
    await tapStopOpensWhole(page, "map-field-opened-en.png");
  }));

test("a storm day: crowded stops are counted or spread, every number drawn is tappable, a count zooms in", async () =>
  onPhone(PHONE, async ({ page, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await page.locator(".bottom-nav .tab").nth(2).click();
    await importStorm(page);
    await page.locator(".import-report").waitFor();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await page.waitForFunction(() => !document.querySelector(".solving") && document.querySelector(".technician-plan"), null, { timeout: 30_000 });
    await openMap(page);
    await page.screenshot({ path: `${SCREENSHOTS}map-field-storm-fr.png` });
    assertFingerSized(await markersOnScreen(page));
    const crowd = page.locator("svg.map .marker-crowd").first();
    if ((await crowd.count()) > 0) {
      const before = await viewBox(page);
      assert.match(await crowd.getAttribute("aria-label"), /^\d+ arrêts proches : touchez pour zoomer$/);
      await crowd.click();
      await page.waitForFunction((width) => document.querySelector("svg.map").viewBox.baseVal.width < width, before[2]);
      assertFingerSized(await markersOnScreen(page));
      await page.screenshot({ path: `${SCREENSHOTS}map-field-storm-zoomed-fr.png` });
    }
  }));

test("Haut Verdon, in English: the communes of the day are named on the map, and the picker opens over the crew", async () => {
  const server = await serve(deployedApp("map-field"));
  const phone = await launchPhone({ ...PHONE, firstStart: true, permissions: ["geolocation"], geolocation: { latitude: 43.962, longitude: 6.507 } });
  const { page } = phone;
  try {
    await page.goto(server.url);
    const setup = page.locator(".crew-setup");
    await setup.waitFor({ timeout: 15_000 });
    await setup.getByLabel("English").check();
    await setup.locator(`.deployed-pack[data-file="${PACK_FILE}"] .pack-download`).click();
    const rows = setup.locator(".crew-member-setup");
    await rows.first().waitFor();
    await rows.nth(0).locator(".setup-name").fill("Léa Martin");
    await rows.nth(0).locator(".setup-home").fill("Saint-André-les-Alpes");
    await setup.locator(".add-member").click();
    await rows.nth(1).locator(".setup-name").fill("Marc Giraud");
    await rows.nth(1).locator(".setup-home").fill("Colmars");
    await setup.locator(".setup-region", { hasText: "Haut Verdon" }).waitFor({ timeout: 30_000 });
    await setup.locator("button.setup-start").click();
    await setup.waitFor({ state: "detached" });
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

    await openMap(page);
    await page.screenshot({ path: `${SCREENSHOTS}map-field-haut-verdon-en.png` });
    const names = await page.locator("svg.map text.commune").allTextContents();
    for (const commune of ["Saint-André-les-Alpes", "Beauvezer"]) {
      assert.ok(names.includes(commune), `${commune}, a commune of the day's stops, is named: ${names.join(", ")}`);
    }
    assertFingerSized(await markersOnScreen(page));
    await page.locator("svg.map circle.here").waitFor({ timeout: 10_000 });
    assert.match(await page.locator(".legend").textContent(), /You are here/);
    await page.screenshot({ path: `${SCREENSHOTS}map-field-haut-verdon-en.png` });
    const stops = await page.locator("svg.map .marker circle").evaluateAll((circles) =>
      circles.map((c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))]),
    );
    await tapStopOpensWhole(page, "map-field-haut-verdon-opened-en.png");
    await page.goBack();
    await page.locator("svg.map").waitFor();
    await page.locator(".map-reset").click();
    const region = await viewBox(page);
    await page.locator(".map-zoom-in").click();
    await page.waitForFunction(() => !document.querySelector("svg.map").getAttribute("style"));
    assert.ok((await page.locator("svg.map text.commune").count()) > 0, "names zoomed in too");

    await page.locator(".bottom-nav .tab").nth(2).click();
    await page.locator(".add-intervention").click();
    await page.locator(".pick-on-map").click();
    await page.locator("svg.map-pick path").first().waitFor();
    const [x, y, width, height] = await viewBox(page, "svg.map-pick");
    // The crew's jobs and homes: 30 km of the pack's 39 (its communes and 5 km around).
    assert.ok(width < region[2] * 0.9, `the picker opens over the crew, closer than the region: ${width} vs ${region[2]}`);
    const margin = region[2] * 0.2;
    for (const [cx, cy] of stops) {
      assert.ok(cx >= x - margin && cx <= x + width + margin && cy >= y - margin && cy <= y + height + margin, `stop ${cx},${cy} in the picker's view`);
    }
    await page.locator(".map-pick").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}map-picker-haut-verdon-en.png` });
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
    await server.close();
  }
});
