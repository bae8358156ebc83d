import type { Page } from '@playwright/test';
import { frameStats, type FrameStats } from './frame-stats';
import type { PageGlobals } from './ui-page-globals';

export interface FrameWindow {
  durationMs: number;
  /** A scroll container to move down by scrollStepPx each frame (back to the top at the bottom). */
  scrollSelector?: string;
  scrollStepPx?: number;
}

/** At 60 Hz a window of a minute is 3,600 frames; this only bounds a page gone wrong. */
const MAX_FRAMES = 100_000;

/**
 * Records performance.now() between successive requestAnimationFrame callbacks in the page for
 * the window, scrolling if asked. A timer ends the window too, in case frames stop altogether.
 */
export async function recordFrames(page: Page, frameWindow: FrameWindow): Promise<FrameStats> {
  const options = {
    durationMs: frameWindow.durationMs,
    maxFrames: MAX_FRAMES,
    scrollSelector: frameWindow.scrollSelector ?? '',
    scrollStepPx: frameWindow.scrollStepPx ?? 0,
  };
  const deltas = await page.evaluate(
    ({ durationMs, maxFrames, scrollSelector, scrollStepPx }) =>
      new Promise<number[]>((resolve) => {
        const win = globalThis as unknown as PageGlobals;
        const scroller = scrollSelector ? win.document.querySelector(scrollSelector) : null;
        const times: number[] = [];
        const start = performance.now();
        let done = false;
        const finish = () => {
          done = true;
          resolve(times.slice(1).map((time, index) => time - (times[index] ?? time)));
        };
        const frame = () => {
          if (done) return;
          const now = performance.now();
          times.push(now);
          if (now - start >= durationMs || times.length > maxFrames) return finish();
          if (scroller) {
            const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
            scroller.scrollTop = atBottom ? 0 : scroller.scrollTop + scrollStepPx;
          }
          win.requestAnimationFrame(frame);
        };
        win.requestAnimationFrame(frame);
        setTimeout(() => done || finish(), durationMs + 5000);
      }),
    options,
  );
  return frameStats(deltas);
}
