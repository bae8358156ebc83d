import { describe, expect, it } from 'vitest';
import { applyEvents, emptyLabState } from './lab-state';
import { event, lesson, preview } from './lesson-events.fixture';
import {
  LOG_LIMIT,
  logOf,
  record,
  RECORDING_LIMIT,
  resumedRecording,
  startRecording,
  stateAt,
} from './session-recording';

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
    expect(restarted.events.toArray()).toEqual([]);
    expect(stateAt(restarted, 0).sockets['conn-2']?.state).toBe('open');
  });

  it('bounds the log to the newest LOG_LIMIT events', () => {
    // Made first: the back end numbers events in the order it emits them.
    const talk = lesson();
    const flood = Array.from({ length: LOG_LIMIT + 50 }, () =>
      event('data-sent', 'client-1', { bytes: 1, preview: preview('a') }),
    );
    const log = logOf(record(record(startRecording(emptyLabState, 0), talk), flood));
    expect(log).toHaveLength(LOG_LIMIT);
    expect(log.at(-1)).toBe(flood.at(-1));
  });

  it('keeps the Lab now as its head, and never changes a version a view still holds', () => {
    const events = lesson();
    const first = record(startRecording(emptyLabState, 0), events.slice(0, 4));
    const later = record(first, events.slice(4));
    const branch = record(first, [event('closed', 'client-1', { hadError: false })]);
    expect(later.head).toEqual(applyEvents(emptyLabState, events));
    expect(first.events.toArray()).toEqual(events.slice(0, 4));
    expect(later.events.toArray()).toEqual(events);
    expect(branch.events.toArray().slice(0, 4)).toEqual(events.slice(0, 4));
    expect(branch.events).toHaveLength(5);
    expect(logOf(later).at(-1)).toBe(events.at(-1));
  });

  it("resumes from the back end's history, then what streamed meanwhile, each event once", () => {
    const events = lesson();
    const history = events.slice(0, 10);
    // Streamed while the history was on its way: two of these are in it already.
    const streamed = record(startRecording(emptyLabState, 0), events.slice(8, 12));
    const resumed = resumedRecording(streamed, history, 1234);
    expect(resumed.events.toArray()).toEqual(events.slice(0, 12));
    expect(resumed.startedAt).toBe(events[0]?.at);
    const later = record(resumed, events.slice(11));
    expect(later.events.toArray().map((recorded) => recorded.seq)).toEqual(events.map((each) => each.seq));
    expect(later.head).toEqual(applyEvents(emptyLabState, events));
  });
});
