import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SocketScopeApi } from '@contract/api';
import type { EventBatch } from '@contract/events';
import type { SocketRow } from '@contract/socket-table';
import type { ScanSettings } from '@contract/socket-table-stream';
import { MARK_MS } from './socket-table-state';
import { SocketTableStore } from './socket-table-store';

const STATS = { rows: 1, skippedLines: 0, durationMs: 1, pidMapped: true };
const listener: SocketRow = {
  key: 'tcp|127.0.0.1|5346|0.0.0.0|0|1',
  protocol: 'tcp',
  localAddress: '127.0.0.1',
  localPort: 5346,
  remoteAddress: '0.0.0.0',
  remotePort: 0,
  state: 'LISTEN',
};

/** An API holding one listener, whose event stream and scan settings the test drives. */
function drivenApi() {
  let deliver: (batch: EventBatch) => void = () => undefined;
  let settings: ScanSettings = { intervalMs: 1000, paused: false };
  const api = {
    onEvents(listenerOfBatches: (batch: EventBatch) => void) {
      deliver = listenerOfBatches;
      return () => undefined;
    },
    getSocketTable: () => Promise.resolve({ ok: true, result: { rows: [listener], version: 1, settings } }),
    setSocketScan(change: Partial<ScanSettings>) {
      settings = { ...settings, ...change };
      return Promise.resolve({ ok: true, result: settings });
    },
  } as unknown as SocketScopeApi;
  return { api, deliver: (batch: EventBatch) => deliver(batch) };
}

afterEach(() => vi.useRealTimers());

describe('SocketTableStore', () => {
  it('keeps a closing row on a paused table until it resumes, then lets it go', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const { api, deliver } = drivenApi();
    const store = new SocketTableStore(api);
    store.connect();
    await vi.waitFor(() => expect(store.getSnapshot().table.rows.size).toBe(1));

    deliver({
      events: [],
      socketTable: {
        change: {
          fromVersion: 1,
          version: 2,
          diff: { added: [], removed: [listener.key], changed: [] },
          stats: STATS,
        },
      },
    });
    expect(store.getSnapshot().table.rows.get(listener.key)?.mark).toBe('removed');
    await store.setScan({ paused: true });
    vi.advanceTimersByTime(2 * MARK_MS);
    expect(store.getSnapshot().table.rows.get(listener.key)?.mark).toBe('removed');

    await store.setScan({ paused: false });
    vi.advanceTimersByTime(MARK_MS);
    expect(store.getSnapshot().table.rows.has(listener.key)).toBe(false);
  });
});
