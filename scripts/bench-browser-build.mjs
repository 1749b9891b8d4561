// Building a region pack in the app's worker, in headless Chromium, from extracts given on the
// command line (after scripts/build.sh and scripts/synth-department.sh): prints a Markdown table
// of the build time (picked file → region in use), the worker's time and its peak WebAssembly
// memory, as the worker reports them.
//   node scripts/bench-browser-build.mjs target/synth/departement-routes.osm.pbf target/synth/departement.osm.pbf
import { serve } from "../tests/e2e/server.mjs";
import { launchPhone } from "../tests/e2e/browser.mjs";
import { DIST } from "../tests/e2e/dist.mjs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";

const files = process.argv.slice(2);
if (files.length === 0) throw new Error("usage: node scripts/bench-browser-build.mjs <extract.osm.pbf>…");
const server = await serve(DIST);
console.log("| extract | size | junctions | picked → region in use | worker build | worker peak memory |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const file of files) {
  const phone = await launchPhone();
  const { page } = phone;
  let reported = null;
  page.on("console", (message) => {
    const found = message.text().match(/pack built: (\d+) junctions in (\d+) ms, worker memory (\d+) MB/);
    if (found) reported = found.slice(1).map(Number);
  });
  try {
    await page.goto(server.url + "#reglages");
    await page.locator(".region-card .region-name").waitFor();
    const name = basename(file).replace(/\.osm\.pbf$/, "");
    const started = Date.now();
    await page.locator('.region-card input[type="file"]').setInputFiles(file);
    await page.locator(".region-card .region-name", { hasText: name }).waitFor({ timeout: 600_000 });
    const elapsed = (Date.now() - started) / 1000;
    const size = (await stat(file)).size / 1e6;
    const [junctions, buildMs, memoryMb] = reported ?? [NaN, NaN, NaN];
    console.log(
      `| ${basename(file)} | ${size.toFixed(1)} MB | ${junctions} | ${elapsed.toFixed(1)} s | ${(buildMs / 1000).toFixed(1)} s | ${memoryMb} MB |`,
    );
    if (phone.errors.length) console.log(`page errors: ${phone.errors.join("; ")}`);
  } catch (error) {
    const alert = await page.locator(".region-card .error").textContent().catch(() => "");
    console.log(`| ${basename(file)} | failed: ${error.message.split("\n")[0]} ${alert} |`);
  } finally {
    await phone.close();
  }
}
await server.close();
