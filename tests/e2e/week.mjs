// The week view (Interventions → « Semaine ») as the journeys read it.

/** The week view's block of `date` (YYYY-MM-DD), once its figures come from a plan; `timeout`
 * bounds the wait for the plan (a later day is planned while the worker is idle). */
export async function plannedWeekDay(page, date, timeout = 20_000) {
  const block = page.locator(`.week-day[data-date="${date}"]`);
  await block.waitFor({ timeout: 30_000 });
  await page.waitForFunction((d) => !document.querySelector(`.week-day[data-date="${d}"] .week-planning`), date, {
    timeout,
  });
  return block;
}
