// Trunk post_build hook: puts a Content-Security-Policy in index.html, then writes sw.js into
// the staged build with the list of every built file (by its hashed name) and a build id
// hashed from their contents.
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

/** Fails the build when regions/index.json does not list exactly the packs beside it, by size. */
function checkDeployedPacks() {
  const dir = join(staging, "regions");
  const packs = readdirSync(dir).filter((name) => name.endsWith(".bin"));
  const listed = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")).packs;
  const stale = [
    ...packs
      .filter((name) => listed.find((p) => p.file === name)?.bytes !== statSync(join(dir, name)).size)
      .map((name) => `${name} is not listed, or listed with another size`),
    ...listed.filter((p) => !packs.includes(p.file)).map((p) => `${p.file} is listed but missing`),
  ];
  if (stale.length) {
    console.error(`static/regions/index.json is stale: ${stale.join("; ")}.`);
    console.error("Run: tournee pack index static/regions   (then build again)");
    process.exit(1);
  }
}
checkDeployedPacks();

/**
 * Puts a Content-Security-Policy in the built index.html: scripts only from the app itself
 * (trunk's inline start-up script allowed by its hash, WebAssembly compiled), no plug-ins, no
 * other origin for anything. Styles may be inline: the interface sets style attributes (the
 * map's zoom preview, bar widths).
 */
function addContentSecurityPolicy() {
  const path = join(staging, "index.html");
  const html = readFileSync(path, "utf8");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const withPolicy = html.replace(/<meta charset="utf-8" ?\/?>/, (charset) => `${charset}\n    ${meta}`);
  if (withPolicy === html) {
    console.error("write-service-worker: no <meta charset> in index.html to put the Content-Security-Policy after");
    process.exit(1);
  }
  writeFileSync(path, withPolicy);
  console.log(`index.html: Content-Security-Policy with ${hashes.length} inline script hash(es)`);
}
addContentSecurityPolicy();

// Deployed region packs are downloaded by the app on demand (one of them, into IndexedDB),
// never precached: a phone should not fetch every département's pack with the app.
const isDeployedPack = (path) => path.startsWith("regions/") && path.endsWith(".bin");
const files = filesUnder(staging).filter((path) => path !== SERVICE_WORKER && !isDeployedPack(path));
const hash = createHash("sha256");
for (const path of files) {
  hash.update(path).update("\0").update(readFileSync(join(staging, path))).update("\0");
}
const buildId = hash.digest("hex").slice(0, 16);
const template = readFileSync(fileURLToPath(new URL("service-worker.js", import.meta.url)), "utf8");
const worker = template.replace("__BUILD_ID__", buildId).replace("__PRECACHE__", JSON.stringify(files, null, 2));
writeFileSync(join(staging, SERVICE_WORKER), worker);
console.log(`sw.js: build ${buildId}, ${files.length} files precached`);
