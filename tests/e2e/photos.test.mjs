// Photos of the visit (issue 13): on a done or failed stop, « Ajouter une photo » opens the
// phone's camera (a file input); a 4000 × 3000 photo is decoded, reduced to 1280 px and
// compressed to JPEG on the phone, stored in IndexedDB, then recorded in the log. The stop shows
// its thumbnail (a tap enlarges it; « Fermer », Escape or back closes it), the day's budget in
// Mo, a wrong shot taken back and given back, a file that is no image or a damaged one refused
// in words, a full disk said clearly with nothing lost (the full budget: photo-budget.test.mjs); after an offline reload and in the day report (screen, print, JSON) the photos
// are still there; undoing the finish voids them. French and English, on a 390 px phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { downloaded, onPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { storedImages } from "./stored.mjs";
import { blackPng, photoPng } from "./png.mjs";

/** A photo's size as the app writes it in French (« 312 Ko », « 1,2 Mo ») or English. */
function size(bytes, french = true) {
  if (bytes >= 1e6) return french ? `${(bytes / 1e6).toFixed(1).replace(".", ",")} Mo` : `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1000)} ${french ? "Ko" : "kB"}`;
}

/** Waits until every image of `locator` is decoded and returns their natural widths. */
async function loadedWidths(page, locator) {
  await locator.first().waitFor();
  await page.waitForFunction((images) => images.every((img) => img.complete && img.naturalWidth > 0), await locator.elementHandles());
  return locator.evaluateAll((images) => images.map((img) => img.naturalWidth));
}

/** Waits for the demo plan. */
async function planShown(page) {
  await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector(".solving"));
}

