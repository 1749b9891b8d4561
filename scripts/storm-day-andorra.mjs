// The storm day of issue 15 over the demo region: 20 technicians living in five Andorran towns,
// 600 interventions scattered around the demo day's 25 places (20 % vital or emergency,
// mandatory; the rest optional), far more work than the crew can do; seeded, written to
// target/synth/storm-andorra.json (tests/e2e/first-plan.test.mjs imports the day itself). Then:
//   ./target/release/tournee solve target/synth/storm-andorra.json --pack static/demo/andorra.bin --seconds 5
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { seeded, stormIntervention, technician } from "./storm-day-common.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const OUT = ROOT + "target/synth/storm-andorra.json";
const HOMES = [
  ["Andorra la Vella", 42.5063, 1.5218],
  ["Encamp", 42.536, 1.583],
  ["Sant Julià de Lòria", 42.4637, 1.4912],
  ["La Massana", 42.5449, 1.5148],
  ["Canillo", 42.5667, 1.5994],
];

/** The storm day as the day file the import takes: the same day at every call. */
export function stormDayAndorra() {
  const draw = seeded(15);
  const demo = JSON.parse(readFileSync(ROOT + "static/demo/journee-andorre.json", "utf8"));
  const places = demo.interventions.map((i) => i.location);
  const technicians = Array.from({ length: 20 }, (_, i) => {
    const [home, lat, lon] = HOMES[i % HOMES.length];
    return technician(i, home, { lat, lon });
  });
  const interventions = Array.from({ length: 600 }, (_, k) => {
    const near = draw.pick(places);
    const id = `ORAGE-${String(k).padStart(3, "0")}`;
    return stormIntervention(draw, { id, customer: `Client ${k}`, near, spread: 0.02, services: [1200, 1800, 2700, 3600] });
  });
  return { date: "2027-01-15", technicians, interventions };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const day = stormDayAndorra();
  mkdirSync(ROOT + "target/synth", { recursive: true });
  writeFileSync(OUT, JSON.stringify(day));
  console.log(`20 technicians, ${day.interventions.length} interventions → ${OUT}`);
}
