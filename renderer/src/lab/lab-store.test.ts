import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LabEvent } from '@contract/events';
import type { StepModeState } from '@contract/step-mode';
import type { LabEventBatch } from '@contract/streams';
import { createFakeApi } from '../test-support/fake-api';
import type { ConnectionStatus } from '../api/api-connection';
import { event, lesson } from './lesson-events.fixture';
import { LabStore, NOTIFY_INTERVAL_MS, REDRAW_TIME_SHARE_INVERSE } from './lab-store';

/** An API whose Lab stream the test drives; getLabState never answers, as if still loading. */
function drivenApi() {
  const fake = createFakeApi({ getLabState: () => new Promise(() => undefined) });
  return { api: fake.api, deliver: (batch: LabEventBatch) => fake.deliver('lab', batch) };
}

const stepOff: StepModeState = { mode: 'off', intervalMs: 1000, held: [], heldCount: 0, heldBytes: 0 };

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

  it('continues from the back end history on connect, then the stream, each event once', async () => {
    const events = lesson();
    let answer: (history: LabEvent[]) => void = () => undefined;
    const fake = createFakeApi({
      getLabState: () =>
        new Promise((resolve) => {
          answer = (history) =>
            resolve({ ok: true, result: { sockets: [], stepMode: stepOff, events: history } });
        }),
    });
    const store = new LabStore(fake.api);
    store.connect();
    // Streamed while the history is on its way; events[8] and [9] are in the history too.
    fake.deliver('lab', { events: events.slice(8, 11) });
    answer(events.slice(0, 10));
    await vi.waitFor(() => expect(store.session.getState().recording.events.length).toBeGreaterThan(3));
    fake.deliver('lab', { events: events.slice(10) });
    await vi.waitFor(() => {
      const seqs = store.session
        .getState()
        .recording.events.toArray()
        .map((recorded) => recorded.seq);
      expect(seqs).toEqual(events.map((each) => each.seq));
    });
  });

  it('draws no socket as open once the back end is gone', async () => {
    const { api, deliver } = drivenApi();
    const listeners: ((status: ConnectionStatus) => void)[] = [];
    const store = new LabStore(api, {
      status: () => 'open',
      onStatus: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    });
    store.connect();
    deliver({ events: lesson() });
    const states = () =>
      Object.values(store.session.getState().recording.head.sockets).map((socket) => socket.state);
    expect(states()).toContain('open');
    for (const listener of listeners) listener('lost');
    await vi.waitFor(() => {
      expect(store.session.getState().backend).toBe('lost');
      expect(new Set(states())).toEqual(new Set(['closed']));
    });
  });

  it('asks the back end for its state once the connection opens, and again after each drop', async () => {
    const getLabState = vi.fn(async () => ({
      ok: true as const,
      result: { sockets: [], stepMode: stepOff, events: [] },
    }));
    const fake = createFakeApi({ getLabState });
    let status: ConnectionStatus = 'connecting';
    const listeners: ((next: ConnectionStatus) => void)[] = [];
    const setStatus = (next: ConnectionStatus) => {
      status = next;
      listeners.forEach((listener) => listener(next));
    };
    const store = new LabStore(fake.api, {
      status: () => status,
      onStatus: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    });
    store.connect();
    // Asked while still connecting, the question would fail and show an error for nothing.
    expect(getLabState).not.toHaveBeenCalled();
    setStatus('open');
    await vi.waitFor(() => expect(getLabState).toHaveBeenCalledTimes(1));
    setStatus('lost');
    setStatus('open');
    await vi.waitFor(() => expect(getLabState).toHaveBeenCalledTimes(2));
    expect(store.session.getState().syncError).toBeUndefined();
  });

  it("takes step mode's queue from the live stream, not only from a resync", () => {
    const { api, deliver } = drivenApi();
    const store = new LabStore(api);
    store.connect();
    const held = {
      mode: 'paused' as const,
      intervalMs: 1000,
      held: [
        {
          holdId: 1,
          socketId: 'client-1',
          bytes: 52,
          preview: { text: 'hi', hex: '6869', truncated: false },
        },
      ],
      heldCount: 1,
      heldBytes: 52,
    };
    deliver({ events: [], stepMode: held });
    expect(store.session.getState().stepMode).toEqual(held);
    deliver({ events: [created('client-2')] });
    // A batch without step mode leaves the queue as it was.
    expect(store.session.getState().stepMode).toEqual(held);
  });
});
