// Where the built app is: $TOURNEE_DIST, or dist/ at the project root (trunk's output).
import { existsSync } from "node:fs";

/** Directory holding the release build under test. */
export const DIST = process.env.TOURNEE_DIST || new URL("../../dist/", import.meta.url).pathname;

if (!existsSync(`${DIST}/index.html`)) {
  throw new Error(`no build in ${DIST}: run \`trunk build --release\` first (scripts/test.sh does)`);
}
