// The app shell in real Chromium: tabs, language, about, touch targets, contrast.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launchPhone, SCREENSHOTS } from "./browser.mjs";
import { DIST } from "./dist.mjs";

const TABS_FR = ["Journée", "Carte", "Interventions", "Réglages"];
const TABS_EN = ["Day", "Map", "Jobs", "Settings"];
const HASHES = ["#journee", "#carte", "#interventions", "#reglages"];

let server;
let phone;

before(async () => {
  server = await serve(DIST);
  phone = await launchPhone();
  await phone.page.goto(server.url);
  await phone.page.getByRole("navigation", { name: "Navigation principale" }).waitFor();
});

after(async () => {
  await phone?.close();
  await server?.close();
});

/** Labels of the bottom navigation, in order. */
const tabLabels = (page) => page.locator(".bottom-nav .tab-label").allTextContents();

test("opens in French on the Journée tab", async () => {
  const { page } = phone;
  assert.deepEqual(await tabLabels(page), TABS_FR);
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  assert.equal(await page.locator('[aria-current="page"] .tab-label').textContent(), "Journée");
  assert.equal(await page.locator(".page-title").textContent(), "Journée");
  await page.screenshot({ path: `${SCREENSHOTS}shell-fr.png` });
});

test("every tab opens its page, marks itself current and sets the address", async () => {
  const { page } = phone;
  for (const [index, label] of TABS_FR.entries()) {
    await page.locator(".bottom-nav .tab").nth(index).click();
    assert.equal(await page.locator(".page-title").textContent(), label);
    assert.equal(await page.locator('[aria-current="page"] .tab-label').textContent(), label);
    assert.equal(new URL(page.url()).hash, HASHES[index]);
  }
  await page.goBack();
  assert.equal(await page.locator(".page-title").textContent(), "Interventions", "back button returns to the previous tab");
  await page.goForward();
  assert.equal(await page.locator(".page-title").textContent(), "Réglages");
});

test("touch targets are at least 48 px and nothing overflows a 360 px screen", async () => {
  const { page } = phone;
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("a, button, label.choice")]
      .map((element) => ({ text: element.textContent.trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 48 || box.height < 48))
      .map(({ text, box }) => `${text || "(icon)"}: ${Math.round(box.width)}×${Math.round(box.height)}`)
  );
  assert.deepEqual(small, [], "targets under 48 px");
  for (const index of TABS_FR.keys()) {
    await page.locator(".bottom-nav .tab").nth(index).click();
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll(".tab-label")].filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent)
    );
    assert.deepEqual(clipped, [], `tab labels cut short with ${TABS_FR[index]} current`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
});

test("text contrast meets WCAG AA on every tab", async () => {
  const { page } = phone;
  for (const index of TABS_FR.keys()) {
    await page.locator(".bottom-nav .tab").nth(index).click();
    const failures = await page.evaluate(() => {
      const rgb = (text) => text.match(/[\d.]+/g).map(Number);
      const luminance = ([r, g, b]) => {
        const channel = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const background = (element) => {
        for (let node = element; node; node = node.parentElement) {
          const colour = rgb(getComputedStyle(node).backgroundColor);
          if (colour.length === 3 || colour[3] === 1) return colour.slice(0, 3);
        }
        return [255, 255, 255];
      };
      // SVG labels sit on their marker's fill, not on a CSS background: checked by design
      // (white on the technicians' dark colours), not here.
      const texts = [...document.querySelectorAll("body *")].filter(
        (element) =>
          !element.closest("svg") &&
          [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim())
      );
      return texts.flatMap((element) => {
        const style = getComputedStyle(element);
        if (style.visibility === "hidden" || element.getClientRects().length === 0) return [];
        const [fg, bg] = [luminance(rgb(style.color).slice(0, 3)), luminance(background(element))];
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && style.fontWeight >= 700);
        return ratio < (large ? 3 : 4.5) ? [`${element.textContent.trim().slice(0, 30)}: ${ratio.toFixed(2)}`] : [];
      });
    });
    assert.deepEqual(failures, [], `low contrast on tab ${TABS_FR[index]}`);
  }
});

test("switching to English relabels everything and is remembered after a reload", async () => {
  const { page } = phone;
  await page.locator(".bottom-nav .tab").nth(3).click();
  await page.getByLabel("English").check();
  assert.deepEqual(await tabLabels(page), TABS_EN);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.screenshot({ path: `${SCREENSHOTS}shell-en-settings.png` });
  await page.reload();
  await page.locator(".bottom-nav").waitFor();
  assert.deepEqual(await tabLabels(page), TABS_EN, "language survives a reload");
  assert.equal(await page.locator(".page-title").textContent(), "Settings", "tab survives a reload");
  await page.getByLabel("Français").check();
  assert.deepEqual(await tabLabels(page), TABS_FR);
});

test("the about panel gives the version and the OpenStreetMap credit", async () => {
  const { page } = phone;
  await page.getByRole("button", { name: "À propos" }).first().click();
  const dialog = page.getByRole("dialog", { name: "À propos" });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /© OpenStreetMap contributors/);
  assert.match(await dialog.locator(".version").textContent(), /^\d+\.\d+\.\d+$/);
  await page.screenshot({ path: `${SCREENSHOTS}about-fr.png` });
  await dialog.getByRole("button", { name: "Fermer" }).click();
  assert.equal(await page.getByRole("dialog").count(), 0);
  assert.deepEqual(phone.errors, [], "no script error during the session");
});
