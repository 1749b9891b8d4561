// Issue 15, « every core »: a phone with several cores plans the day with several planner
// workers at once (one per core, one core left to the page, at most four), which share their
// best plan at each of the search's epochs. The same day and number of workers give the same
// plan; the console line of each plan says how many searches ran and their iterations in all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS } from "./browser.mjs";
import { optimiseThenCancel } from "./solving.mjs";
import { stormDayAndorra } from "../../scripts/storm-day-andorra.mjs";

const PHONE = { viewport: { width: 390, height: 844 } };

/** A phone announcing `cores` processors, counting the workers the page starts. */
async function withCores(context, cores) {
  await context.addInitScript((cores) => {
    Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => cores });
    const Started = window.Worker;
    window.__workersStarted = 0;
    window.Worker = class extends Started {
      constructor(...args) {
        super(...args);
        window.__workersStarted += 1;
      }
    };
  }, cores);
}

/** Records each plan's iterations and number of searches, from the console. */
function watchSolves(page) {
  const solves = [];
  page.on("console", (message) => {
    const found = message.text().match(/journée optimisée .* (\d+) itérations, (\d+) recherche\(s\) en parallèle/);
    if (found) solves.push({ iterations: Number(found[1]), searches: Number(found[2]) });
  });
  return solves;
}

/** Waits until `count` plans have arrived. */
async function plans(page, solves, count) {
  for (let tries = 0; tries < 600 && solves.length < count; tries++) await page.waitForTimeout(100);
  assert.equal(solves.length, count, `plans received: ${JSON.stringify(solves)}`);
}

/** The stops of each technician's day as shown, in order. */
function stopsShown(page) {
  return page.locator(".technician-plan").evaluateAll((days) =>
    days.map((day) => [...day.querySelectorAll(".stop[data-id]")].map((stop) => stop.dataset.id)),
  );
}

test("on four cores the day is planned by three workers sharing their best plan: the same plan every time", async () => {
  const planned = {};
  for (const cores of [4, 2]) {
    await onPhone(PHONE, async ({ page, context, server }) => {
      await withCores(context, cores);
      const solves = watchSolves(page);
      await page.goto(server.url);
      await page.locator(".technician-plan .stop").first().waitFor({ state: "attached", timeout: 30_000 });
      await plans(page, solves, 1);
      const first = await stopsShown(page);
      const optimise = page.getByRole("button", { name: "Optimiser", exact: true });
      await optimise.click();
      await plans(page, solves, 2);
      await page.locator(".solving").waitFor({ state: "detached" });
      assert.deepEqual(await stopsShown(page), first, `${cores} cores: the same day gives the same plan`);
      // « Annuler » stops every worker of the search; the next one starts others.
      await optimiseThenCancel(page);
      await page.locator(".solving").waitFor({ state: "detached" });
      await optimise.click();
      await plans(page, solves, 3);
      await page.locator(".solving").waitFor({ state: "detached" });
      assert.deepEqual(await stopsShown(page), first, `${cores} cores: after a cancel, the same plan again`);
      planned[cores] = { stops: first, solves, started: await page.evaluate(() => window.__workersStarted) };
      if (cores === 4) await page.screenshot({ path: `${SCREENSHOTS}parallel-planner-3-workers.png` });
    });
  }
  const [three, one] = [planned[4], planned[2]];
  assert.deepEqual(three.solves[0], { iterations: 60_000, searches: 3 }, "three searches of 20,000 iterations each");
  assert.deepEqual(one.solves[0], { iterations: 20_000, searches: 1 }, "two cores: one search, one core left to the page");
  assert.ok(three.started >= 6, `three planner workers started, and three more after the cancel: ${three.started}`);
  assert.equal(one.started, 2, "one planner worker on two cores, and one more after the cancel");
  assert.equal(three.stops.flat().length, one.stops.flat().length, "every visit planned, as by one search");
  console.log(`demo day, 3 workers: ${JSON.stringify(three.stops)}\n          1 worker:  ${JSON.stringify(one.stops)}`);
});

test("a storm day is planned by two workers on three cores", async () => {
  const planned = {};
  for (const cores of [3, 2]) {
    await onPhone(PHONE, async ({ page, context, server }) => {
      await withCores(context, cores);
      const solves = watchSolves(page);
      await page.goto(server.url + "#interventions");
      await page.locator(".job").first().waitFor({ timeout: 15_000 });
      await plans(page, solves, 1);
      await page.locator(".import-panel input[type=file]").setInputFiles({
        name: "orage.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(stormDayAndorra()), "utf8"),
      });
      await page.locator(".import-added", { hasText: "600 interventions" }).waitFor({ timeout: 30_000 });
      await page.locator(".bottom-nav .tab").nth(0).click();
      await plans(page, solves, 2);
      await page.locator(".solving").waitFor({ state: "detached", timeout: 30_000 });
      planned[cores] = { stops: (await stopsShown(page)).flat().filter((id) => id.startsWith("ORAGE-")).length, solve: solves[1] };
      if (cores === 3) await page.screenshot({ path: `${SCREENSHOTS}parallel-planner-storm.png` });
    });
  }
  console.log(`storm day: 2 workers ${JSON.stringify(planned[3])}, 1 worker ${JSON.stringify(planned[2])}`);
  assert.equal(planned[3].solve.searches, 2);
  assert.equal(planned[2].solve.searches, 1);
  assert.ok(planned[3].stops > 100, `the storm's jobs are planned: ${planned[3].stops}`);
});