test("a photo of the visit is reduced, kept, shown, taken back and given back, and read offline and in the report", async () => {
  const folder = await mkdtemp(join(tmpdir(), "tournee-photos-"));
  const big = join(folder, "IMG_4000x3000.png");
  const png = photoPng(4000, 3000);
  await writeFile(big, png);
  const small = join(folder, "compteur.png");
  await writeFile(small, photoPng(800, 600));
  try {
    await onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
      await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
      await page.goto(server.url);
      await planShown(page);
      await waitForServiceWorkerControl(page);
      const lea = page.locator(".technician-plan").first();
      const first = lea.locator(".stop:not(.stop-break)").first();
      const id = await first.getAttribute("data-id");

      // Not finished: no photo yet.
      // (a card's inside is drawn once it is opened: its buttons are waited for before counting)
      await first.locator("summary").click();
      await first.getByRole("button", { name: "Arrivé", exact: true }).waitFor();
      assert.equal(await first.locator(".add-photo").count(), 0, "planned: no photo");
      await first.getByRole("button", { name: "Arrivé", exact: true }).click();
      await first.locator("summary").click();
      await first.getByRole("button", { name: "Terminé", exact: true }).waitFor();
      assert.equal(await first.locator(".add-photo").count(), 0, "on site: no photo yet");
      await context.clock.setFixedTime(new Date("2026-11-26T11:10:00+01:00"));
      await first.getByRole("button", { name: "Terminé", exact: true }).click();
      await first.locator("details:not([open])").waitFor();
      await first.locator("summary").click();
      const input = first.locator("input.photo-input");
      assert.deepEqual(
        await input.evaluate((i) => [i.type, i.accept, i.getAttribute("capture")]),
        ["file", "image/*", "environment"],
        "the phone's back camera",
      );
      assert.equal(await first.locator(".photo-budget").textContent(), "Photos de la journée : 0 Ko sur 50 Mo");

      // A 4000 × 3000 photo (tens of Mo as PNG): reduced to 1280 px, a JPEG far smaller; the page
      // keeps responding meanwhile (no long task).
      await page.evaluate(() => {
        window.longestTask = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
        }).observe({ type: "longtask" });
      });
      await context.clock.setFixedTime(new Date("2026-11-26T11:15:00+01:00"));
      await input.setInputFiles(big);
      const kept = first.locator(".photo-kept");
      await kept.waitFor({ timeout: 30_000 });
      const longest = await page.evaluate(() => window.longestTask);
      console.log(`PNG ${(png.length / 1e6).toFixed(1)} MB; longest main-thread task while adding it: ${longest.toFixed(0)} ms`);
      assert.ok(longest < 400, `the page was blocked ${longest} ms`);
      let images = await storedImages(page, `proof.2026-11-26.${id}.photo-`);
      assert.equal(images.length, 1, "one photo stored");
      assert.match(images[0].key, new RegExp(`^proof\\.2026-11-26\\.${id}\\.photo-\\d{15}\\.jpg$`));
      assert.deepEqual(images[0].head.slice(0, 3), [0xff, 0xd8, 0xff], "JPEG bytes");
      assert.deepEqual([images[0].width, images[0].height], [1280, 960], "longest side 1280 px");
      assert.ok(images[0].bytes * 20 < png.length, `much smaller: ${images[0].bytes} bytes from ${png.length}`);
      assert.equal(await kept.textContent(), `Photo ajoutée : 4000 × 3000 px réduite à 1280 × 960 px, ${size(images[0].bytes)}.`);
      console.log(`stored JPEG: ${images[0].bytes} bytes`);
      const widths = await loadedWidths(page, first.locator("img.photo-thumbnail"));
      assert.deepEqual(widths, [1280]);
      assert.equal(await first.locator(".photo-budget").textContent(), `Photos de la journée : ${size(images[0].bytes)} sur 50 Mo`);
      await first.locator(".stop-photos").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}photos-stop-fr.png` });

      // A tap enlarges it.
      await first.getByRole("button", { name: "Agrandir la photo prise à 11:15" }).click();
      const viewer = page.locator(".photo-viewer");
      await viewer.waitFor();
      await loadedWidths(page, viewer.locator("img.photo-large"));
      const box = await viewer.locator("img.photo-large").boundingBox();
      assert.ok(box.width >= 300, `shown large: ${box.width} px wide`);
      assert.equal(await viewer.locator("figcaption").textContent(), `Photo prise à 11:15 · ${size(images[0].bytes)}`);
      await page.screenshot({ path: `${SCREENSHOTS}photos-enlarged-fr.png` });
      await viewer.getByRole("button", { name: "Fermer" }).click();
      await viewer.waitFor({ state: "detached" });
      // Escape closes it too, and so does the back button, which stays on the day.
      const thumbnail = first.getByRole("button", { name: "Agrandir la photo prise à 11:15" });
      await thumbnail.click();
      await viewer.waitFor();
      await page.keyboard.press("Escape");
      await viewer.waitFor({ state: "detached" });
      await thumbnail.click();
      await viewer.waitFor();
      const day = page.url();
      await page.goBack();
      await viewer.waitFor({ state: "detached" });
      assert.equal(page.url(), day, "back closed the photo, not the day");
      assert.equal(await first.locator("img.photo-thumbnail").count(), 1, "the photo is still there");

      // A file that is no image, and a damaged image, are refused in words; nothing is added.
      await input.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("code portail 1234") });
      const refused = first.locator(".photo-refused");
      await refused.waitFor();
      assert.equal(await refused.textContent(), "⚠ « notes.txt » n'est pas une image : choisissez une photo. Rien n'a été ajouté.");
      await input.setInputFiles({ name: "abimee.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(5000, 7)]) });
      await first.locator(".photo-refused", { hasText: "abimee.jpg" }).waitFor();
      assert.match(await refused.textContent(), /ne peut pas être lue : image abîmée/);
      await page.screenshot({ path: `${SCREENSHOTS}photos-refused-fr.png` });

      // A second photo of the same stop.
      await context.clock.setFixedTime(new Date("2026-11-26T11:16:00+01:00"));
      await input.setInputFiles(small);
      await first.locator(".photo-kept", { hasText: "800 × 600 px" }).waitFor();
      assert.match(await first.locator(".photo-kept").textContent(), /^Photo ajoutée : 800 × 600 px, \d+ Ko\.$/, "small enough: kept as it is");
      assert.deepEqual(await loadedWidths(page, first.locator("img.photo-thumbnail")), [1280, 800]);

      // A full disk: said clearly, and nothing stored before is lost.
      await page.evaluate(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (value, key) {
          if (String(key).includes(".photo-")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return put.call(this, value, key);
        };
      });
      await input.setInputFiles(small);
      await first.locator(".photo-refused", { hasText: "Mémoire" }).waitFor();
      assert.equal(
        await first.locator(".photo-refused").textContent(),
        "⚠ Mémoire du téléphone pleine : cette photo n'a pas été enregistrée. Les photos et la journée déjà enregistrées sont intactes ; libérez de la place sur le téléphone pour en ajouter.",
      );
      assert.equal(await first.locator("img.photo-thumbnail").count(), 2, "the photos shown stay");
      assert.equal((await storedImages(page, `proof.2026-11-26.${id}.photo-`)).length, 2, "the photos stored stay");
      await page.screenshot({ path: `${SCREENSHOTS}photos-disk-full-fr.png` });

      // A wrong shot taken back, and given back.
      await first.getByRole("button", { name: "Agrandir la photo prise à 11:16" }).click();
      await viewer.getByRole("button", { name: "Retirer cette photo" }).click();
      await viewer.waitFor({ state: "detached" });
      assert.deepEqual(await loadedWidths(page, first.locator("img.photo-thumbnail")), [1280]);
      assert.equal(await first.locator(".photo-removed").textContent(), "Photo retirée. Annuler");
      await page.screenshot({ path: `${SCREENSHOTS}photos-removed-fr.png` });
      await first.getByRole("button", { name: "Annuler", exact: true }).click();
      assert.deepEqual(await loadedWidths(page, first.locator("img.photo-thumbnail")), [1280, 800]);
      assert.equal(await first.locator(".photo-removed").count(), 0);
      images = await storedImages(page, `proof.2026-11-26.${id}.photo-`);
      assert.equal(images.length, 2, "a removal erases nothing");

      // Offline, after a reload: the photos are read back from the phone.
      await context.setOffline(true);
      await page.reload();
      await planShown(page);
      await first.locator("summary").click();
      assert.deepEqual(await loadedWidths(page, first.locator("img.photo-thumbnail")), [1280, 800]);
      const total = images.reduce((sum, image) => sum + image.bytes, 0);
      assert.equal(await first.locator(".photo-budget").textContent(), `Photos de la journée : ${size(total)} sur 50 Mo`);
      await first.locator(".stop-photos").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}photos-offline-fr.png` });

      // The day report shows them (screen and print) and names them in its JSON.
      await page.locator(".exports summary").click();
      await page.locator(".exports .open-report").first().click();
      const report = page.locator(".day-report");
      await report.waitFor();
      const stop = report.locator(".report-stop").first();
      assert.deepEqual(await loadedWidths(page, stop.locator("img.report-photo-image")), [1280, 800]);
      assert.equal(await stop.locator(".report-photo figcaption").first().textContent(), `Photo prise à 11:15 · ${size(images[0].bytes)}`);
      assert.equal(await report.locator(".report-photo").count(), 2, "only this stop has photos");
      await stop.locator(".report-photos").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}photos-report-fr.png` });
      await page.emulateMedia({ media: "print" });
      assert.ok(await stop.locator("img.report-photo-image").first().isVisible(), "printed with the report");
      await page.screenshot({ path: `${SCREENSHOTS}photos-report-print-fr.png`, fullPage: true });
      await page.emulateMedia({ media: "screen" });
      const file = await downloaded(page, () => report.locator(".report-save").click());
      const json = JSON.parse(file.text);
      assert.deepEqual(
        json.stops[0].photos,
        images.map((image, i) => ({ at: ["11:15", "11:16"][i], file: image.key, bytes: image.bytes })),
      );
      assert.deepEqual(json.stops[1].photos, []);
      await report.locator(".report-close").click();
      await report.waitFor({ state: "detached" });

      // Undoing the finish voids its photos (their images stay stored, as proof).
      await context.setOffline(false);
      await context.clock.setFixedTime(new Date("2026-11-26T11:30:00+01:00"));
      await first.locator("summary").scrollIntoViewIfNeeded();
      if (!(await first.locator("details[open]").count())) await first.locator("summary").click();
      await first.getByRole("button", { name: "Annuler le statut" }).click();
      assert.equal(await first.locator(".stop-photos").count(), 0, "on site again: no photos");
      await first.getByRole("button", { name: "Terminé", exact: true }).click();
      await first.locator("details:not([open])").waitFor();
      await first.locator("summary").click();
      await first.locator(".add-photo").waitFor();
      assert.equal(await first.locator(".photo-thumb").count(), 0, "the photos were this finish's");
      assert.equal((await storedImages(page, `proof.2026-11-26.${id}.photo-`)).length, 2);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("in English: a failed visit photographed, the budget in MB, a non-image refused, the report", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T14:05:00+01:00"));
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await planShown(page);
    const second = page.locator(".technician-plan").first().locator(".stop:not(.stop-break)").nth(1);
    await second.locator("summary").click();
    await second.getByRole("button", { name: "Failed", exact: true }).click();
    await second.getByRole("button", { name: "Missing equipment" }).click();
    await second.locator("details:not([open])").waitFor();
    await second.locator("summary").click();
    assert.equal(await second.locator(".photo-budget").textContent(), "Photos of the day: 0 kB of 50 MB");
    const input = second.locator("input.photo-input");
    await input.setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await second.locator(".photo-refused").waitFor();
    assert.equal(await second.locator(".photo-refused").textContent(), "⚠ “invoice.pdf” is not an image: choose a photo. Nothing was added.");
    // A picture of too many pixels to decode safely on a phone is refused before it is decoded.
    await input.setInputFiles({ name: "panorama.png", mimeType: "image/png", buffer: blackPng(11_000, 11_000) });
    await second.locator(".photo-refused", { hasText: "megapixels" }).waitFor({ timeout: 30_000 });
    assert.equal(
      await second.locator(".photo-refused").textContent(),
      "⚠ Image too large (11000 × 11000 px, 121 megapixels): 120 megapixels at most. Nothing was added.",
    );
    // A huge camera file (8000 × 6000 JPEG of several tens of MB, made by the browser) is reduced.
    const huge = await input.evaluate(async (input) => {
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [8000, 6000];
      const context = canvas.getContext("2d");
      const noise = context.createImageData(1000, 1000);
      for (let i = 0; i < noise.data.length; i++) noise.data[i] = i % 4 === 3 ? 255 : 90 + (i % 4) * 30 + Math.random() * 60;
      for (let x = 0; x < 8000; x += 1000) for (let y = 0; y < 6000; y += 1000) context.putImageData(noise, x, y);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.95));
      const files = new DataTransfer();
      files.items.add(new File([blob], "IMG_8000x6000.jpg", { type: "image/jpeg" }));
      input.files = files.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      return blob.size;
    });
    await second.locator(".photo-kept").waitFor({ timeout: 60_000 });
    assert.match(await second.locator(".photo-kept").textContent(), /^Photo added: 8000 × 6000 px reduced to 1280 × 960 px, (\d+ kB|\d\.\d MB)\.$/);
    console.log(`8000 × 6000 JPEG of ${(huge / 1e6).toFixed(1)} MB reduced`);
    assert.ok(huge > 10e6, `a huge file: ${huge} bytes`);
    await input.setInputFiles({ name: "gate.png", mimeType: "image/png", buffer: photoPng(3000, 4000) });
    await second.locator(".photo-kept", { hasText: "3000 × 4000" }).waitFor({ timeout: 30_000 });
    assert.match(await second.locator(".photo-kept").textContent(), /^Photo added: 3000 × 4000 px reduced to 960 × 1280 px, (\d+ kB|\d\.\d MB)\.$/);
    assert.deepEqual(await loadedWidths(page, second.locator("img.photo-thumbnail")), [1280, 960]);
    assert.match(await second.locator(".photo-budget").textContent(), /^Photos of the day: (\d+ kB|\d\.\d MB) of 50 MB$/);
    assert.equal(await second.locator(".add-photo").textContent(), "Add a photo");
    await second.locator(".stop-photos").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}photos-stop-en.png` });
    await second.getByRole("button", { name: "Enlarge the photo taken at 14:05" }).nth(1).click();
    await page.locator(".photo-viewer").getByRole("button", { name: "Remove this photo" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}photos-enlarged-en.png` });
    await page.locator(".photo-viewer").getByRole("button", { name: "Remove this photo" }).click();
    assert.equal(await second.locator(".photo-removed").textContent(), "Photo removed. Undo");
    await second.getByRole("button", { name: "Undo", exact: true }).click();
    await loadedWidths(page, second.locator("img.photo-thumbnail"));
    await page.locator(".exports summary").click();
    await page.locator(".exports .open-report").first().click();
    const report = page.locator(".day-report");
    await report.waitFor();
    assert.deepEqual(await loadedWidths(page, report.locator("img.report-photo-image")), [1280, 960]);
    assert.match(await report.locator(".report-photo figcaption").nth(1).textContent(), /^Photo taken at 14:05 · (\d+ kB|\d\.\d MB)$/);
    await report.locator(".report-photos").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}photos-report-en.png` });
    assert.doesNotMatch(await report.textContent(), /Photo prise|Mo\b|Ko\b/, "French left in English");
  }));
