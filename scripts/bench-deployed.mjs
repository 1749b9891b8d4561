// Installing a deployed region pack on the phone, in headless Chromium (after scripts/build.sh):
// each pack given is deployed in a copy of dist/ (as `tournee pack index` lists it), then a fresh
// phone taps « Télécharger et utiliser » in Réglages; prints a Markdown table of the time from the
// tap to « En service » (download from localhost, the whole pack read and checked, stored in
// IndexedDB, the map drawn), median of 5 phones.
//   node scripts/bench-deployed.mjs target/synth/departement.bin
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, rmSync, statSync } from "node:fs";
import { basename } from "node:path";
import { serve } from "../tests/e2e/server.mjs";
import { launchPhone } from "../tests/e2e/browser.mjs";
import { DIST } from "../tests/e2e/dist.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log("| pack | size | tap → in use (median of 5) |");
console.log("|---|---:|---:|");
for (const pack of process.argv.slice(2)) {
  const dist = `${ROOT}target/bench-deployed`;
  rmSync(dist, { recursive: true, force: true });
  cpSync(DIST, dist, { recursive: true });
  copyFileSync(pack, `${dist}/regions/${basename(pack)}`);
  execFileSync(`${ROOT}target/release/tournee`, ["pack", "index", `${dist}/regions`]);
  execFileSync("node", [`${ROOT}build/write-service-worker.mjs`, dist]);
  const server = await serve(dist);
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const phone = await launchPhone();
    try {
      await phone.page.goto(server.url + "#reglages");
      const row = phone.page.locator(`.deployed-pack[data-file="${basename(pack)}"]`);
      await row.locator(".pack-download").waitFor({ timeout: 30_000 });
      const start = Date.now();
      await row.locator(".pack-download").click();
      await row.locator(".in-use").waitFor({ timeout: 120_000 });
      times.push(Date.now() - start);
    } finally {
      await phone.close();
    }
  }
  await server.close();
  const mb = (statSync(pack).size / 1e6).toFixed(1);
  console.log(`| ${basename(pack)} | ${mb} MB | ${median(times)} ms |`);
}
