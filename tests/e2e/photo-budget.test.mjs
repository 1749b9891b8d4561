// The day's photos share a budget of 50 Mo (issue 13): a gallery of heavy photos picked at once
// fills it; the photo that would go over is refused in words, the rest of the pick is not taken,
// and every photo kept before stays stored, shown and counted, after a reload too. French, then
// English, on a 390 px phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { link, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onPhone, SCREENSHOTS } from "./browser.mjs";
import { noisePng } from "./png.mjs";
import { storedImages } from "./stored.mjs";

/** The day's budget, bytes. */
const BUDGET = 50_000_000;

/** « 49,3 Mo » / "49.3 MB", as the refusal writes sizes. */
function megabytes(bytes, french) {
  const number = (bytes / 1e6).toFixed(1);
  return french ? `${number.replace(".", ",")} Mo` : `${number} MB`;
}

test("photos past the day's 50 Mo are refused in words and nothing stored is lost", async () => {
  const folder = await mkdtemp(join(tmpdir(), "tournee-budget-"));
  // Pure noise, square at the longest side kept: about 1 Mo each once made JPEG, so some fifty
  // fill the budget; 120 are picked.
  const first = join(folder, "IMG_0001.png");
  await writeFile(first, noisePng(1280, 1280));
  const files = [first];
  for (let i = 2; i <= 120; i++) {
    const name = join(folder, `IMG_${String(i).padStart(4, "0")}.png`);
    await link(first, name);
    files.push(name);
  }
  try {
    await onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
      await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
      await page.goto(server.url);
      await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
      await page.waitForFunction(() => !document.querySelector(".solving"));
      const stop = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").first();
      const id = await stop.getAttribute("data-id");
      await stop.locator("summary").click();
      await stop.getByRole("button", { name: "Arrivé", exact: true }).click();
      await stop.locator("summary").click();
      await context.clock.setFixedTime(new Date("2026-11-26T11:10:00+01:00"));
      await stop.getByRole("button", { name: "Terminé", exact: true }).click();
      await stop.locator("details:not([open])").waitFor();
      await stop.locator("summary").click();

      const started = Date.now();
      await stop.locator("input.photo-input").setInputFiles(files);
      const refused = stop.locator(".photo-refused");
      await refused.waitFor({ timeout: 240_000 });
      const images = await storedImages(page, `proof.2026-11-26.${id}.photo-`);
      const each = images[0].bytes;
      console.log(`${images.length} photos of ${each} bytes kept in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      assert.ok(images.every((image) => image.bytes === each), "the same picture gives the same JPEG");
      assert.ok(each > 500_000, `a heavy photo: ${each} bytes`);
      assert.equal(images.length, Math.floor(BUDGET / each), "photos kept up to the budget, not one more");
      const used = images.length * each;
      assert.equal(
        await refused.textContent(),
        `⚠ Photo refusée : les photos de la journée dépasseraient 50 Mo (${megabytes(used, true)} déjà pris, celle-ci ${megabytes(each, true)}).`,
      );
      // (each thumbnail is drawn once its image is read from storage)
      await stop.locator("img.photo-thumbnail").nth(images.length - 1).waitFor();
      assert.equal(await stop.locator("img.photo-thumbnail").count(), images.length, "every photo kept is shown");
      assert.equal(await stop.locator(".photo-budget").textContent(), `Photos de la journée : ${megabytes(used, true)} sur 50 Mo`);
      await refused.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}photo-budget-full-fr.png` });

      // One more, later: refused before it is even made small; nothing stored changes.
      await stop.locator("input.photo-input").setInputFiles(files[0]);
      await stop.locator(".photo-refused").waitFor();
      assert.match(await stop.locator(".photo-refused").textContent(), /^⚠ Photo refusée : les photos de la journée dépasseraient 50 Mo/);
      assert.equal((await storedImages(page, `proof.2026-11-26.${id}.photo-`)).length, images.length);

      // After a reload, in English: the same photos, the same budget, the same refusal in words.
      await page.goto(server.url + "#reglages");
      await page.getByLabel("English").first().check();
      await page.reload();
      await page.locator(".bottom-nav .tab").nth(0).click();
      await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
      await stop.locator("summary").click();
      await stop.locator(".photo-budget").waitFor();
      await stop.locator("img.photo-thumbnail").nth(images.length - 1).waitFor();
      assert.equal(await stop.locator("img.photo-thumbnail").count(), images.length, "every photo is still there");
      assert.equal(await stop.locator(".photo-budget").textContent(), `Photos of the day: ${megabytes(used, false)} of 50 MB`);
      await stop.locator("input.photo-input").setInputFiles(files[0]);
      await stop.locator(".photo-refused").waitFor();
      assert.match(await stop.locator(".photo-refused").textContent(), /^⚠ Photo refused: the day's photos would go over 50 MB/);
      await stop.locator(".photo-refused").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}photo-budget-full-en.png` });
      assert.equal((await storedImages(page, `proof.2026-11-26.${id}.photo-`)).length, images.length, "nothing stored is lost");
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
