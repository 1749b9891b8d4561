// Issue 15, « every core »: do two searches sharing their best plan reach what one search
// reaches in twice the time? Measured at equal work, so that the machine's load does not
// decide: two workers of N iterations each (the wall time of N on two free cores) against one
// worker of 2N (and of N), on the storm day or on six Solomon instances, seeds 1 to 3. Prints a
// Markdown table. Usage (after `cargo build --release` and `node scripts/storm-day-andorra.mjs`):
//   node scripts/parallel-search.mjs storm [N=10000]
//   node scripts/parallel-search.mjs solomon [N=250000]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const ROOT = new URL("../", import.meta.url).pathname;
const TOURNEE = process.env.TOURNEE || ROOT + "target/release/tournee";
const BENCH = process.argv[2] === "solomon" ? "solomon" : "storm";
const N = Number(process.argv[3] || (BENCH === "solomon" ? 250_000 : 10_000));
const SEEDS = [1, 2, 3];
const SOLOMON = ["R103", "R110", "R208", "RC103", "RC202", "RC207"];
const RUNS = [
  { label: "1 worker, N iterations", workers: 1, times: 1 },
  { label: "1 worker, 2N iterations", workers: 1, times: 2 },
  { label: "**2 workers, N iterations each**", workers: 2, times: 1 },
];

const tournee = (args) => execFileSync(TOURNEE, args, { encoding: "utf8", maxBuffer: 1 << 28 });
/** The fields of one CSV line, honouring double quotes. */
const csvFields = (line) => [...line.matchAll(/("[^"]*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "")).slice(0, -1);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** The optimiser's weight of a job left out (`Priority::unplanned_weight`, ×100 when mandatory). */
const WEIGHT = { vital: 1_000_000, emergency: 10_000, normal: 100, low: 1 };
const weightOf = (job) => WEIGHT[job.priority] * (job.inclusion === "mandatory" ? 100 : 1);

/** Planned jobs, the weight of those left out, vital or emergency planned, and km of the storm day's plan. */
function storm(workers, iterations, seed) {
  const day = JSON.parse(readFileSync(ROOT + "target/synth/storm-andorra.json", "utf8"));
  const jobs = new Map(day.interventions.map((job) => [job.id, job]));
  const weighty = new Set(day.interventions.filter((i) => i.priority !== "normal" && i.priority !== "low").map((i) => i.id));
  const options = ["--iterations", String(iterations), "--seed", String(seed), "--workers", String(workers)];
  const out = JSON.parse(tournee(["solve", ROOT + "target/synth/storm-andorra.json", "--pack", ROOT + "static/demo/andorra.bin", ...options]));
  const stops = out.plan.technicians.flatMap((t) => t.stops.filter((s) => !s.is_break).map((s) => s.id));
  const km = out.plan.technicians.reduce((sum, t) => sum + t.distance_km, 0);
  const leftOut = out.plan.unplanned.reduce((sum, job) => sum + weightOf(jobs.get(job.id)), 0);
  return { planned: stops.length, leftOut, weighty: stops.filter((id) => weighty.has(id)).length, km };
}

/** Mean gap to the best known distance over the Solomon instances, every solution checked. */
function solomon(workers, iterations, seed) {
  const [header, ...rows] = readFileSync(ROOT + "tests/data/solomon/bks.csv", "utf8").trim().split("\n").map(csvFields);
  const column = header.indexOf("ref_dist_double");
  const bks = new Map(rows.map((row) => [row[0], Number(row[column])]));
  const files = SOLOMON.map((name) => `${ROOT}tests/data/solomon/${name}.txt`);
  const lines = tournee(["bench", "solomon", ...files, "--iterations", String(iterations), "--seed", String(seed), "--workers", String(workers), "--json"])
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  if (!lines.every((line) => line.feasible)) throw new Error("an infeasible solution");
  return mean(lines.map((line) => (100 * (line.distance - bks.get(line.instance))) / bks.get(line.instance)));
}

console.log(`N = ${N.toLocaleString("en")}, seeds ${SEEDS.join(", ")}\n`);
if (BENCH === "storm") {
  console.log("| run | planned | weight left out (the objective's first term) | vital or emergency planned | km (mean) |");
  console.log("|---|---:|---:|---:|---:|");
  for (const run of RUNS) {
    const days = SEEDS.map((seed) => storm(run.workers, run.times * N, seed));
    const list = (key) => days.map((d) => d[key].toLocaleString("en")).join(", ");
    console.log(`| ${run.label} | ${list("planned")} | ${list("leftOut")} | ${list("weighty")} | ${mean(days.map((d) => d.km)).toFixed(1)} |`);
  }
} else {
  console.log(`| run | ${SOLOMON.join(", ")}: mean gap % by seed | mean |`);
  console.log("|---|---:|---:|");
  for (const run of RUNS) {
    const gaps = SEEDS.map((seed) => solomon(run.workers, run.times * N, seed));
    console.log(`| ${run.label} | ${gaps.map((g) => g.toFixed(2)).join(", ")} | **${mean(gaps).toFixed(2)}** |`);
  }
}
