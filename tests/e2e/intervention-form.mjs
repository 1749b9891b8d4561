// Typing a job into the form of the Interventions tab, as a dispatcher does on the phone.

/**
 * Opens the form (« + Ajouter ») and types `job`: its id, customer, phone (optional),
 * coordinates and minutes on site. Returns the form, for the rest of the journey to fill or send.
 */
export async function typeJob(page, { id, customer, phone, lat, lon, minutes }) {
  await page.locator(".add-intervention").click();
  const form = page.locator(".intervention-form");
  await form.locator("#field-id").fill(id);
  await form.locator("#field-customer").fill(customer);
  if (phone) await form.locator("#field-phone").fill(phone);
  await form.locator("#field-lat").fill(lat);
  await form.locator("#field-lon").fill(lon);
  await form.locator("#field-duration").fill(minutes);
  return form;
}
