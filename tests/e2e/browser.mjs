// Launches Debian's Chromium through playwright-core: headless, sandbox off (root),
// no background networking (the machine has no network), a fresh profile each time.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where screenshots go, to be looked at after a run. */
export const SCREENSHOTS = new URL("../../target/e2e/", import.meta.url).pathname;

/**
 * A phone-sized persistent context on a new, empty profile; `close()` removes the profile.
 * « Mon équipe, ma région » is marked as done beforehand (tests of the other features start on
 * the demo as before), unless `firstStart: true` asks for a phone opening Tournée for the first time.
 * `profile` opens a profile kept by the caller (to relaunch on what a killed browser left):
 * then `close()` leaves it in place.
 */
export async function launchPhone({ firstStart = false, profile: kept, ...options } = {}) {
  const profile = kept ?? (await mkdtemp(join(tmpdir(), "tournee-e2e-")));
  await mkdir(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
    ...options,
  });
  if (!firstStart) {
    await context.addInitScript(() => {
      if (!localStorage.getItem("tournee.settings")) {
        localStorage.setItem("tournee.settings", JSON.stringify({ schema: 1, language: "fr", crew_setup_done: true }));
      }
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // Whatever the app does, the Content-Security-Policy must not have to block it.
  context.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) errors.push(message.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      if (!kept) await rm(profile, { recursive: true, force: true });
    },
    // What the phone does to an app it needs the memory of: every process of this browser gets
    // SIGKILL at once, nothing is flushed or closed.
    kill: () => {
      execFileSync("pkill", ["-KILL", "-f", `user-data-dir=${profile}`]);
      for (let tries = 0; tries < 100; tries++) {
        try {
          execFileSync("pgrep", ["-f", `user-data-dir=${profile}`]);
        } catch {
          return; // none left
        }
        execFileSync("sleep", ["0.05"]);
      }
      throw new Error("the browser outlived SIGKILL");
    },
  };
}

/** Resolves once a service worker controls the page (after its first install and claim). */
export async function waitForServiceWorkerControl(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/**
 * Serves the built app, opens it on a fresh phone (`options` as for `launchPhone`), runs
 * `body({ page, context, phone, server })`, then checks the page threw nothing and cleans up.
 */
export async function onPhone(options, body) {
  const { serve } = await import("./server.mjs");
  const { DIST } = await import("./dist.mjs");
  const server = await serve(DIST);
  const phone = await launchPhone(options);
  try {
    await body({ page: phone.page, context: phone.context, phone, server });
    if (phone.errors.length > 0) throw new Error(`the page threw: ${phone.errors.join("; ")}`);
  } catch (error) {
    await showFailure(phone.page, error, phone.errors);
    throw error;
  } finally {
    await phone.close();
    await server.close();
  }
}

/**
 * What the page looked like when a test failed: a screenshot in target/e2e/failed-*.png and its
 * address, visible text and what it threw on stderr, so a failure on a CI machine can be read from its log.
 */
async function showFailure(page, error, thrown) {
  if (thrown.length > 0) console.error(`the page threw: ${thrown.join("; ")}`);
  const name = `failed-${Date.now()}`;
  try {
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, timeout: 5_000 });
    const text = await page.evaluate(() => document.body?.innerText ?? "");
    console.error(`${error.message.split("\n")[0]}\n  page ${page.url()} (${name}.png) showed:\n  ${text.replace(/\s+/g, " ").slice(0, 1500)}`);
  } catch (unreadable) {
    console.error(`the failed page could not be read: ${unreadable.message.split("\n")[0]}`);
  }
}

/** The name and text of the file whose download `click` starts. */
export async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}
