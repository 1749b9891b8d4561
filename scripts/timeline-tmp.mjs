import { serve } from "../tests/e2e/server.mjs";
import { launchPhone } from "../tests/e2e/browser.mjs";
import { DIST } from "../tests/e2e/dist.mjs";
const server = await serve(DIST);
const runs = Number(process.argv[2] || 2);
for (let run = 0; run < runs; run++) {
  const phone = await launchPhone();
  await phone.context.addInitScript(() => {
    window.__log = [];
    for (const k of ["info", "log", "warn"]) { const o = console[k]; console[k] = (...a) => { window.__log.push([Math.round(performance.now()), String(a[0]).slice(0, 200)]); o.apply(console, a); }; }
    let shown = false;
    new MutationObserver((_, observer) => {
      const starting = document.getElementById("starting");
      shown ||= starting !== null;
      if (shown && !starting) { window.__appDrawn = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  const workerLogs = [];
  phone.page.on("worker", (w) => w.on("console", (m) => workerLogs.push(m.text().slice(0, 200))));
  const cdp = await phone.context.newCDPSession(phone.page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
  await phone.page.goto(server.url);
  await phone.page.locator(".technician-plan").nth(1).waitFor({ timeout: 60_000 });
  const out = await phone.page.evaluate(() => ({
    plan: Math.round(performance.now()), drawn: Math.round(window.__appDrawn), log: window.__log,
    resources: performance.getEntriesByType("resource").map((e) => [e.name.split("/").pop().slice(0, 40), Math.round(e.startTime), Math.round(e.responseEnd)]),
    paints: performance.getEntriesByType("paint").map((e) => [e.name, Math.round(e.startTime)]),
  }));
  console.log(JSON.stringify(out, null, 0));
  const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.end"); await done;
  const names = new Map();
  for (const e of events) if (e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args.name);
  const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationStartToFirstContentfulPaint" );
  const t0 = Math.min(...events.filter((e) => e.name === "navigationStart").map((e) => e.ts));
  const rows = [];
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask" || (e.dur || 0) < 15000) continue;
    const thread = names.get(`${e.pid}:${e.tid}`) || e.tid;
    if (!/CrRendererMain|Worker/.test(thread)) continue;
    const inner = events.filter((f) => f.pid === e.pid && f.tid === e.tid && f.ph === "X" && f.ts >= e.ts && f.ts < e.ts + e.dur && f !== e && (f.dur || 0) > 5000).map((f) => `${f.name}${f.args?.data?.url ? "(" + f.args.data.url.split("/").pop().slice(0,30) + ")" : ""}${f.args?.data?.functionName ? "[" + f.args.data.functionName + "]" : ""}:${Math.round(f.dur / 1000)}`).slice(0, 6);
    rows.push([Math.round((e.ts - t0) / 1000), Math.round(e.dur / 1000), thread, inner.join(" ")]);
  }
  rows.sort((a, b) => a[0] - b[0]).forEach((r) => console.log(r.join("\t")));
  console.log("worker:", workerLogs.join(" | "));
  await phone.close();
}
await server.close();
