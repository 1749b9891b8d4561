// Proof of the visit (issue 13): on a done stop the customer signs on the screen with a finger;
// the PNG is kept in IndexedDB under the date and the intervention, the log says when it was
// signed, the stop says « Signé à 11:12 » after a reload, and the day report shows the image
// and names it in its JSON; in French and in English, on a 390 px phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { downloaded, onPhone, SCREENSHOTS } from "./browser.mjs";
import { storedImages } from "./stored.mjs";

/** Draws a stroke across the canvas with the pointer, from and to fractions of its box. */
async function stroke(page, canvas, points) {
  const box = await canvas.boundingBox();
  const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 8 });
  await page.mouse.up();
}

test("a customer signs a done stop on the screen, and the stop and the day report show it after a reload", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url);
    const lea = page.locator(".technician-plan").first();
    await lea.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"));
    const first = lea.locator(".stop:not(.stop-break)").first();
    const second = lea.locator(".stop:not(.stop-break)").nth(1);
    const id = await first.getAttribute("data-id");

    // Not done yet: nothing to sign.
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Arrivé", exact: true }).click();
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Terminé", exact: true }).waitFor();
    assert.equal(await first.locator(".ask-signature").count(), 0, "on site: no signature asked yet");
    await context.clock.setFixedTime(new Date("2026-11-26T11:10:00+01:00"));
    await first.getByRole("button", { name: "Terminé", exact: true }).click();
    await first.locator("details:not([open])").waitFor();
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Faire signer le client" }).click();
    const canvas = first.locator(".signature-canvas");
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    assert.ok(box.width >= 280 && box.x >= 0 && box.x + box.width <= 390, `the pad fits the phone: ${box.x} + ${box.width} px`);
    assert.equal(await canvas.evaluate((c) => getComputedStyle(c).touchAction), "none", "the finger draws, the page stays");

    // « Valider » with nothing drawn, and after « Effacer », is refused in words.
    await first.getByRole("button", { name: "Valider" }).click();
    assert.equal(await first.locator(".signature-pad [role=alert]").textContent(), "⚠ Rien n'est signé : le client signe dans le cadre.");
    await stroke(page, canvas, [[0.1, 0.7], [0.3, 0.2], [0.5, 0.8]]);
    await first.getByRole("button", { name: "Effacer" }).click();
    await first.getByRole("button", { name: "Valider" }).click();
    await first.locator(".signature-pad [role=alert]").waitFor();

    await stroke(page, canvas, [[0.1, 0.6], [0.25, 0.2], [0.4, 0.75], [0.6, 0.3], [0.9, 0.5]]);
    assert.equal(await first.locator(".signature-pad [role=alert]").count(), 0, "drawing takes the refusal back");
    await page.screenshot({ path: `${SCREENSHOTS}proof-signing-fr.png` });
    await context.clock.setFixedTime(new Date("2026-11-26T11:12:00+01:00"));
    await first.getByRole("button", { name: "Valider" }).click();
    await first.locator(".stop-signed").waitFor();
    assert.equal(await first.locator(".stop-signed").textContent(), "✍ Signé à 11:12");
    await first.locator("img.signature-thumbnail").waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}proof-signed-fr.png` });

    // Kept in IndexedDB under the date and the intervention, as a PNG the size of the pad.
    const images = await storedImages(page, `proof.2026-11-26.${id}.`);
    assert.equal(images.length, 1, "one signature stored");
    assert.match(images[0].key, new RegExp(`^proof\\.2026-11-26\\.${id}\\.signature-\\d{15}\\.png$`));
    assert.deepEqual(images[0].head.slice(1), [0x50, 0x4e, 0x47], "PNG bytes");
    assert.deepEqual([images[0].width, images[0].height], [680, 300]);

    // A stop not finished has no signature to ask for; a failed visit (a part missing) has one.
    // (a card's inside is drawn once it is opened: its buttons are waited for before counting)
    await second.locator("summary").click();
    await second.getByRole("button", { name: "Échec", exact: true }).waitFor();
    assert.equal(await second.locator(".ask-signature").count(), 0);
    await second.getByRole("button", { name: "Échec", exact: true }).click();
    await second.getByRole("button", { name: "Matériel manquant" }).click();
    await second.locator("details:not([open])").waitFor();
    await second.locator("summary").click();
    await second.locator(".ask-signature").waitFor();
    assert.equal(await second.locator(".ask-signature").count(), 1, "the customer signs for a failed visit too");

    // After a reload the log says it was signed, and the image is read back.
    await page.reload();
    await lea.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"));
    await first.locator("summary").click();
    await first.locator(".stop-signed").waitFor();
    assert.equal(await first.locator(".stop-signed").textContent(), "✍ Signé à 11:12");
    const thumbnail = first.locator("img.signature-thumbnail");
    await thumbnail.waitFor();
    await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await thumbnail.elementHandle());
    assert.equal(await thumbnail.evaluate((img) => img.naturalWidth), 680);
    assert.equal(await first.locator(".ask-signature").count(), 0, "signed: not asked again");

    // The day report shows the signature and names it in its JSON.
    await page.locator(".exports summary").click();
    await page.locator(".exports .open-report").first().click();
    const report = page.locator(".day-report");
    await report.waitFor();
    const signed = report.locator(".report-stop").first();
    assert.equal(await signed.locator(".report-signed").textContent(), "Signé à 11:12");
    const image = signed.locator("img.report-signature");
    await image.waitFor();
    await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await image.elementHandle());
    assert.equal(await report.locator(".report-signature").count(), 1, "only the signed stop has one");
    await image.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}proof-report-fr.png` });
    const file = await downloaded(page, () => report.locator(".report-save").click());
    const json = JSON.parse(file.text);
    assert.deepEqual([json.stops[0].signed_at, json.stops[0].signature_file], ["11:12", images[0].key]);
    assert.equal(json.stops[1].signed_at, null);

    // In English.
    await report.locator(".report-close").click();
    await report.waitFor({ state: "detached" });
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    await lea.waitFor();
    if (!(await first.locator("details[open]").count())) await first.locator("summary").click();
    await first.locator(".stop-signed").waitFor();
    assert.equal(await first.locator(".stop-signed").textContent(), "✍ Signed at 11:12");
    await first.locator("img.signature-thumbnail").waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}proof-signed-en.png` });
    await page.locator(".exports summary").click();
    await page.locator(".exports .open-report").first().click();
    await report.waitFor();
    assert.equal(await report.locator(".report-signed").first().textContent(), "Signed at 11:12");
    await report.locator("img.report-signature").waitFor();
    assert.doesNotMatch(await report.textContent(), /Signé/, "French left in English");
  }));

test("the signature pad speaks English and is drawn with a finger", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T10:30:00+01:00"));
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.locator(".bottom-nav .tab").nth(0).click();
    const lea = page.locator(".technician-plan").first();
    await lea.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"));
    const first = lea.locator(".stop:not(.stop-break)").first();
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Done", exact: true }).click();
    await first.locator("details:not([open])").waitFor();
    await first.locator("summary").click();
    await first.getByRole("button", { name: "Have the customer sign" }).click();
    const canvas = first.locator(".signature-canvas");
    await canvas.waitFor();
    await first.getByRole("button", { name: "Confirm" }).click();
    assert.equal(await first.locator(".signature-pad [role=alert]").textContent(), "⚠ Nothing is signed: the customer signs in the box.");
    // A finger's touches, as the phone sends them (pointer events of type touch).
    const box = await canvas.boundingBox();
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y]) => ({ x: box.x + x * box.width, y: box.y + y * box.height })) });
    await touch("touchStart", [[0.2, 0.3]]);
    for (const point of [[0.35, 0.7], [0.5, 0.3], [0.65, 0.7], [0.8, 0.3]]) await touch("touchMove", [point]);
    await touch("touchEnd", []);
    const inked = await canvas.evaluate((c) => {
      const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++;
      return dark;
    });
    assert.ok(inked > 500, `the finger drew a line (${inked} dark pixels)`);
    await page.screenshot({ path: `${SCREENSHOTS}proof-signing-en.png` });
    await first.getByRole("button", { name: "Confirm" }).click();
    await first.locator(".stop-signed").waitFor();
    assert.equal(await first.locator(".stop-signed").textContent(), "✍ Signed at 10:30");
  }));
