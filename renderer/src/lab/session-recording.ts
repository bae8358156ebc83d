import type { LabEvent } from '@contract/events';
import { applyEvents, type LabState } from './lab-state';

/**
 * Every event since this window began following the Lab, so that the user can go back to any of
 * them and see the Lab as it was then. Past RECORDING_LIMIT events the oldest are folded into
 * the base state: still counted in what the diagram shows, no longer listed.
 */
export interface SessionRecording {
  /** When recording began, in milliseconds since the Unix epoch. */
  startedAt: number;
  /** The Lab before the first recorded event. */
  base: LabState;
  events: readonly LabEvent[];
}

export const RECORDING_LIMIT = 5000;
/** Folding happens in steps of this many, not on every batch. */
const FOLD_CHUNK = 500;

export function startRecording(base: LabState, startedAt: number): SessionRecording {
  return { startedAt, base, events: [] };
}

export function record(recording: SessionRecording, events: readonly LabEvent[]): SessionRecording {
  if (events.length === 0) return recording;
  const all = [...recording.events, ...events];
  if (all.length <= RECORDING_LIMIT + FOLD_CHUNK) return { ...recording, events: all };
  const folded = all.length - RECORDING_LIMIT;
  return {
    ...recording,
    base: applyEvents(recording.base, all.slice(0, folded)),
    events: all.slice(folded),
  };
}

/**
 * The Lab as it was right after the event numbered `seq`. Events up to a given one never change
 * until the base does, so the last answer is kept: a view held at one moment does not replay
 * thousands of events again for every new batch.
 */
export function stateAt(recording: SessionRecording, seq: number): LabState {
  if (lastReplay?.base === recording.base && lastReplay.seq === seq && seq <= lastSeqOf(recording))
    return lastReplay.state;
  const upTo = recording.events.findLastIndex((event) => event.seq <= seq);
  const state = applyEvents(recording.base, recording.events.slice(0, upTo + 1));
  lastReplay = { base: recording.base, seq, state };
  return state;
}

let lastReplay: { base: LabState; seq: number; state: LabState } | undefined;

function lastSeqOf(recording: SessionRecording): number {
  return recording.events.at(-1)?.seq ?? 0;
}
