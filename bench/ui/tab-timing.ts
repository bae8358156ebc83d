import type { Page } from '@playwright/test';
import type { PageGlobals } from './page-globals';

export type ViewTab = 'lab' | 'sockets';

/** A tab that has not answered by then counts as this many milliseconds (a failure). */
const GIVE_UP_MS = 30_000;

/**
 * Milliseconds from a real (CDP) click on a view tab to the frame that shows `readySelector`:
 * from the click event's own time stamp, so time the click waited behind other work counts, to
 * the first frame after the element has a size (painted by then; at most one frame late).
 */
export async function timeTabClick(page: Page, tab: ViewTab, readySelector: string): Promise<number> {
  await page.evaluate(
    ({ tabSelector, readySelector, giveUpMs }) => {
      const win = globalThis as unknown as PageGlobals;
      const tabButton = win.document.querySelector(tabSelector);
      if (!tabButton) throw new Error(`No ${tabSelector} in the page`);
      win.uiBenchAnswer = new Promise<number>((resolve) => {
        tabButton.addEventListener(
          'click',
          (event) => {
            const clicked = event.timeStamp;
            const waitForReady = () => {
              if (performance.now() - clicked > giveUpMs) return resolve(giveUpMs);
              const ready = win.document.querySelector(readySelector);
              if (ready && ready.getBoundingClientRect().height > 0) {
                win.requestAnimationFrame(() => resolve(performance.now() - clicked));
              } else {
                win.requestAnimationFrame(waitForReady);
              }
            };
            waitForReady();
          },
          { once: true, capture: true },
        );
      });
    },
    { tabSelector: `#tab-${tab}`, readySelector, giveUpMs: GIVE_UP_MS },
  );
  await page.locator(`#tab-${tab}`).click({ timeout: GIVE_UP_MS });
  return page.evaluate(() => (globalThis as unknown as PageGlobals).uiBenchAnswer ?? Number.NaN);
}
