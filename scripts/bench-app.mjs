// The app's figures in headless Chromium (release build in dist/): prints a Markdown table.
//   node scripts/bench-app.mjs            (after scripts/build.sh)
// - navigation → demo plan on screen, with the CPU throttled 4× (a mid-range phone), first
//   visit and return visit (service worker), median of 5;
// - the optimiser's time in the worker for the demo day (reported by the worker);
// - a large day (300 interventions, 10 technicians): import → first plan and final plan on screen, the longest
//   task on the page's main thread, and memory once planned (JS heap and WebAssembly);
// - the storm day of issue 15 (600 interventions, 20 technicians): import → first plan and final
//   plan on screen, the worker's iterations in its cap.
import { serve } from "../tests/e2e/server.mjs";
import { launchPhone, waitForServiceWorkerControl } from "../tests/e2e/browser.mjs";
import { DIST } from "../tests/e2e/dist.mjs";
import { readFile } from "node:fs/promises";
import { stormDayAndorra } from "./storm-day-andorra.mjs";

const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A page on a fresh phone profile, CPU throttled `rate` times, with the worker's timings collected. */
async function throttledPhone(rate) {
  const phone = await launchPhone();
  const cdp = await phone.context.newCDPSession(phone.page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  phone.timings = [];
  phone.page.on("console", (message) => {
    const found = message.text().match(/préparation (\d+) ms, optimisation (\d+) ms, (\d+) itérations/);
    if (found) phone.timings.push(found.slice(1).map(Number));
  });
  return { ...phone, cdp };
}

/**
 * Milliseconds from `started` to the first plan on screen (shown while a search that outlasts a
 * second goes on), or 0 when the search ended before it showed.
 */
async function firstPlanMs(page, started) {
  await page.waitForFunction(() => document.querySelector(".first-plan .technician-plan") || !document.querySelector(".solving"), null, { timeout: 120_000 });
  return (await page.locator(".first-plan").count()) > 0 ? Date.now() - started : 0;
}

/** Milliseconds from navigation (or reload) to the demo plan's two technicians on screen. */
async function timeToPlan(page, go) {
  const started = Date.now();
  await go();
  await page.locator(".technician-plan").nth(1).waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

/** A day of `jobs` interventions and `technicians` technicians spread over the demo region. */
async function largeDay(jobs, technicians) {
  const demo = JSON.parse(await readFile(new URL("../static/demo/journee-andorre.json", import.meta.url), "utf8"));
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const places = demo.interventions.map((job) => job.location);
  const interventions = Array.from({ length: jobs }, (_, i) => {
    const base = places[i % places.length];
    const start = 8 + Math.floor(random() * 8);
    return {
      id: `L-${i + 1}`,
      customer: `Client ${i + 1}`,
      location: { lat: base.lat + (random() - 0.5) * 0.004, lon: base.lon + (random() - 0.5) * 0.004 },
      service_s: 900 + Math.floor(random() * 4) * 300,
      windows: random() < 0.6 ? [{ start: `${String(start).padStart(2, "0")}:00`, end: `${String(start + 2).padStart(2, "0")}:00` }] : [],
      skills: [["fibre"], ["copper"], []][i % 3],
      priority: i % 25 === 0 ? "vital" : "normal",
      inclusion: i % 4 === 0 ? "optional" : "mandatory",
    };
  });
  const crew = Array.from({ length: technicians }, (_, t) => ({
    ...demo.technicians[t % demo.technicians.length],
    id: `T${t + 1}`,
    name: `Technicien ${t + 1}`,
    skills: ["fibre", "copper", "civil_works", "pole"],
  }));
  return JSON.stringify({ date: demo.date, technicians: crew, interventions });
}

const server = await serve(DIST);
const rows = [];
try {
  // First visits (nothing cached) and return visits (service worker, stored day and plan).
  const first = [];
  const back = [];
  const worker = [];
  for (let run = 0; run < RUNS; run++) {
    const phone = await throttledPhone(4);
    first.push(await timeToPlan(phone.page, () => phone.page.goto(server.url)));
    worker.push(...phone.timings);
    await waitForServiceWorkerControl(phone.page);
    back.push(await timeToPlan(phone.page, () => phone.page.reload()));
    await phone.close();
  }
  rows.push(["Navigation → demo plan on screen, first visit, CPU 4× slower", `${median(first)} ms`, `median of ${RUNS}: ${first.join(", ")}`]);
  rows.push(["Reload → demo plan on screen, return visit (cached app, stored plan), CPU 4× slower", `${median(back)} ms`, `median of ${RUNS}: ${back.join(", ")}`]);
  const solveMs = worker.map((t) => t[1]);
  rows.push(["Optimiser in the worker, demo day (25 jobs, 2 technicians, 20,000 iterations), CPU 4× slower", `${median(solveMs)} ms`, `each run: ${solveMs.join(", ")}; plus ${median(worker.map((t) => t[0]))} ms to read the pack and route the matrix`]);

  // Without throttling: the same worker figure, as on a recent phone.
  const fast = await throttledPhone(1);
  await timeToPlan(fast.page, () => fast.page.goto(server.url));
  rows.push(["Optimiser in the worker, demo day, no throttling", `${fast.timings[0][1]} ms`, `plus ${fast.timings[0][0]} ms preparation`]);

  // A large day.
  await fast.page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await fast.page.locator(".bottom-nav .tab").nth(2).click();
  const started = Date.now();
  await fast.page.locator(".import-panel input[type=file]").setInputFiles({ name: "grande-journee.json", mimeType: "application/json", buffer: Buffer.from(await largeDay(300, 10)) });
  await fast.page.locator(".import-report").waitFor();
  const report = await fast.page.locator(".import-report").textContent();
  if (!report.includes("300 intervention")) throw new Error(`import: ${report}`);
  await fast.page.locator(".bottom-nav .tab").nth(0).click();
  await fast.page.locator(".technician-plan, .error").first().waitFor({ timeout: 120_000 });
  if ((await fast.page.locator(".error").count()) > 0) throw new Error(`plan: ${await fast.page.locator(".error").textContent()}`);
  const firstMs = await firstPlanMs(fast.page, started);
  await fast.page.locator(".technician-plan").nth(9).waitFor({ state: "attached", timeout: 120_000 });
  await fast.page.waitForFunction(() => !document.querySelector(".solving"), null, { timeout: 120_000 });
  const largeMs = Date.now() - started;
  const planned = await fast.page.locator(".stop:not(.stop-break)").count();
  const longest = await fast.page.evaluate(() => window.__longest);
  const timing = fast.timings.at(-1);
  const heap = await fast.cdp.send("Runtime.getHeapUsage");
  await fast.page.locator(".top-bar button, header button").last().click();
  const wasmBytes = Number(await fast.page.locator(".memory").getAttribute("data-bytes"));
  await fast.page.locator(".overlay").getByRole("button", { name: "Fermer" }).click();
  rows.push(["Large day (300 jobs, 10 technicians): import → first plan on screen", firstMs ? `${firstMs} ms` : "not shown", firstMs ? "shown while the search goes on" : "the search ended within a second"]);
  rows.push(["Large day (300 jobs, 10 technicians): import → plan on screen", `${largeMs} ms`, `${planned} jobs planned; worker: ${timing[0]} ms preparation, ${timing[1]} ms optimisation (${timing[2]} iterations)`]);
  rows.push(["Large day: longest task on the page's main thread", `${Math.round(longest)} ms`, "the optimiser runs in the worker; this is rendering"]);
  rows.push(["Large day: memory once planned", `${(heap.usedSize / 1e6).toFixed(1)} MB JS heap + ${(wasmBytes / 1e6).toFixed(1)} MB WebAssembly`, "page only (the worker's memory is freed with it after each run)"]);

  // The storm day of issue 15: 600 jobs, 20 technicians, far more work than they can do.
  await fast.page.locator(".bottom-nav .tab").nth(2).click();
  const stormStarted = Date.now();
  await fast.page.locator(".import-panel input[type=file]").setInputFiles({ name: "orage.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(stormDayAndorra())) });
  await fast.page.locator(".import-report", { hasText: "600 intervention" }).waitFor({ timeout: 60_000 });
  await fast.page.locator(".bottom-nav .tab").nth(0).click();
  const stormFirstMs = await firstPlanMs(fast.page, stormStarted);
  await fast.page.waitForFunction((count) => !document.querySelector(".solving") && document.querySelectorAll(".technician-plan").length === count, 20, { timeout: 120_000 });
  const stormMs = Date.now() - stormStarted;
  const stormPlanned = await fast.page.locator(".stop:not(.stop-break)").count();
  const storm = fast.timings.at(-1);
  rows.push(["Storm day (600 jobs, 20 technicians): import → first plan on screen", stormFirstMs ? `${stormFirstMs} ms` : "not shown", "shown while the search goes on"]);
  rows.push(["Storm day: import → plan on screen", `${stormMs} ms`, `${stormPlanned} jobs planned; worker: ${storm[0]} ms preparation, ${storm[1]} ms optimisation (${storm[2]} iterations)`]);
  await fast.close();
} finally {
  await server.close();
}
console.log("| figure | value | notes |\n|---|---:|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
