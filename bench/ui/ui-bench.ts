/**
 * npm run bench:ui: issue 5's "UI under load" in Debian's Chromium against browser mode
 * (out/main/serve.js): frame times while the Sockets view scrolls through 10,000 rows, and while
 * a raw TCP client floods the Lab's echo server with the Lab on screen, each against the same
 * page idle; first paint of the big table; how fast a tab click is answered under the flood; and
 * the page's heap and the back end's rss over the flood (default 5 minutes). Frame times are each
 * frame's main-thread work, from a Chromium trace (page-frame-work.ts), checked first against a
 * page given a known load per frame.
 *
 * Environment: BENCH_UI_SECONDS (300) the flood's length, BENCH_UI_FRAME_SECONDS (10) each
 * frame window, BENCH_UI_PAIRS (5000) loopback connections for the table (2 sockets each),
 * CHROMIUM_PATH (/usr/bin/chromium).
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../../e2e/fixtures/chromium';
import { startServe, type ServeProcess } from './serve-process';
import { printSummary } from '../shared/summary-table';
import { benchLabFlood } from './lab-flood-phase';
import { recordFrames } from './page-frames';
import { labRows, methodCheckRows, socketsRows } from './ui-rows';
import { benchSocketsView } from './sockets-phase';

const SECONDS = Number(process.env.BENCH_UI_SECONDS ?? 300);
const FRAME_SECONDS = Math.min(Number(process.env.BENCH_UI_FRAME_SECONDS ?? 10), SECONDS / 2);
const PAIRS = Number(process.env.BENCH_UI_PAIRS ?? 5000);
const SAMPLE_SECONDS = 30;
const SCROLL_MS = 5000;
const SCROLL_STEP_PX = 400;
const CHECK_MS = 3000;
const CHECK_BUSY_MS = 30;

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('The back end reads /proc and rss: run this on Linux.');
  const started = performance.now();
  let serve: ServeProcess | undefined;
  let browser: Browser | undefined;
  try {
    serve = await startServe();
    browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(serve.url);
    await page.getByRole('heading', { name: 'SocketScope' }).waitFor();
    const check = await recordFrames(page, { durationMs: CHECK_MS, busyMsPerFrame: CHECK_BUSY_MS });

    console.log(`Sockets view: opening ${PAIRS} loopback connections (${PAIRS * 2} sockets)…`);
    const sockets = await benchSocketsView(page, {
      pairs: PAIRS,
      scrollMs: SCROLL_MS,
      scrollStepPx: SCROLL_STEP_PX,
    });
    console.log(`Lab: idle ${FRAME_SECONDS} s, then a flood of ${SECONDS} s…`);
    const lab = await benchLabFlood(page, {
      durationSeconds: SECONDS,
      frameSeconds: FRAME_SECONDS,
      sampleSeconds: SAMPLE_SECONDS,
      servePid: serve.pid,
    });
    console.log(`\nUI benchmarks in ${((performance.now() - started) / 1000).toFixed(0)} s:\n`);
    printSummary([
      ...methodCheckRows(lab.idle, check, CHECK_BUSY_MS),
      ...socketsRows(sockets, lab.idle, PAIRS * 2),
      ...labRows(lab),
    ]);
  } finally {
    await browser?.close();
    await serve?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
