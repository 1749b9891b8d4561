// What the two storm-day scripts share: the seeded random numbers, a technician of the crew, and
// one intervention drawn around a place (20 % vital or emergency and mandatory, the rest
// optional; one of four windows or none). The draws are made in a fixed order, so a seed always
// gives the same day.

/** A linear congruential generator from `seed`: `random()` in [0, 1) and `pick(list)`. */
export function seeded(seed) {
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];
  return { random, pick };
}

/** Technician `i` (numbered from 1 in its id) living in `home`, at `place`: 07:30–18:00, an hour of overtime, lunch. */
export function technician(i, home, place) {
  return {
    id: `T${i + 1}`,
    name: `Technicien ${i + 1} (${home})`,
    skills: ["fibre", "copper", "civil_works", "pole"],
    shift: { start: "07:30", end: "18:00", start_place: place, end_place: place, overtime_s: 3600,
             lunch: { window: { start: "11:45", end: "14:00" }, duration_s: 1800 } },
  };
}

const WINDOWS = [null, ["08:00", "10:00"], ["10:00", "12:00"], ["13:30", "15:30"], ["15:00", "17:00"]];

/**
 * Intervention `id` for `customer` within `spread` degrees around `near`, its time on site one of
 * `services` seconds; the draws come from `draw` (see `seeded`), in the order the day needs.
 */
export function stormIntervention(draw, { id, customer, near, spread, services }) {
  const roll = draw.random();
  const priority = roll < 0.05 ? "vital" : roll < 0.2 ? "emergency" : roll < 0.8 ? "normal" : "low";
  const window = draw.pick(WINDOWS);
  return {
    id,
    customer,
    location: {
      lat: +(near.lat + (draw.random() - 0.5) * spread).toFixed(5),
      lon: +(near.lon + (draw.random() - 0.5) * spread).toFixed(5),
    },
    service_s: draw.pick(services),
    skills: [draw.pick(["fibre", "copper", "civil_works", "pole"])],
    priority,
    inclusion: priority === "vital" || priority === "emergency" ? "mandatory" : "optional",
    ...(window ? { windows: [{ start: window[0], end: window[1] }] } : {}),
  };
}
