// Issue 15, « every core »: do two searches sharing their best plan reach what one search
// reaches in twice the time? Measured at equal work, so that the machine's load does not
// decide: two workers of N iterations each (the wall time of N on two free cores) against one
// worker of 2N (and of N), on the storm day and on Solomon instances, seeds 1 to 3. Prints a
// Markdown table. Usage (after `cargo build --release` and `node scripts/storm-day-andorra.mjs`):
//   node scripts/parallel-search.mjs [STORM_N] [SOLOMON_N]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const ROOT = new URL("../", import.meta.url).pathname;
const TOURNEE = process.env.TOURNEE || ROOT + "target/release/tournee";
const STORM_N = Number(process.argv[2] || 10_000);
const SOLOMON_N = Number(process.argv[3] || 250_000);
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

/** Planned jobs, vital or emergency planned, and km of the storm day's plan. */
function storm(workers, iterations, seed) {
  const day = JSON.parse(readFileSync(ROOT + "target/synth/storm-andorra.json", "utf8"));
  const weighty = new Set(day.interventions.filter((i) => i.priority !== "normal" && i.priority !== "low").map((i) => i.id));
  const options = ["--iterations", String(iterations), "--seed", String(seed), "--workers", String(workers)];
  const out = JSON.parse(tournee(["solve", ROOT + "target/synth/storm-andorra.json", "--pack", ROOT + "static/demo/andorra.bin", ...options]));
  const stops = out.plan.technicians.flatMap((t) => t.stops.filter((s) => !s.is_break).map((s) => s.id));
  const km = out.plan.technicians.reduce((sum, t) => sum + t.distance_km, 0);
  return { planned: stops.length, weighty: stops.filter((id) => weighty.has(id)).length, km };
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

console.log(`N = ${STORM_N.toLocaleString("en")} on the storm day, ${SOLOMON_N.toLocaleString("en")} on Solomon's\n`);
console.log(`| run | storm day: planned (seeds 1, 2, 3) | vital or emergency planned | km (mean) | Solomon ${SOLOMON.join(", ")}: mean gap % (seeds 1, 2, 3) | mean |`);
console.log("|---|---:|---:|---:|---:|---:|");
for (const run of RUNS) {
  const days = SEEDS.map((seed) => storm(run.workers, run.times * STORM_N, seed));
  const gaps = SEEDS.map((seed) => solomon(run.workers, run.times * SOLOMON_N, seed));
  console.log(
    `| ${run.label} | ${days.map((d) => d.planned).join(", ")} | ${days
      .map((d) => d.weighty)
      .join(", ")} | ${mean(days.map((d) => d.km)).toFixed(1)} | ${gaps.map((g) => g.toFixed(2)).join(", ")} | **${mean(gaps).toFixed(2)}** |`,
  );
}
