import type { Page } from '@playwright/test';
import { startConnectionChurn } from './churn-process';
import type { ChurnResult } from './churn-protocol';
import { addLabClient } from './lab-form';
import { recordFrames, type FrameFigures } from './page-frames';
import { takeCommitCounts, type CommitCounts } from './react-commits';

/** One window of the Lab on screen: each frame's work, and what React committed meanwhile. */
export interface LabWindow {
  frames: FrameFigures;
  commits: CommitCounts;
  seconds: number;
}

export interface LabChurnFigures {
  /** The Lab with its server and one client, idle, while the machine's socket table holds still. */
  quiet: LabWindow;
  /** The same, while another process churns loopback connections elsewhere on the machine. */
  churning: LabWindow;
  churn: ChurnResult;
  churnWanted: number;
}

export interface LabChurnOptions {
  frameSeconds: number;
  /** Connect+close cycles a second of the churn; at 1 s between scans, every scan sees new rows. */
  perSecond: number;
}

/** Long enough for the client's events to be drawn and for a scan or two to pass. */
const SETTLE_MS = 2000;

async function labWindow(page: Page, durationMs: number): Promise<LabWindow> {
  await takeCommitCounts(page);
  const started = performance.now();
  const frames = await recordFrames(page, { durationMs });
  const commits = await takeCommitCounts(page);
  return { frames, commits, seconds: (performance.now() - started) / 1000 };
}

/**
 * The Lab tab with the running server and one more client connected through the form, idle:
 * a window while the socket table holds still, then one while connection-churn.js opens and
 * closes connections on loopback, so the table changes at every scan. Neither changes anything
 * the Lab shows: whatever it redraws in the second window beyond the first is the table's doing.
 */
export async function benchLabChurn(page: Page, options: LabChurnOptions): Promise<LabChurnFigures> {
  const durationMs = options.frameSeconds * 1000;
  await addLabClient(page);
  await page.waitForTimeout(SETTLE_MS);
  const quiet = await labWindow(page, durationMs);
  const churn = await startConnectionChurn(options.perSecond);
  try {
    await page.waitForTimeout(SETTLE_MS);
    const churning = await labWindow(page, durationMs);
    return { quiet, churning, churn: await churn.stop(), churnWanted: options.perSecond };
  } finally {
    await churn.stop();
  }
}
