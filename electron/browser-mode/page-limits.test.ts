import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { LabEventBatch } from '../contract/streams';
import { WIRE_CLOSE_CODES } from '../contract/wire';
import { createDrivenBackend } from '../test-support/driven-backend';
import { WirePage } from '../test-support/wire-page';
import { startBrowserMode, type BrowserModeServer } from './index';

const MiB = 1024 * 1024;

function batchOfBytes(bytes: number, seq = 1): LabEventBatch {
  return { events: [{ type: 'closed', seq, at: 0, socketId: 'x'.repeat(bytes), hadError: false }] };
}

let server: BrowserModeServer | undefined;
const pages: WirePage[] = [];
afterEach(async () => {
  pages.splice(0).forEach((page) => page.close());
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

async function openPage(started: BrowserModeServer): Promise<WirePage> {
  const page = await WirePage.open(started.url);
  pages.push(page);
  return page;
}

const isOpen = (page: WirePage) => page.ws.readyState === WebSocket.OPEN;

describe('browser mode under many pages', () => {
  it('tells a page past the most it serves why it is refused, and keeps serving the others', async () => {
    const { backend } = createDrivenBackend();
    server = await startBrowserMode({ backend, port: 0, pageLimits: { maxPages: 3 } });
    const served = [await openPage(server), await openPage(server), await openPage(server)];
    const refused = await openPage(server);
    expect(await refused.closed).toBe(WIRE_CLOSE_CODES.tooManyPages);
    for (const page of served) {
      expect((await page.call('getLabState', {})).ok).toBe(true);
    }
    // A page that leaves makes room for another.
    served[0]?.close();
    await served[0]?.closed;
    const next = await openPage(server);
    expect((await next.call('getLabState', {})).ok).toBe(true);
  });

  it('serialises each batch once, however many pages take it', async () => {
    const { backend, emit } = createDrivenBackend();
    server = await startBrowserMode({ backend, port: 0 });
    const many = await Promise.all(Array.from({ length: 8 }, () => openPage(server as BrowserModeServer)));
    const stringify = vi.spyOn(JSON, 'stringify');
    emit('lab', batchOfBytes(16));
    const streamed = stringify.mock.calls.filter(([value]) => (value as { type?: string }).type === 'stream');
    expect(streamed).toHaveLength(1);
    stringify.mockRestore();
    await Promise.all(many.map((page) => page.next((message) => message.type === 'stream')));
  });

  it('drops the pages furthest behind first once all pages together hold too much, and keeps serving', async () => {
    const { backend, emit } = createDrivenBackend();
    server = await startBrowserMode({
      backend,
      port: 0,
      // Only the total can trip here: no page alone reaches its own bound.
      pageLimits: { maxUnsentPerPage: 256 * MiB, maxUnsentTotal: 40 * MiB },
    });
    const reader = await openPage(server);
    const firstToStop = await openPage(server);
    const laterToStop = await openPage(server);
    let seq = 0;
    // A batch at a time, with a pause for the reader to take it, as a live Lab would stream.
    const flood = async (batches: number) => {
      for (let i = 0; i < batches; i++) {
        emit('lab', batchOfBytes(MiB, ++seq));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };

    // One page stops reading early, another later: together they pass the total, each alone would not.
    firstToStop.ws.pause();
    await flood(30);
    laterToStop.ws.pause();
    await flood(15);
    firstToStop.ws.resume();
    laterToStop.ws.resume();

    // Paused, a page cannot see that it was dropped; resumed, it reads what reached it, then the end.
    expect(await firstToStop.closed).toBe(1006);
    await expect.poll(() => laterToStop.labBatches().length, { timeout: 10_000 }).toBe(seq);
    expect(isOpen(laterToStop)).toBe(true);
    // The page that reads lost nothing and still gets answers.
    await expect.poll(() => reader.labBatches().length, { timeout: 10_000 }).toBe(seq);
    expect((await reader.call('getLabState', {})).ok).toBe(true);
  });
});
