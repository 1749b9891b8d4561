// Every value a build's progress bar takes, however fast the build: recorded in the page.

/** Starts recording the values of `.build-progress progress` in `page`. */
export async function watchProgress(page) {
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector(".build-progress progress");
      if (bar) window.progressSeen.push(Number(bar.value));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** The values recorded since `watchProgress`, in order. */
export async function progressSeen(page) {
  return page.evaluate(() => window.progressSeen);
}
