import type { Page } from '@playwright/test';
import { startEchoFlood } from './echo-flood';
import { startLabServer } from './lab-form';
import { pageMemorySampler } from './page-memory';
import { recordFrames, type FrameFigures } from './page-frames';
import { mib } from '../shared/process-stats';
import { rssBytes } from '../shared/serve-process';
import { timeTabClick } from './tab-timing';

export interface MemorySample {
  atSeconds: number;
  heapBytes: number;
  domNodes: number;
  rssBytes: number;
}

export interface LabFigures {
  idle: FrameFigures;
  floodFirst: FrameFigures;
  floodLast: FrameFigures;
  /** The slowest of the Sockets and Lab tab clicks at each memory sample. */
  answersMs: number[];
  samples: MemorySample[];
  floodSeconds: number;
  sentBytes: number;
  echoedBytes: number;
}

export interface LabOptions {
  /** The flood's length; memory is sampled at its start, every sampleSeconds and at its end. */
  durationSeconds: number;
  frameSeconds: number;
  sampleSeconds: number;
  servePid: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function tabAnswerMs(page: Page): Promise<number> {
  const sockets = await timeTabClick(page, 'sockets', '#panel-sockets');
  const lab = await timeTabClick(page, 'lab', '#panel-lab');
  return Math.max(sockets, lab);
}

/**
 * The Lab tab while a raw TCP client floods the Lab's echo server (started through the form):
 * frame times idle first, then in the flood's first and last windows; between them, every
 * sampleSeconds, the page's heap, the back end's rss and how fast a tab click is answered.
 */
export async function benchLabFlood(page: Page, options: LabOptions): Promise<LabFigures> {
  const frameMs = options.frameSeconds * 1000;
  const durationMs = options.durationSeconds * 1000;
  const port = await startLabServer(page);
  const idle = await recordFrames(page, { durationMs: frameMs });

  const memory = await pageMemorySampler(page);
  const samples: MemorySample[] = [];
  const answersMs: number[] = [];
  const started = performance.now();
  const sample = async () => {
    const atSeconds = (performance.now() - started) / 1000;
    const [inPage, rss] = await Promise.all([memory.sample(), rssBytes(options.servePid)]);
    samples.push({ atSeconds, ...inPage, rssBytes: rss });
    console.log(
      `  ${atSeconds.toFixed(0).padStart(4)} s: page heap ${mib(inPage.heapBytes)} MiB, ` +
        `${inPage.domNodes} DOM nodes, back-end rss ${mib(rss)} MiB`,
    );
  };
  try {
    await sample();
    const flood = await startEchoFlood(port);
    try {
      const floodFirst = await recordFrames(page, { durationMs: frameMs });
      const sampleMs = options.sampleSeconds * 1000;
      for (let at = sampleMs; at <= durationMs - frameMs; at += sampleMs) {
        await sleep(started + at - performance.now());
        answersMs.push(await tabAnswerMs(page));
        await sample();
      }
      await sleep(started + durationMs - frameMs - performance.now());
      const floodLast = await recordFrames(page, { durationMs: frameMs });
      answersMs.push(await tabAnswerMs(page));
      await sample();
      const floodSeconds = (performance.now() - started) / 1000;
      const { sent, echoed } = await flood.stop();
      return {
        idle,
        floodFirst,
        floodLast,
        answersMs,
        samples,
        floodSeconds,
        sentBytes: sent,
        echoedBytes: echoed,
      };
    } finally {
      await flood.stop();
    }
  } finally {
    await memory.close();
  }
}
