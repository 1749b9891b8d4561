// The map's frame time in headless Chromium with a region pack given on the command line
// (after scripts/build.sh; the département's: scripts/synth-department.sh): prints a Markdown
// table of the time from a pan step (one pointer move) to the next animation frame and the
// task after it (and, in brackets, the main thread's work: the handler, then style and layout
// forced), median of 30 steps, zoomed out (whole region) and zoomed in (3 × « + »); a zoom
// step (« + » or « − »: the drawing on screen scaled, not redrawn), median of 10; and the redraw
// of the roads once the buttons rest (settle timer to the next frame), median of 6.
//   node scripts/bench-map.mjs static/demo/andorra.bin target/synth/departement.bin
import { serve } from "../tests/e2e/server.mjs";
import { launchPhone } from "../tests/e2e/browser.mjs";
import { DIST } from "../tests/e2e/dist.mjs";
import { basename } from "node:path";

const STEPS = 30;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds from each of `STEPS` pointer moves on the map to the frame after it is painted,
 * and the main thread's work for each (the app's handler, then style and layout forced). */
async function panSteps(page) {
  return page.evaluate(async (steps) => {
    const svg = document.querySelector("svg.map");
    const box = svg.getBoundingClientRect();
    const at = (dx) => ({ clientX: box.left + box.width / 2 + dx, clientY: box.top + box.height / 2, pointerId: 1, bubbles: true });
    // The next animation frame after the move: its callback runs once the move's work (the
    // app's update, style, layout) is done, and the frame before it painted.
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    svg.dispatchEvent(new PointerEvent("pointerdown", at(0)));
    await frame();
    const [times, work] = [[], []];
    for (let i = 1; i <= steps; i++) {
      const start = performance.now();
      svg.dispatchEvent(new PointerEvent("pointermove", at((i % 2 ? 1 : -1) * 12 * i)));
      svg.getBoundingClientRect();
      work.push(performance.now() - start);
      await frame();
      times.push(performance.now() - start);
    }
    svg.dispatchEvent(new PointerEvent("pointerup", at(0)));
    return { times, work };
  }, STEPS);
}

const server = await serve(DIST);
console.log("| pack | paths drawn zoomed out | pan step zoomed out | paths drawn zoomed in | pan step zoomed in | zoom step | redraw once the zoom rests |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const pack of process.argv.slice(2)) {
  const phone = await launchPhone();
  const { page } = phone;
  try {
    await page.goto(server.url + "#reglages");
    await page.locator(".region-card .region-name").waitFor();
    if (!pack.endsWith("andorra.bin")) {
      await page.locator('.region-card input[type="file"]').setInputFiles(pack);
      await page.getByRole("button", { name: "Revenir à la région de démonstration" }).waitFor({ timeout: 60_000 });
    }
    await page.locator(".bottom-nav .tab").nth(1).click();
    await page.locator("svg.map path").first().waitFor();
    await page.locator(".map-reset").click();
    await page.waitForTimeout(500);
    const outPaths = await page.locator("svg.map path").count();
    const outSteps = await panSteps(page);
    for (let i = 0; i < 3; i++) await page.locator(".map-zoom-in").click();
    await page.waitForTimeout(500);
    const inPaths = await page.locator("svg.map path").count();
    const inSteps = await panSteps(page);
    await page.locator(".map-reset").click();
    const zoomSteps = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const [times, work] = [[], []];
      for (let i = 0; i < 10; i++) {
        const start = performance.now();
        document.querySelector(i % 2 ? ".map-zoom-out" : ".map-zoom-in").click();
        document.querySelector("svg.map").getBoundingClientRect();
        work.push(performance.now() - start);
        await frame();
        times.push(performance.now() - start);
      }
      return { times, work };
    });
    // The redraw once the buttons rest: from the settle timer firing to the frame after it.
    const settles = await page.evaluate(async () => {
      const original = window.setTimeout.bind(window);
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => original(resolve, 0)));
      let fired = 0;
      window.setTimeout = (callback, ms, ...rest) =>
        original((...args) => { fired = performance.now(); callback(...args); }, ms, ...rest);
      const svg = document.querySelector("svg.map");
      const times = [];
      for (let i = 0; i < 6; i++) {
        document.querySelector(i % 2 ? ".map-zoom-out" : ".map-zoom-in").click();
        while (svg.getAttribute("style")) await new Promise((resolve) => original(resolve, 5));
        await frame();
        times.push(performance.now() - fired);
      }
      window.setTimeout = original;
      return times;
    });
    const settle = median(settles);
    const step = ({ times, work }) => `${median(times).toFixed(1)} ms (work ${median(work).toFixed(1)} ms)`;
    console.log(`| ${basename(pack)} | ${outPaths} | ${step(outSteps)} | ${inPaths} | ${step(inSteps)} | ${step(zoomSteps)} | ${settle.toFixed(1)} ms |`);
  } finally {
    await phone.close();
  }
}
await server.close();
