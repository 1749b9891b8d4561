// Where a first visit's time goes, with the CPU 4× slower, in headless Chromium on the release
// build in dist/: what the page fetched and when, the worker's own timing of the demo day, and
// every task over 15 ms on the page's thread and the worker's (from a Chrome trace), with the
// longest events inside each. Prints Markdown; one fresh profile per run (the demo day,
// « Mon équipe, ma région » already done, as scripts/bench-start.mjs).
//   node scripts/start-timeline.mjs [runs]        (after scripts/build.sh)
// TOURNEE_DIST=dir times another build. Tracing slows the page a little: the times to the plan
// are bench-start's, this says what fills them.
import { serve } from "../tests/e2e/server.mjs";
import { launchPhone } from "../tests/e2e/browser.mjs";
import { DIST } from "../tests/e2e/dist.mjs";

const RUNS = Number(process.argv[2] || 1);
const LONG_US = 15_000;
const INSIDE_US = 5_000;

/** The file name an event or a resource is about, shortened. */
const fileOf = (url) => url.split("/").pop().slice(0, 32);

/** A short label for a trace event: its name, the script or function it ran. */
function label(event) {
  const data = event.args?.data ?? {};
  const where = data.url ? `(${fileOf(data.url)})` : data.functionName ? `[${data.functionName}]` : "";
  return `${event.name}${where} ${Math.round(event.dur / 1000)}`;
}

/** The tasks over LONG_US on the page's and the worker's threads, with what they held. */
function longTasks(events) {
  const threads = new Map();
  for (const e of events) if (e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const start = Math.min(...events.filter((e) => e.name === "navigationStart").map((e) => e.ts));
  const complete = events.filter((e) => e.ph === "X" && e.dur > 0);
  return complete
    .filter((e) => e.name === "RunTask" && e.dur >= LONG_US && e.ts >= start)
    .map((task) => ({ task, thread: threads.get(`${task.pid}:${task.tid}`) ?? String(task.tid) }))
    .filter(({ thread }) => /CrRendererMain|DedicatedWorker/.test(thread))
    .map(({ task, thread }) => {
      const inside = complete
        .filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur)
        .filter((e) => e.dur >= INSIDE_US && e.name !== "RunTask")
        .slice(0, 4);
      return [Math.round((task.ts - start) / 1000), Math.round(task.dur / 1000), thread, inside.map(label).join("; ")];
    })
    .sort((a, b) => a[0] - b[0]);
}

const server = await serve(DIST);
try {
  for (let run = 1; run <= RUNS; run++) {
    const phone = await launchPhone();
    const { page } = phone;
    const worker = [];
    page.on("console", (message) => {
      if (/journée optimisée dans le worker/.test(message.text())) worker.push(message.text());
    });
    const cdp = await phone.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const events = [];
    cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
    await cdp.send("Tracing.start", {
      categories: "devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline",
      transferMode: "ReportEvents",
    });
    await page.goto(server.url);
    await page.locator(".technician-plan").nth(1).waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => ({
      plan: Math.round(performance.now()),
      resources: performance.getEntriesByType("resource").map((e) => [e.name, Math.round(e.startTime), Math.round(e.responseEnd)]),
    }));
    const traced = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
    await cdp.send("Tracing.end");
    await traced;
    console.log(`\n#### Run ${run}: the demo plan on screen at ${seen.plan} ms\n`);
    console.log(`Worker: ${worker.join(" / ") || "no timing line"}\n`);
    console.log("| fetched | from ms | to ms |\n|---|---:|---:|");
    for (const [name, from, to] of seen.resources) console.log(`| ${fileOf(name)} | ${from} | ${to} |`);
    console.log(`\n| task from ms | ms | thread | longest inside (ms) |\n|---:|---:|---|---|`);
    for (const row of longTasks(events)) console.log(`| ${row.join(" | ")} |`);
    if (phone.errors.length) throw new Error(phone.errors.join("\n"));
    await phone.close();
  }
} finally {
  await server.close();
}
