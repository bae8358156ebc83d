import type { Browser } from '@playwright/test';
import { benchLabChurn, type LabChurnFigures } from './lab-churn-phase';
import { benchLabFlood, type LabFigures } from './lab-flood-phase';
import { recordFrames, type FrameFigures } from './page-frames';
import { installCommitCounter } from './react-commits';
import { startServe } from '../shared/serve-process';
import { benchSocketsView, type SocketsFigures } from './sockets-phase';
import type { SummaryRow } from '../shared/summary-table';
import { churnRows, labRows, methodCheckRows, socketsRows } from './ui-rows';

export interface UiRoundOptions {
  /** The flood's length. */
  seconds: number;
  frameSeconds: number;
  pairs: number;
  sampleSeconds: number;
  scrollMs: number;
  scrollStepPx: number;
  checkMs: number;
  checkBusyMs: number;
  churnPerSecond: number;
}

/** Every phase's figures from one page of one build. */
export interface UiRound {
  check: FrameFigures;
  sockets: SocketsFigures;
  lab: LabFigures;
  churn: LabChurnFigures;
}

/**
 * One round of every phase against one build: its browser mode (`outDir`/main/serve.js) started
 * afresh, so no round inherits another's Lab, and a new page in the shared browser.
 */
export async function runUiRound(
  browser: Browser,
  outDir: string,
  options: UiRoundOptions,
): Promise<UiRound> {
  const serve = await startServe(outDir);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await installCommitCounter(page, 'panel-lab');
    await page.goto(serve.url);
    await page.getByRole('heading', { name: 'SocketScope' }).waitFor();
    const check = await recordFrames(page, {
      durationMs: options.checkMs,
      busyMsPerFrame: options.checkBusyMs,
    });
    console.log(
      `  Sockets view: opening ${options.pairs} loopback connections (${options.pairs * 2} sockets)…`,
    );
    const sockets = await benchSocketsView(page, {
      pairs: options.pairs,
      scrollMs: options.scrollMs,
      scrollStepPx: options.scrollStepPx,
    });
    console.log(`  Lab: idle ${options.frameSeconds} s, then a flood of ${options.seconds} s…`);
    const lab = await benchLabFlood(page, {
      durationSeconds: options.seconds,
      frameSeconds: options.frameSeconds,
      sampleSeconds: options.sampleSeconds,
      servePid: serve.pid,
    });
    console.log(
      `  Lab + client: quiet ${options.frameSeconds} s, then ${options.frameSeconds} s of ` +
        `${options.churnPerSecond} connect+close a second elsewhere on loopback…`,
    );
    const churn = await benchLabChurn(page, {
      frameSeconds: options.frameSeconds,
      perSecond: options.churnPerSecond,
    });
    return { check, sockets, lab, churn };
  } finally {
    await page.close();
    await serve.stop();
  }
}

export function roundRows(round: UiRound, options: UiRoundOptions): SummaryRow[] {
  return [
    ...methodCheckRows(round.lab.idle, round.check, options.checkBusyMs),
    ...socketsRows(round.sockets, round.lab.idle, options.pairs * 2),
    ...labRows(round.lab),
    ...churnRows(round.churn),
  ];
}
