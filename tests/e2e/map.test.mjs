// Journey 4: the map — one finger pans, two fingers zoom, the buttons too; the phone's position
// is shown; tapping a numbered stop opens it on the Journée tab.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

/** The map's viewBox as numbers [x, y, width, height]. */
const viewBox = async (page) => (await page.locator("svg.map").getAttribute("viewBox")).split(" ").map(Number);

/** Sends pointer events to the map, as fingers would: `steps` lists [type, id, x, y]. */
async function fingers(page, steps) {
  await page.locator("svg.map").evaluate((svg, steps) => {
    for (const [type, pointerId, clientX, clientY] of steps) {
      svg.dispatchEvent(new PointerEvent(type, { pointerId, clientX, clientY, bubbles: true, pointerType: "touch", isPrimary: pointerId === 1 }));
    }
  }, steps);
}

test("the map pans and zooms under the fingers, shows where I am, and opens a tapped stop", async () => 
  onPhone({ permissions: ["geolocation"], geolocation: { latitude: 42.5078, longitude: 1.5211 } }, async ({ page, server }) => {
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
    await page.locator(".bottom-nav .tab").nth(1).click();
    await page.locator("svg.map .marker").first().waitFor();
    const opening = await viewBox(page);
    // The map opens on the day's stops: every marker inside the first view.
    const inside = await page.locator("svg.map .marker circle").evaluateAll(
      (circles, [x, y, w, h]) => circles.every((c) => {
        const [cx, cy] = [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))];
        return cx >= x && cx <= x + w && cy >= y && cy <= y + h;
      }),
      opening,
    );
    assert.ok(inside, `every stop on the opening view ${opening}`);
    // Markers at least 32 px across on the phone.
    const markerPx = await page.locator("svg.map .marker circle").first().evaluate((c) => c.getBoundingClientRect().width);
    assert.ok(markerPx >= 32, `marker ${markerPx} px`);

    await page.locator(".map-zoom-in").click();
    // At once, the drawing on screen is scaled 2× (no redraw); the roads are drawn anew once the buttons rest.
    assert.match(await page.locator("svg.map").getAttribute("style"), /scale\(2\.00000\)/);
    await page.waitForFunction((width) => Math.abs(document.querySelector("svg.map").viewBox.baseVal.width - width / 2) < 2, opening[2]);
    assert.equal(await page.locator("svg.map").getAttribute("style"), "", "drawn: no transform left");
    const zoomed = await viewBox(page);

    const box = await page.locator("svg.map").boundingBox();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await fingers(page, [["pointerdown", 1, cx, cy], ["pointermove", 1, cx + 50, cy + 20], ["pointerup", 1, cx + 50, cy + 20]]);
    const panned = await viewBox(page);
    // The viewBox fills the drawing's content box (inside its border).
    const metresPerPixel = zoomed[2] / (await page.locator("svg.map").evaluate((svg) => svg.clientWidth));
    assert.ok(Math.abs(panned[0] - (zoomed[0] - 50 * metresPerPixel)) < 2, `the map follows one finger: ${panned}`);
    assert.equal(panned[2], zoomed[2], "panning does not zoom");

    await fingers(page, [
      ["pointerdown", 1, cx - 20, cy],
      ["pointerdown", 2, cx + 20, cy],
      ["pointermove", 2, cx + 60, cy],
      ["pointerup", 1, cx - 20, cy],
      ["pointerup", 2, cx + 60, cy],
    ]);
    const pinched = await viewBox(page);
    assert.ok(Math.abs(pinched[2] - panned[2] / 2) < 2, `spreading two fingers from 40 to 80 px zooms 2×: ${pinched}`);

    await page.locator(".map-locate").click();
    await page.locator("svg.map circle.here").waitFor();
    assert.match(await page.locator(".legend").textContent(), /Vous êtes ici/);
    await page.screenshot({ path: `${SCREENSHOTS}map-zoomed-fr.png` });

    await page.locator(".map-reset").click();
    const region = await viewBox(page);
    assert.ok(region[2] >= opening[2] && region[0] <= opening[0] && region[1] <= opening[1], `the whole region ${region}`);
    const marker = page.locator("svg.map .marker").last(); // drawn last: on top of any neighbour
    const customer = await marker.getAttribute("aria-label");
    await marker.click();
    const opened = page.locator(".stop details[open]");
    await opened.waitFor();
    assert.equal(await opened.locator(".stop-customer").textContent(), customer);
    assert.match(page.url(), /#journee$/);
    assert.ok(await opened.isVisible());
    await page.goBack();
    await page.locator("svg.map").waitFor();
    assert.match(page.url(), /#carte$/, "back returns to the map");
  }));
