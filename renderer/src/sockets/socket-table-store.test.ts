import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SocketRow } from '@contract/socket-table';
import type { ScanSettings, SocketTableChange } from '@contract/socket-table-stream';
import { createFakeApi, type FakeHandlers } from '../test-support/fake-api';
import { selectLabSocketStates } from './socket-table-selectors';
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
const labListener: SocketRow = {
  ...listener,
  key: 'tcp|127.0.0.1|6000|0.0.0.0|0|1',
  localPort: 6000,
  labSocketId: 'server-1',
};

/** An API holding one listener, whose socket-table stream and scan settings the test drives. */
function drivenApi(rows: SocketRow[] = [listener], handlers: FakeHandlers = {}) {
  let settings: ScanSettings = { intervalMs: 1000, paused: false };
  const fake = createFakeApi({
    getSocketTable: () => Promise.resolve({ ok: true, result: { rows, version: 1, settings } }),
    setSocketScan(change) {
      settings = { ...settings, ...change };
      return Promise.resolve({ ok: true, result: settings });
    },
    ...handlers,
  });
  return {
    api: fake.api,
    deliverChange: (change: SocketTableChange) => fake.deliver('socket-table', { change }),
  };
}

afterEach(() => vi.useRealTimers());

describe('SocketTableStore', () => {
  it('keeps a closing row on a paused table until it resumes, then lets it go', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const { api, deliverChange } = drivenApi();
    const store = new SocketTableStore(api);
    store.connect();
    await vi.waitFor(() => expect(store.session.getState().table.rows.size).toBe(1));

    deliverChange({
      fromVersion: 1,
      version: 2,
      diff: { added: [], removed: [listener.key], changed: [] },
      stats: STATS,
    });
    expect(store.session.getState().table.rows.get(listener.key)?.mark).toBe('removed');
    await store.setScan({ paused: true });
    vi.advanceTimersByTime(2 * MARK_MS);
    expect(store.session.getState().table.rows.get(listener.key)?.mark).toBe('removed');

    await store.setScan({ paused: false });
    vi.advanceTimersByTime(MARK_MS);
    expect(store.session.getState().table.rows.has(listener.key)).toBe(false);
  });

  it("keeps the Lab sockets' states the same object while only other rows change", async () => {
    const { api, deliverChange } = drivenApi([listener, labListener]);
    const store = new SocketTableStore(api);
    store.connect();
    await vi.waitFor(() => expect(store.session.getState().table.rows.size).toBe(2));
    const before = store.session.getState();
    expect(selectLabSocketStates(before)).toEqual(new Map([['server-1', 'LISTEN']]));

    const stranger = { ...listener, key: 'tcp|127.0.0.1|7000|0.0.0.0|0|1', localPort: 7000 };
    deliverChange({
      fromVersion: 1,
      version: 2,
      diff: { added: [stranger], removed: [listener.key], changed: [] },
      stats: STATS,
    });
    const after = store.session.getState();
    expect(after.table.rows).not.toBe(before.table.rows);
    expect(selectLabSocketStates(after)).toBe(selectLabSocketStates(before));

    deliverChange({
      fromVersion: 2,
      version: 3,
      diff: { added: [], removed: [labListener.key], changed: [] },
      stats: STATS,
    });
    expect(selectLabSocketStates(store.session.getState())).toEqual(new Map());
  });

  it('explains a refresh whose call failed, and refreshes again when asked', async () => {
    let fail = true;
    const { api } = drivenApi([listener], {
      getSocketTable: () =>
        fail
          ? Promise.reject(new Error('IPC channel closed'))
          : Promise.resolve({
              ok: true,
              result: { rows: [listener], version: 1, settings: { intervalMs: 1000, paused: false } },
            }),
    });
    const store = new SocketTableStore(api);
    await store.refresh();
    expect(store.session.getState().commandError).toEqual({
      kind: 'internal',
      message: 'IPC channel closed',
    });

    fail = false;
    await store.refresh();
    expect(store.session.getState().table.rows.size).toBe(1);
    expect(store.session.getState().commandError).toBeUndefined();
  });

  it('explains a change of scan settings whose call failed, keeping the settings it had', async () => {
    const { api } = drivenApi([listener], {
      setSocketScan: () => Promise.reject(new Error('IPC channel closed')),
    });
    const store = new SocketTableStore(api);
    await store.refresh();
    await store.setScan({ paused: true });
    expect(store.session.getState().commandError).toEqual({
      kind: 'internal',
      message: 'IPC channel closed',
    });
    expect(store.session.getState().settings?.paused).toBe(false);
  });
});
