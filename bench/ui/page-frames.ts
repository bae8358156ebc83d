import type { Page } from '@playwright/test';
import { frameStats, type FrameStats } from './frame-stats';
import { frameWorkMs } from './page-frame-work';
import { traceMainThread } from './page-trace';
import type { PageGlobals } from './page-globals';

export interface FrameWindow {
  durationMs: number;
  /** A scroll container to move down by scrollStepPx each frame (back to the top at the bottom). */
  scrollSelector?: string;
  scrollStepPx?: number;
  /** Script time added to every frame: a known load that checks the measurement. */
  busyMsPerFrame?: number;
}

export interface FrameFigures {
  /** Main-thread work behind each frame (page-frame-work.ts): what the 16.7 ms target is about. */
  work: FrameStats;
  /** The same, frame by frame in order: for pooling several windows into one set of frames. */
  workMs: number[];
  /**
   * Time between requestAnimationFrame callbacks. Chromium draws at most once per vsync, so this
   * never reads under 16.7 ms, however little a frame costs.
   */
  rafIntervals: FrameStats;
}

/** At 60 Hz a window of a minute is 3,600 frames; this only bounds a page gone wrong. */
const MAX_FRAMES = 100_000;

/**
 * Asks for a frame at every vsync for the window, scrolling or adding script time if asked, while
 * Chromium traces the page's main thread; returns each frame's work and the callbacks' intervals.
 * A timer ends the window too, in case frames stop altogether.
 */
export async function recordFrames(page: Page, frameWindow: FrameWindow): Promise<FrameFigures> {
  const options = {
    durationMs: frameWindow.durationMs,
    maxFrames: MAX_FRAMES,
    scrollSelector: frameWindow.scrollSelector ?? '',
    scrollStepPx: frameWindow.scrollStepPx ?? 0,
    busyMs: frameWindow.busyMsPerFrame ?? 0,
  };
  const trace = await traceMainThread(page);
  const intervals = await page.evaluate(
    ({ durationMs, maxFrames, scrollSelector, scrollStepPx, busyMs }) =>
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
          while (performance.now() - now < busyMs);
          win.requestAnimationFrame(frame);
        };
        win.requestAnimationFrame(frame);
        setTimeout(() => done || finish(), durationMs + 5000);
      }),
    options,
  );
  const workMs = frameWorkMs(await trace.stop());
  return { work: frameStats(workMs), workMs, rafIntervals: frameStats(intervals) };
}
