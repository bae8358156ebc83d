/**
 * npm run bench:ui: issue 5's "UI under load" in Debian's Chromium against browser mode
 * (out/main/serve.js): frame times while the Sockets view scrolls through 10,000 rows, and while
 * a raw TCP client floods the Lab's echo server with the Lab on screen, each against the same
 * page idle; first paint of the big table; how fast a tab click is answered under the flood; the
 * page's heap and the back end's rss over the flood (default 5 minutes); and issue 13's Lab with
 * a server and one client, idle, while another process churns connections on loopback, against
 * the same Lab while the table holds still: its frame work and how often the Lab redraws (React
 * commits that render a component inside it). Frame times are each frame's main-thread work,
 * from a Chromium trace (page-frame-work.ts), checked first against a page given a known load.
 *
 * Two builds side by side: BENCH_UI_BASELINE_OUT=/path/to/other/out runs every phase against
 * that build's out/ too (its own serve.js, page and back end), in alternating rounds (A B, B A,
 * ...), each round in a fresh browser-mode process, and prints each round, then both builds'
 * pooled figures and their ratio.
 *
 * Environment: BENCH_UI_SECONDS (300) the flood's length, BENCH_UI_FRAME_SECONDS (10) each
 * frame window, BENCH_UI_PAIRS (5000) loopback connections for the table (2 sockets each),
 * BENCH_UI_CHURN_PER_SECOND (50) connect+close cycles of the churn, BENCH_UI_BASELINE_OUT (none),
 * BENCH_UI_ROUNDS (1 alone, 2 with a baseline) rounds per build, CHROMIUM_PATH (/usr/bin/chromium).
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../../e2e/fixtures/chromium';
import { printSummary } from '../shared/summary-table';
import { buildComparisonRows } from './build-comparison';
import { roundRows, runUiRound, type UiRound, type UiRoundOptions } from './ui-round';

const SECONDS = Number(process.env.BENCH_UI_SECONDS ?? 300);
const BASELINE_OUT = process.env.BENCH_UI_BASELINE_OUT;
const ROUNDS = Number(process.env.BENCH_UI_ROUNDS ?? (BASELINE_OUT ? 2 : 1));
const OPTIONS: UiRoundOptions = {
  seconds: SECONDS,
  frameSeconds: Math.min(Number(process.env.BENCH_UI_FRAME_SECONDS ?? 10), SECONDS / 2),
  pairs: Number(process.env.BENCH_UI_PAIRS ?? 5000),
  sampleSeconds: 30,
  scrollMs: 5000,
  scrollStepPx: 400,
  checkMs: 3000,
  checkBusyMs: 30,
  churnPerSecond: Number(process.env.BENCH_UI_CHURN_PER_SECOND ?? 50),
};

interface Build {
  name: string;
  outDir: string;
  rounds: UiRound[];
}

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('The back end reads /proc and rss: run this on Linux.');
  if (!(ROUNDS >= 1)) throw new Error('BENCH_UI_ROUNDS must be at least 1.');
  const started = performance.now();
  const builds: Build[] = [{ name: 'this build', outDir: 'out', rounds: [] }];
  if (BASELINE_OUT) builds.push({ name: 'baseline build', outDir: BASELINE_OUT, rounds: [] });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
        console.log(`Round ${round + 1} of ${ROUNDS}, ${build.name} (${build.outDir}):`);
        const figures = await runUiRound(browser, build.outDir, OPTIONS);
        build.rounds.push(figures);
        console.log(`\n${build.name}, round ${round + 1}:\n`);
        printSummary(roundRows(figures, OPTIONS));
        console.log('');
      }
    }
  } finally {
    await browser?.close();
  }
  const [current, baseline] = builds;
  if (current && baseline) {
    console.log(`${ROUNDS} rounds each, this build (out) against the baseline build (${baseline.outDir}):\n`);
    printSummary(buildComparisonRows(current.rounds, baseline.rounds), {
      value: 'this build',
      baseline: 'baseline build',
    });
  }
  console.log(`\nUI benchmarks in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
