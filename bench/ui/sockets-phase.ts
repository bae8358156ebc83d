import type { Page } from '@playwright/test';
import { openLoopbackConnections } from '../shared/loopback-connections';
import { recordFrames, type FrameFigures } from './page-frames';
import { timeTabClick } from './tab-timing';
import type { PageGlobals } from './page-globals';

export interface SocketsFigures {
  /** Rows the table counted when the tab was opened. */
  rows: number;
  /** From opening the sockets to the (hidden) table counting them: the scan and the diff's trip. */
  tableFilledMs: number;
  firstPaintMs: number;
  scrolling: FrameFigures;
}

export interface SocketsOptions {
  pairs: number;
  scrollMs: number;
  scrollStepPx: number;
}

const TABLE = '#panel-sockets [role="table"]';
const FILL_TIMEOUT_MS = 120_000;

async function tableRows(page: Page): Promise<number> {
  // aria-rowcount counts the header row too.
  return Number(await page.locator(TABLE).getAttribute('aria-rowcount')) - 1;
}

/**
 * The Sockets view with the bench's own 2 x pairs loopback sockets in it: time to the first row
 * on opening the tab, then frame times while the table's scroll container moves every frame.
 */
export async function benchSocketsView(page: Page, options: SocketsOptions): Promise<SocketsFigures> {
  const started = performance.now();
  const connections = await openLoopbackConnections(options.pairs);
  try {
    const wanted = options.pairs * 2;
    await page.waitForFunction(
      ({ selector, wanted }) => {
        const table = (globalThis as unknown as PageGlobals).document.querySelector(selector);
        return Number(table?.getAttribute('aria-rowcount')) - 1 >= wanted;
      },
      { selector: TABLE, wanted },
      { polling: 250, timeout: FILL_TIMEOUT_MS },
    );
    const tableFilledMs = performance.now() - started;
    const rows = await tableRows(page);
    const firstPaintMs = await timeTabClick(page, 'sockets', `${TABLE} [role="row"][aria-rowindex="2"]`);
    // Let the view settle (the virtualiser measures itself) so scrolling starts from a steady page.
    await page.waitForTimeout(1000);
    const scrolling = await recordFrames(page, {
      durationMs: options.scrollMs,
      scrollSelector: `${TABLE} .socket-table-body`,
      scrollStepPx: options.scrollStepPx,
    });
    return { rows, tableFilledMs, firstPaintMs, scrolling };
  } finally {
    await connections.close();
  }
}
