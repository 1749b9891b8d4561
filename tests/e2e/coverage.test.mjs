// A day that does not fit its crew or its region is said in words (issue 10, part 4): the
// app's own Haut Verdon CSV imported while the crew still lives in the Andorra demo gives one
// warning naming the distance instead of fifteen identical « créneau impossible », and
// « Prêt pour la journée » says the places are outside the road region instead of ✓.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { onPhone, SCREENSHOTS } from "./browser.mjs";

const HAUT_VERDON = new URL("../../static/demo/interventions-haut-verdon.csv", import.meta.url).pathname;

for (const language of ["fr", "en"]) {
  test(`Haut Verdon jobs for a crew in Andorra are named far, and the region not covering them (${language})`, async () =>
    onPhone({}, async ({ page, server }) => {
      await page.goto(server.url);
      await page.locator(".technician-plan").nth(1).waitFor({ timeout: 15_000 });
      assert.equal(await page.locator(".far-from-crew").count(), 0, "the demo crew lives among its jobs");
      if (language === "en") {
        await page.goto(server.url + "#reglages");
        await page.getByLabel("English").check();
      }
      await page.locator(".bottom-nav .tab").nth(2).click();
      await page.locator(".import-panel input[type=file]").setInputFiles({
        name: "interventions-haut-verdon.csv",
        mimeType: "text/csv",
        buffer: await readFile(HAUT_VERDON),
      });
      await page.locator(".import-report").waitFor();
      await page.locator(".bottom-nav .tab").nth(0).click();
      const warning = page.locator(".far-from-crew");
      await warning.waitFor({ timeout: 15_000 });
      const expected =
        language === "fr"
          ? /^⚠ 15 interventions sur 15 sont à plus de 4\d\d km des domiciles de l'équipe : vérifiez les domiciles/
          : /^⚠ 15 of 15 jobs are more than 4\d\d km from the crew's homes: check the homes/;
      assert.match(await warning.textContent(), expected);
      const ready = page.locator(".ready-check");
      await ready.locator(".region-not-covering").waitFor({ state: "attached" });
      await ready.locator("summary").click();
      const readyExpected =
        language === "fr"
          ? /15 des 19 lieux de la journée sont hors de la région routière « Andorre »/
          : /15 of the day's 19 places are outside the road region "Andorre"/;
      assert.match(await ready.textContent(), readyExpected);
      assert.equal(await ready.locator(".ready-ok", { hasText: /Région routière|Road region/ }).count(), 0, "no ✓ for the region");
      await page.screenshot({ path: `${SCREENSHOTS}far-from-crew-${language}.png`, fullPage: true });
    }));
}
