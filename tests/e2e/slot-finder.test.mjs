// « Proposer un créneau » (issue 14), offline on a 390 px phone: a customer calls, the crew lead
// types the job in, the app offers the best slots of the coming working days (today first
// where the round has room), one SMS offers three of them, and one tap books today's slot:
// the job is then planned inside that window. In French, then in English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onPhone, SCREENSHOTS, waitForServiceWorkerControl } from "./browser.mjs";
import { typeJob } from "./intervention-form.mjs";

const minutes = (clock) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Types a 15-minute job at Encamp into the form of the Interventions tab. */
const typeCall = (page, id, customer) =>
  typeJob(page, { id, customer, phone: "06 12 34 56 78", lat: "42.5345", lon: "1.5805", minutes: "15" });

/** The search's time in the worker, as the page logs it (« créneaux cherchés en 12 ms »). */
const searchTimes = [];

test("a caller is offered the best slots, by SMS too, and today's is booked and planned in its window", async () =>
  onPhone({ timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 } }, async ({ page, context, server }) => {
    await context.clock.setFixedTime(new Date("2026-11-26T07:30:00+01:00"));
    page.on("console", (message) => {
      const found = /créneaux cherchés en (\d+) ms/.exec(message.text());
      if (found) searchTimes.push(Number(found[1]));
    });
    await page.goto(server.url);
    await page.locator(".technician-plan").first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".solving"));
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    await page.goto(server.url + "#interventions");
    const form = await typeCall(page, "APPEL-1", "Mme Vidal");
    await form.getByRole("button", { name: "Proposer un créneau" }).click();
    const finder = page.getByRole("dialog", { name: "Créneaux à proposer" });
    const slots = finder.locator(".slot");
    await slots.first().waitFor({ timeout: 10_000 });
    assert.ok((await slots.count()) >= 3, "several slots to choose from");
    for (const line of await finder.locator(".slot-line").allTextContents()) {
      assert.match(line, /^(lundi|mardi|mercredi|jeudi|vendredi) \d+ (nov|déc)\., \d\d:00–\d\d:00, .+, \+\d+ min de route/, line);
    }
    const today = finder.locator('.slot[data-date="2026-11-26"]');
    assert.ok((await today.count()) > 0, "the demo day has room for 15 minutes at Encamp");
    assert.equal(await finder.locator(".book-slot").count(), await slots.count(), "every slot can be booked into its day");
    const sms = await finder.locator(".offer-sms").getAttribute("href");
    assert.match(sms, /^sms:0612345678\?body=Bonjour%2C%20nous%20pouvons%20venir/);
    const body = decodeURIComponent(sms.split("body=")[1]);
    assert.match(body, /1\) \S+ \d+ \S+, \d\d:00–\d\d:00 ; 2\) .+ ; 3\) .+\. Répondez par le numéro/, body);
    await page.screenshot({ path: `${SCREENSHOTS}slot-finder-fr.png` });
    await finder.locator(".offer-sms").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}slot-finder-sms-fr.png` });

    const window = await today.first().getAttribute("data-window");
    await today.first().locator(".book-slot").click();
    await finder.waitFor({ state: "detached" });
    await page.locator(".intervention-form").waitFor({ state: "detached" });
    const card = page.locator('.job[data-id="APPEL-1"]');
    assert.match(await card.textContent(), new RegExp(window));
    await page.locator(".bottom-nav .tab").first().click();
    await page.waitForFunction(() => !document.querySelector(".solving"));
    const stop = page.locator(".stop", { hasText: "Mme Vidal" });
    await stop.waitFor();
    const start = minutes(await stop.locator(".stop-time").textContent());
    const [open, close] = window.split("–").map(minutes);
    assert.ok(open <= start && start <= close, `planned at ${start} inside ${window}`);
    await stop.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}slot-finder-booked-fr.png` });

    // In English, the same finder speaks English.
    await page.goto(server.url + "#reglages");
    await page.getByLabel("English").first().check();
    await page.goto(server.url + "#interventions");
    const englishForm = await typeCall(page, "CALL-2", "Mr Pons");
    await englishForm.getByRole("button", { name: "Offer a slot" }).click();
    const englishFinder = page.getByRole("dialog", { name: "Slots to offer" });
    await englishFinder.locator(".slot").first().waitFor({ timeout: 10_000 });
    for (const line of await englishFinder.locator(".slot-line").allTextContents()) {
      assert.match(line, /^(Monday|Tuesday|Wednesday|Thursday|Friday) \d+ (Nov|Dec), \d\d:00–\d\d:00, .+, \+\d+ min of driving/, line);
    }
    assert.equal(await englishFinder.locator(".book-slot").first().textContent(), "Book");
    await page.screenshot({ path: `${SCREENSHOTS}slot-finder-en.png` });
    await englishFinder.getByRole("button", { name: "Close" }).click();
    await englishFinder.waitFor({ state: "detached" });
    assert.equal(await page.locator(".intervention-form").count(), 1, "closing the finder goes back to the form");
    assert.equal(searchTimes.length, 2, "one search in the worker each time the finder opened");
    console.log(`slot searches in the worker (demo day and 4 free days): ${searchTimes.join(", ")} ms`);
  }));
