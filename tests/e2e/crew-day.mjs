// A crew lead's big day in the demo region: eight technicians and 300 normal jobs, more work
// than the crew can do, as the JSON day file the import takes.
import { readFile } from "node:fs/promises";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Technicians in the crew. */
export const CREW = 8;
/** Jobs of the day. */
export const JOBS = 300;

/** The demo day with eight technicians from homes over Andorra and 300 normal fibre jobs of 30 min. */
export async function crewDay() {
  const demo = JSON.parse(await readFile(`${ROOT}static/demo/journee-andorre.json`, "utf8"));
  const lea = demo.technicians[0];
  const homes = [[42.5063, 1.5218], [42.5360, 1.5830], [42.4660, 1.4910], [42.5450, 1.5150],
    [42.5100, 1.5400], [42.4800, 1.5000], [42.5580, 1.5330], [42.5300, 1.5650]];
  const technicians = homes.map(([lat, lon], t) => ({
    ...lea,
    id: `T${t + 1}`,
    name: `Tech ${t + 1}`,
    skills: ["fibre"],
    shift: { ...lea.shift, start_place: { lat, lon }, end_place: { lat, lon } },
  }));
  const interventions = Array.from({ length: JOBS }, (_, i) => ({
    id: `E-${i + 1}`,
    customer: `Client ${i + 1}`,
    location: { lat: 42.45 + (i % 20) * 0.009, lon: 1.45 + Math.floor(i / 20) * 0.009 },
    service_s: 1800,
    windows: [{ start: "08:00", end: "18:00" }],
    skills: ["fibre"],
    priority: "normal",
    inclusion: "optional",
  }));
  return JSON.stringify({ ...demo, technicians, interventions });
}
