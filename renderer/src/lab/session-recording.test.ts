import { describe, expect, it } from 'vitest';
import { applyEvents, emptyLabState } from './lab-state';
import { event, lesson } from './lesson-events.fixture';
import { record, RECORDING_LIMIT, startRecording, stateAt } from './session-recording';

describe('the session recording', () => {
  it('shows the Lab as it was right after any recorded event', () => {
    const events = lesson();
    const recording = record(startRecording(emptyLabState, 0), events);
    const seqOf = (index: number) => events.at(index)?.seq ?? Number.NaN;
    const listening = events.findIndex((candidate) => candidate.type === 'listening');
    const early = stateAt(recording, seqOf(listening));
    expect(Object.keys(early.sockets)).toEqual(['server-1']);
    expect(early.sockets['server-1']?.state).toBe('listening');

    const end = stateAt(recording, seqOf(-1));
    expect(end).toEqual(applyEvents(emptyLabState, events));
    expect(end.sockets['client-1']?.bytesReceived).toBe(2000);
    const beforeEcho = stateAt(recording, seqOf(-3));
    expect(beforeEcho.sockets['client-1']?.bytesReceived).toBe(0);
  });

  it('folds the oldest events into its base past the limit, so the latest state stays exact', () => {
    let recording = record(startRecording(emptyLabState, 0), lesson());
    const sends = Array.from({ length: RECORDING_LIMIT + 600 }, () =>
      event('data-summary', 'client-1', { direction: 'sent', bytes: 3, chunks: 1 }),
    );
    for (let index = 0; index < sends.length; index += 100) {
      recording = record(recording, sends.slice(index, index + 100));
    }
    expect(recording.events.length).toBeLessThanOrEqual(RECORDING_LIMIT + 500);
    expect(recording.events.at(-1)).toBe(sends.at(-1));
    const latest = stateAt(recording, Number.POSITIVE_INFINITY);
    expect(latest.sockets['client-1']?.bytesSent).toBe(2000 + 3 * sends.length);
  });

  it('starts again from a given state (after a reconnect), keeping what it knew as the base', () => {
    const known = applyEvents(emptyLabState, lesson());
    const restarted = startRecording(known, 1234);
    expect(restarted.events).toEqual([]);
    expect(stateAt(restarted, 0).sockets['conn-2']?.state).toBe('open');
  });
});
