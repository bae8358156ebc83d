import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LabEventBatch } from '@contract/streams';
import { createFakeApi } from '../test-support/fake-api';
import { event } from './lesson-events.fixture';
import { LabStore, NOTIFY_INTERVAL_MS, REDRAW_TIME_SHARE_INVERSE } from './lab-store';

/** An API whose Lab stream the test drives; getLabState never answers, as if still loading. */
function drivenApi() {
  const fake = createFakeApi({ getLabState: () => new Promise(() => undefined) });
  return { api: fake.api, deliver: (batch: LabEventBatch) => fake.deliver('lab', batch) };
}

const created = (socketId: string) =>
  event('socket-created', socketId, { role: 'client', protocol: 'tcp', recvBufferSize: 1024 });

afterEach(() => vi.useRealTimers());

describe('LabStore', () => {
  it('shows a lone event at once, and a flood of batches at most every NOTIFY_INTERVAL_MS', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { api, deliver } = drivenApi();
    const store = new LabStore(api);
    store.connect();
    const seen: number[] = [];
    store.session.subscribe(() =>
      seen.push(Object.keys(store.session.getState().recording.head.sockets).length),
    );

    deliver({ events: [created('client-1')] });
    expect(seen).toEqual([1]);

    // A flood: a batch every 16 ms for 300 ms.
    for (let batch = 2; batch <= 20; batch += 1) {
      vi.advanceTimersByTime(16);
      deliver({ events: [created(`client-${batch}`)] });
    }
    vi.advanceTimersByTime(NOTIFY_INTERVAL_MS);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil((20 * 16) / NOTIFY_INTERVAL_MS) + 2);
    // Nothing is lost: the last notification carries every batch.
    expect(seen.at(-1)).toBe(20);
    expect(store.session.getState().recording.events).toHaveLength(20);
  });

  it('redraws less often when a redraw is slow: at most a tenth of the time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { api, deliver } = drivenApi();
    const store = new LabStore(api);
    store.connect();
    const redrawMs = 30;
    const seenAt: number[] = [];
    store.session.subscribe(() => {
      seenAt.push(performance.now());
      // A redraw that keeps the page busy for 30 ms.
      vi.advanceTimersByTime(redrawMs);
    });

    for (let batch = 1; batch <= 60; batch += 1) {
      deliver({ events: [created(`client-${batch}`)] });
      await Promise.resolve();
      vi.advanceTimersByTime(16);
    }
    const gaps = seenAt.slice(1).map((at, index) => at - (seenAt[index] ?? 0));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(redrawMs * REDRAW_TIME_SHARE_INVERSE);
    vi.advanceTimersByTime(redrawMs * REDRAW_TIME_SHARE_INVERSE);
    expect(Object.keys(store.session.getState().recording.head.sockets)).toHaveLength(60);
  });
});
