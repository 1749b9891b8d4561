// A storm day at the crews' scale in the demo region: 600 jobs over Andorra's valleys, as the
// CSV a dispatcher would import.

/** How many jobs a storm day brings. */
export const STORM_JOBS = 600;

/** The storm day's CSV: 600 fibre jobs on a grid over Andorra, each 20 min, 08:00–18:00. */
export function stormCsv() {
  const rows = ["id;client;téléphone;lat;lon;durée;créneaux;compétences;priorité;notes"];
  for (let i = 0; i < STORM_JOBS; i++) {
    const lat = (42.45 + (i % 20) * 0.009).toFixed(4);
    const lon = (1.45 + Math.floor(i / 20) * 0.009).toFixed(4);
    rows.push(`T-${i + 1};Client ${i + 1};;${lat};${lon};20;08:00-18:00;fibre;normale;`);
  }
  return rows.join("\n");
}

/** Imports the storm day on the Interventions tab of `page` (which must show it). */
export async function importStorm(page) {
  await page.locator(".import-panel input[type=file]").setInputFiles({
    name: "tempete.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(stormCsv(), "utf8"),
  });
}
