import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LabEvent } from '../contract/events';
import type { StepModeState } from '../contract/step-mode';
import type { LabEventBatch } from '../contract/streams';
import { LabEventBatcher } from './event-batcher';

const preview = { text: 'x', hex: '78', truncated: false };
let seq = 0;
const sent = (socketId: string, bytes: number): LabEvent => ({
  type: 'data-sent',
  seq: ++seq,
  at: seq,
  socketId,
  bytes,
  preview,
});
const received = (socketId: string, bytes: number): LabEvent => ({
  type: 'data-received',
  seq: ++seq,
  at: seq,
  socketId,
  bytes,
  slices: [bytes],
  preview,
});
const closed = (socketId: string): LabEvent => ({
  type: 'closed',
  seq: ++seq,
  at: seq,
  socketId,
  hadError: false,
});

let batches: LabEventBatch[];
let batcher: LabEventBatcher;
beforeEach(() => {
  vi.useFakeTimers();
  seq = 0;
  batches = [];
  batcher = new LabEventBatcher({
    intervalMs: 16,
    maxDataEventsPerBatch: 3,
    deliver: (batch) => batches.push(batch),
  });
});
afterEach(() => vi.useRealTimers());

describe('LabEventBatcher', () => {
  it('delivers what arrived within one interval as one batch, in order, and nothing when idle', () => {
    const events = [sent('client-1', 5), received('conn-1', 5), closed('client-1')];
    events.forEach((event) => batcher.push(event));
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(batches).toEqual([{ events }]);
    vi.advanceTimersByTime(1000);
    expect(batches).toHaveLength(1);
  });

  it('merges data past the bound per socket and direction, with exact byte and chunk counts', () => {
    for (let i = 0; i < 3; i++) batcher.push(sent('client-1', 1));
    const firstMerged = sent('client-1', 10);
    batcher.push(firstMerged);
    batcher.push(received('conn-1', 7));
    batcher.push(sent('client-1', 20));
    batcher.push(received('conn-1', 8));
    batcher.push(sent('client-2', 4));
    batcher.push(closed('client-2'));
    vi.advanceTimersByTime(16);

    const [batch] = batches;
    const summaries = batch?.events.filter((event) => event.type === 'data-summary');
    expect(summaries).toEqual([
      {
        type: 'data-summary',
        seq: firstMerged.seq,
        at: 6,
        socketId: 'client-1',
        direction: 'sent',
        bytes: 30,
        chunks: 2,
      },
      {
        type: 'data-summary',
        seq: 5,
        at: 7,
        socketId: 'conn-1',
        direction: 'received',
        bytes: 15,
        chunks: 2,
      },
      { type: 'data-summary', seq: 8, at: 8, socketId: 'client-2', direction: 'sent', bytes: 4, chunks: 1 },
    ]);
    // Lifecycle events are never merged; numbers still rise along the batch.
    expect(batch?.events.at(-1)).toMatchObject({ type: 'closed', socketId: 'client-2' });
    const seqs = batch?.events.map((event) => event.seq) ?? [];
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('starts each batch with a fresh bound', () => {
    for (let i = 0; i < 4; i++) batcher.push(sent('client-1', 1));
    vi.advanceTimersByTime(16);
    for (let i = 0; i < 3; i++) batcher.push(sent('client-1', 1));
    vi.advanceTimersByTime(16);
    expect(batches[1]?.events.map((event) => event.type)).toEqual(['data-sent', 'data-sent', 'data-sent']);
  });

  it("sends only step mode's latest state, once, even with no events", () => {
    const state = (heldBytes: number): StepModeState => ({
      mode: 'paused',
      intervalMs: 1000,
      held: [],
      heldCount: heldBytes,
      heldBytes,
    });
    batcher.setStepMode(state(1));
    batcher.setStepMode(state(2));
    vi.advanceTimersByTime(16);
    expect(batches).toEqual([{ events: [], stepMode: state(2) }]);
    vi.advanceTimersByTime(16);
    expect(batches).toHaveLength(1);
  });

  it('flush delivers what is pending at once, and nothing when nothing is', () => {
    batcher.flush();
    expect(batches).toEqual([]);
    const event = closed('server-1');
    batcher.push(event);
    batcher.flush();
    expect(batches).toEqual([{ events: [event] }]);
    vi.advanceTimersByTime(16);
    expect(batches).toHaveLength(1);
  });
});
