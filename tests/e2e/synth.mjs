// The department-sized extract of the end-to-end tests, generated from the committed Andorra
// extract by the project's own command line (`tournee synth department`, built by the native
// tests that run first): 16 copies over Alpes-de-Haute-Provence, roads only, 15 MB, 73,024
// junctions. Generated once into target/synth-e2e/ and reused.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The newest `tournee` binary (built by the native tests that run first). */
export function tournee() {
  const binary = ["target/debug/tournee", "target/release/tournee"]
    .map((path) => ROOT + path)
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!binary) throw new Error("no tournee binary: run `cargo test` or `cargo build --bin tournee` first");
  return binary;
}

/** Path of the roads-only department extract, generated if missing or older than the generator. */
export function departmentExtract() {
  const binary = tournee();
  const folder = ROOT + "target/synth-e2e";
  const extract = `${folder}/departement-routes.osm.pbf`;
  if (!existsSync(extract) || statSync(extract).mtimeMs < statSync(binary).mtimeMs) {
    mkdirSync(folder, { recursive: true });
    execFileSync(binary, ["synth", "department", ROOT + "tests/data/andorra-2025-01-19.osm.pbf", "-o", extract, "--roads-only"]);
  }
  return extract;
}
