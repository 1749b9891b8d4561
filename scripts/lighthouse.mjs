// Lighthouse (mobile, simulated throttling) on the release build served by a plain static
// server without compression, several runs on fresh profiles; prints a Markdown table.
//   LIGHTHOUSE=/path/to/node_modules/.bin/lighthouse node scripts/lighthouse.mjs [runs]
// (after scripts/build.sh; Lighthouse from npm in a folder of its own: `npm i lighthouse@12`;
// Debian's Chromium, or CHROME_PATH). TOURNEE_DIST serves another build than dist/; with
// LIGHTHOUSE_KEEP=dir each run's JSON report stays there.
import { spawn, execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const runs = Number(process.argv[2] || 3);
const lighthouse = process.env.LIGHTHOUSE || "lighthouse";
const dist = process.env.TOURNEE_DIST || new URL("../dist/", import.meta.url).pathname;
const port = 8099;
const url = `http://127.0.0.1:${port}/`;
const keep = process.env.LIGHTHOUSE_KEEP;

/** Python's http.server: no compression, no cache headers of its own, as a plain host. */
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1"], { cwd: dist, stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 800));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
const work = await mkdtemp(join(tmpdir(), "tournee-lighthouse-"));
try {
  for (let run = 0; run < runs; run++) {
    const output = join(keep || work, `run-${run + 1}.json`);
    execFileSync(
      lighthouse,
      [
        url,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--only-categories=performance,accessibility,best-practices",
        "--output=json",
        `--output-path=${output}`,
        "--quiet",
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" }, stdio: "inherit" },
    );
    const report = JSON.parse(await readFile(output, "utf8"));
    const audit = (id) => report.audits[id];
    const score = (id) => Math.round(report.categories[id].score * 100);
    const lcpElement = audit("largest-contentful-paint-element")?.details?.items?.[0]?.items?.[0]?.node?.selector ?? "(not reported)";
    rows.push({
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      fcp: audit("first-contentful-paint").numericValue,
      lcp: audit("largest-contentful-paint").numericValue,
      tbt: audit("total-blocking-time").numericValue,
      si: audit("speed-index").numericValue,
      cls: audit("cumulative-layout-shift").numericValue,
      lcpElement,
    });
  }
} finally {
  server.kill();
  await rm(work, { recursive: true, force: true });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const line = (name, r) =>
  `| ${name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${seconds(r.fcp)} | ${seconds(r.lcp)} | ${Math.round(r.tbt)} ms | ${seconds(r.si)} | ${r.cls.toFixed(3)} | ${r.lcpElement ?? ""} |`;
console.log("| run | performance | accessibility | best practices | FCP | LCP | TBT | SI | CLS | LCP element |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
rows.forEach((r, i) => console.log(line(String(i + 1), r)));
const pick = (key) => median(rows.map((r) => r[key]));
console.log(
  line("median", {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    fcp: pick("fcp"),
    lcp: pick("lcp"),
    tbt: pick("tbt"),
    si: pick("si"),
    cls: pick("cls"),
    lcpElement: "",
  }),
);
