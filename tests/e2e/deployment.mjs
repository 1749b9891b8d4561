// An installation of Tournée for a Haut Verdon crew, as the README's recipe makes it: the built
// app copied, a region pack built with `tournee pack build … --within <communes>` from the
// department-sized extract, copied into regions/, listed by `tournee pack index`, and the
// service worker written again (the build's post_build hook). Made once per test run.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { DIST } from "./dist.mjs";
import { departmentExtract, tournee } from "./synth.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
/** Saint-André-les-Alpes, Castellane, Thorame-Basse, Thorame-Haute, Colmars, Allos, Beauvezer. */
export const HAUT_VERDON = "04173,04039,04218,04219,04061,04006,04025";
/** The pack's file name in regions/. */
export const PACK_FILE = "haut-verdon.bin";

/** Builds the Haut Verdon pack into `path` (once per binary, then copied); `marginKm` varies
 * it to make a "newer" pack. */
export function buildPack(path, marginKm = 5) {
  const built = `${ROOT}target/e2e-deployed/haut-verdon-${marginKm}km.bin`;
  if (!existsSync(built) || statSync(built).mtimeMs < statSync(tournee()).mtimeMs) {
    mkdirSync(`${ROOT}target/e2e-deployed`, { recursive: true });
    const area = ["--within", HAUT_VERDON, "--margin-km", String(marginKm), "--name", "Haut Verdon"];
    execFileSync(tournee(), ["pack", "build", departmentExtract(), "-o", built, ...area]);
  }
  copyFileSync(built, path);
}

/** Lists the packs of `dist`/regions and writes the service worker of `dist` again, as a build does. */
export function redeploy(dist) {
  execFileSync(tournee(), ["pack", "index", `${dist}/regions`]);
  execFileSync("node", [ROOT + "build/write-service-worker.mjs", dist]);
}

/** A copy of the built app with the Haut Verdon pack deployed; returns its folder. */
export function deployedApp(name) {
  const dist = `${ROOT}target/e2e-deployed/${name}`;
  rmSync(dist, { recursive: true, force: true });
  cpSync(DIST, dist, { recursive: true });
  buildPack(`${dist}/regions/${PACK_FILE}`);
  redeploy(dist);
  return dist;
}
