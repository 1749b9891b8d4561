// Trunk post_build hook: writes sw.js into the staged build with the list of every
// built file (by its hashed name) and a build id hashed from their contents.
// Never a hand-kept list: whatever trunk emitted is what the service worker precaches.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const SERVICE_WORKER = "sw.js";
const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!staging) {
  console.error("write-service-worker: set TRUNK_STAGING_DIR or pass the built directory");
  process.exit(2);
}

/** Every file under `dir`, as paths relative to `root` with forward slashes, sorted. */
function filesUnder(dir, root = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join("/")];
    })
    .sort();
}

const files = filesUnder(staging).filter((path) => path !== SERVICE_WORKER);
const hash = createHash("sha256");
for (const path of files) {
  hash.update(path).update("\0").update(readFileSync(join(staging, path))).update("\0");
}
const buildId = hash.digest("hex").slice(0, 16);
const template = readFileSync(fileURLToPath(new URL("service-worker.js", import.meta.url)), "utf8");
const worker = template.replace("__BUILD_ID__", buildId).replace("__PRECACHE__", JSON.stringify(files, null, 2));
writeFileSync(join(staging, SERVICE_WORKER), worker);
console.log(`sw.js: build ${buildId}, ${files.length} files precached`);
