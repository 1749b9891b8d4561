// A storm day at the users' scale over the synthetic département (after scripts/synth-department.sh):
// 8 technicians living in Haut Verdon and nearby towns, 600 interventions around the communes
// within 2 km of a road of target/synth/departement.bin (20 % vital or emergency, mandatory; the
// rest optional), seeded; written to target/synth/storm-04.json. `node scripts/storm-day-04.mjs N`
// makes N interventions instead, in target/synth/storm-04-N.json (the import limit's measure). Then:
//   ./target/release/tournee solve target/synth/storm-04.json --pack target/synth/departement.bin --seconds 5
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { seeded, stormIntervention, technician } from "./storm-day-common.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const TOURNEE = ROOT + "target/release/tournee";
const PACK = ROOT + "target/synth/departement.bin";
const COUNT = Number(process.argv[2] ?? 600);
const OUT = ROOT + (COUNT === 600 ? "target/synth/storm-04.json" : `target/synth/storm-04-${COUNT}.json`);
const HOMES = ["Saint-André-les-Alpes", "Castellane", "Digne-les-Bains", "Thorame-Haute", "Colmars", "Riez", "Sisteron", "Beauvezer"];

const draw = seeded(7);

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
  return technician(i, home, { lat: c.lat, lon: c.lon });
});
const interventions = Array.from({ length: COUNT }, (_, k) => {
  const c = draw.pick(covered);
  const id = `STORM-${String(k).padStart(3, "0")}`;
  return stormIntervention(draw, { id, customer: `Client ${k} (${c.name})`, near: c, spread: 0.01, services: [1800, 2700, 3600, 5400] });
});
writeFileSync(OUT, JSON.stringify({ date: "2027-01-15", technicians, interventions }));
console.log(`${covered.length} communes near the pack's roads; 8 technicians, ${COUNT} interventions → ${OUT}`);
