// « Optimiser » then « Annuler » before the plan comes back. The planner keeps its region, so a
// demo day is planned again in a few hundred milliseconds: the tap on « Annuler » is made as
// soon as the progress bar is drawn (a MutationObserver), before the worker can answer.

/** Taps « Optimiser » and, the moment the optimisation shows, « Annuler ». */
export async function optimiseThenCancel(page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const cancel = () => [...document.querySelectorAll(".solving button")].find((b) => /Annuler|Cancel/.test(b.textContent));
        const observer = new MutationObserver(() => {
          const button = cancel();
          if (button) {
            observer.disconnect();
            button.click();
            resolve();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
        const optimise = document.querySelector(".optimise");
        if (!optimise) return reject(new Error("no « Optimiser » button"));
        optimise.click();
        setTimeout(() => reject(new Error("the optimisation never showed")), 10_000);
      }),
  );
}
