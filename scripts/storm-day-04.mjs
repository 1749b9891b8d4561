// A storm day at the users' scale over the synthetic département (after scripts/synth-department.sh):
// 8 technicians living in Haut Verdon and nearby towns, 600 interventions around the communes
// within 2 km of a road of target/synth/departement.bin (20 % vital or emergency, mandatory; the
// rest optional), seeded; written to target/synth/storm-04.json. `node scripts/storm-day-04.mjs N`
// makes N interventions instead, in target/synth/storm-04-N.json (the import limit's measure). Then:
//   ./target/release/tournee solve target/synth/storm-04.json --pack target/synth/departement.bin --seconds 5
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const ROOT = new URL("../", import.meta.url).pathname;
const TOURNEE = ROOT + "target/release/tournee";
const PACK = ROOT + "target/synth/departement.bin";
const COUNT = Number(process.argv[2] ?? 600);
const OUT = ROOT + (COUNT === 600 ? "target/synth/storm-04.json" : `target/synth/storm-04-${COUNT}.json`);
const HOMES = ["Saint-André-les-Alpes", "Castellane", "Digne-les-Bains", "Thorame-Haute", "Colmars", "Riez", "Sisteron", "Beauvezer"];

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

const [header, ...rows] = readFileSync(ROOT + "static/data/communes_04.csv", "utf8").trim().split("\n");
const column = (name) => header.split(",").indexOf(name);
const communes = rows
  .map((row) => row.split(","))
  .map((f) => ({ name: f[column("nom")], lat: Number(f[column("lat_mairie")]), lon: Number(f[column("lon_mairie")]) }));
const nearRoad = (c) => {
  try {
    execFileSync(TOURNEE, ["route", PACK, "--from", `${c.lat},${c.lon}`, "--to", `${c.lat},${c.lon}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const covered = communes.filter(nearRoad);
const technicians = HOMES.map((home, i) => {
  const c = covered.find((c) => c.name === home);
  if (!c) throw new Error(`${home} is not near a road of the pack`);
  const place = { lat: c.lat, lon: c.lon };
  return {
    id: `T${i + 1}`,
    name: `Technicien ${i + 1} (${home})`,
    skills: ["fibre", "copper", "civil_works", "pole"],
    shift: { start: "07:30", end: "18:00", start_place: place, end_place: place, overtime_s: 3600,
             lunch: { window: { start: "11:45", end: "14:00" }, duration_s: 1800 } },
  };
});
const windows = [null, ["08:00", "10:00"], ["10:00", "12:00"], ["13:30", "15:30"], ["15:00", "17:00"]];
const interventions = Array.from({ length: COUNT }, (_, k) => {
  const c = pick(covered);
  const roll = random();
  const priority = roll < 0.05 ? "vital" : roll < 0.2 ? "emergency" : roll < 0.8 ? "normal" : "low";
  const window = pick(windows);
  return {
    id: `STORM-${String(k).padStart(3, "0")}`,
    customer: `Client ${k} (${c.name})`,
    location: { lat: +(c.lat + (random() - 0.5) * 0.01).toFixed(5), lon: +(c.lon + (random() - 0.5) * 0.01).toFixed(5) },
    service_s: pick([1800, 2700, 3600, 5400]),
    skills: [pick(["fibre", "copper", "civil_works", "pole"])],
    priority,
    inclusion: priority === "vital" || priority === "emergency" ? "mandatory" : "optional",
    ...(window ? { windows: [{ start: window[0], end: window[1] }] } : {}),
  };
});
writeFileSync(OUT, JSON.stringify({ date: "2027-01-15", technicians, interventions }));
console.log(`${covered.length} communes near the pack's roads; 8 technicians, ${COUNT} interventions → ${OUT}`);
