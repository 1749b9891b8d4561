// The storm day of issue 15 over the demo region: 20 technicians living in five Andorran towns,
// 600 interventions scattered around the demo day's 25 places (20 % vital or emergency,
// mandatory; the rest optional), far more work than the crew can do; seeded, written to
// target/synth/storm-andorra.json (tests/e2e/first-plan.test.mjs imports the day itself). Then:
//   ./target/release/tournee solve target/synth/storm-andorra.json --pack static/demo/andorra.bin --seconds 5
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

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
  let seed = 15;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const demo = JSON.parse(readFileSync(ROOT + "static/demo/journee-andorre.json", "utf8"));
  const places = demo.interventions.map((i) => i.location);
  const technicians = Array.from({ length: 20 }, (_, i) => {
    const [home, lat, lon] = HOMES[i % HOMES.length];
    const place = { lat, lon };
    return {
      id: `T${i + 1}`,
      name: `Technicien ${i + 1} (${home})`,
      skills: ["fibre", "copper", "civil_works", "pole"],
      shift: { start: "07:30", end: "18:00", start_place: place, end_place: place, overtime_s: 3600,
               lunch: { window: { start: "11:45", end: "14:00" }, duration_s: 1800 } },
    };
  });
  const windows = [null, ["08:00", "10:00"], ["10:00", "12:00"], ["13:30", "15:30"], ["15:00", "17:00"]];
  const interventions = Array.from({ length: 600 }, (_, k) => {
    const near = pick(places);
    const roll = random();
    const priority = roll < 0.05 ? "vital" : roll < 0.2 ? "emergency" : roll < 0.8 ? "normal" : "low";
    const window = pick(windows);
    return {
      id: `ORAGE-${String(k).padStart(3, "0")}`,
      customer: `Client ${k}`,
      location: { lat: +(near.lat + (random() - 0.5) * 0.02).toFixed(5), lon: +(near.lon + (random() - 0.5) * 0.02).toFixed(5) },
      service_s: pick([1200, 1800, 2700, 3600]),
      skills: [pick(["fibre", "copper", "civil_works", "pole"])],
      priority,
      inclusion: priority === "vital" || priority === "emergency" ? "mandatory" : "optional",
      ...(window ? { windows: [{ start: window[0], end: window[1] }] } : {}),
    };
  });
  return { date: "2027-01-15", technicians, interventions };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const day = stormDayAndorra();
  mkdirSync(ROOT + "target/synth", { recursive: true });
  writeFileSync(OUT, JSON.stringify(day));
  console.log(`20 technicians, ${day.interventions.length} interventions → ${OUT}`);
}
