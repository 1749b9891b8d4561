// The app's start with the CPU 4× slower (a mid-range phone), in headless Chromium on the
// release build in dist/: prints a Markdown table.
//   node scripts/bench-start.mjs [runs]        (after scripts/build.sh)
// For each run, on a fresh profile (the demo day, « Mon équipe, ma région » already done):
// navigation → the app drawn (the start screen of index.html gone) → the demo plan on screen
// → the final plan (no search running), first visit then reload (service worker, stored plan),
// the elements on the page then (Journée), and the page's long tasks (over 50 ms) from navigation
// to the final plan.
// TOURNEE_DIST=dir times another build.
import { serve } from "../tests/e2e/server.mjs";
import { launchPhone, waitForServiceWorkerControl } from "../tests/e2e/browser.mjs";
import { DIST } from "../tests/e2e/dist.mjs";

const RUNS = Number(process.argv[2] || 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Milliseconds since navigation to the app drawn, to the demo plan on screen (the search's first
 * plan when it outlasts a second, see README « Journée ») and to the final plan, and the
 * long tasks meanwhile.
 */
async function timeStart(page, go) {
  await go();
  await page.locator(".technician-plan").nth(1).waitFor({ timeout: 60_000 });
  const plan = await page.evaluate(() => performance.now());
  await page.locator(".solving").waitFor({ state: "detached", timeout: 60_000 });
  return page.evaluate((plan) => ({
    drawn: window.__appDrawn,
    plan,
    final: performance.now(),
    elements: document.querySelectorAll("*").length,
    longTasks: window.__longTasks.map(Math.round),
  }), plan);
}

const server = await serve(DIST);
const first = [];
const back = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const phone = await launchPhone();
    await phone.context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
      let shown = false;
      new MutationObserver((_, observer) => {
        const starting = document.getElementById("starting");
        shown ||= starting !== null;
        if (shown && !starting) {
          window.__appDrawn = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const cdp = await phone.context.newCDPSession(phone.page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    first.push(await timeStart(phone.page, () => phone.page.goto(server.url)));
    await waitForServiceWorkerControl(phone.page);
    back.push(await timeStart(phone.page, () => phone.page.reload()));
    if (phone.errors.length) throw new Error(phone.errors.join("\n"));
    await phone.close();
  }
} finally {
  await server.close();
}

const ms = (value) => `${Math.round(value)} ms`;
console.log("| CPU 4× slower | app drawn (median) | demo plan on screen (median) | final plan (median) | elements on the page | each run: drawn / plan / final | long tasks over 50 ms (each run) |");
console.log("|---|---:|---:|---:|---:|---|---|");
for (const [name, times] of [["first visit", first], ["reload (service worker)", back]]) {
  const each = times.map((t) => `${ms(t.drawn)} / ${ms(t.plan)} / ${ms(t.final)}`).join("; ");
  const tasks = times.map((t) => (t.longTasks.length ? t.longTasks.join(", ") : "none")).join("; ");
  const medians = ["drawn", "plan", "final"].map((key) => ms(median(times.map((t) => t[key])))).join(" | ");
  console.log(`| ${name} | ${medians} | ${times[0].elements} | ${each} | ${tasks} |`);
}
