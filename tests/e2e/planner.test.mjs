// Issue 12: one planner worker holds the decoded region. The region's pack goes to it, and is
// decoded, once: the next solve of the day over the same region sends only the day (its console
// line says « région 0.0 ms »), and a solve cancelled by « Annuler » starts a new worker that
// decodes the region again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone } from "./browser.mjs";
import { optimiseThenCancel } from "./solving.mjs";

/** Records the region decoding time of each plan the worker sends, from the console. */
function watchSolves(page) {
  const solves = [];
  page.on("console", (message) => {
    const found = message.text().match(/journée optimisée dans le worker — région ([\d.]+) ms/);
    if (found) solves.push(Number(found[1]));
  });
  return solves;
}

/** Waits until `count` plans have arrived. */
async function plans(page, solves, count) {
  for (let tries = 0; tries < 300 && solves.length < count; tries++) await page.waitForTimeout(100);
  assert.equal(solves.length, count, `plans received: ${solves.join(", ")}`);
}

test("the region is decoded once for the solves that follow, and again only after a cancel", async () =>
  onPhone({}, async ({ page, server }) => {
    const solves = watchSolves(page);
    await page.goto(server.url);
    await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
    await plans(page, solves, 1);
    assert.ok(solves[0] > 0, `the first solve decodes the region: ${solves[0]} ms`);

    const optimise = page.getByRole("button", { name: "Optimiser", exact: true });
    await optimise.click();
    await plans(page, solves, 2);
    assert.equal(solves[1], 0, "the second solve reuses the region the worker kept");

    await optimiseThenCancel(page);
    await page.locator(".solving").waitFor({ state: "detached" });
    await optimise.click();
    await plans(page, solves, 3);
    assert.ok(solves[2] > 0, `after a cancel a new worker decodes the region again: ${solves[2]} ms`);
    console.log(`region decoding per solve (ms): ${solves.join(", ")}`);
  }));
