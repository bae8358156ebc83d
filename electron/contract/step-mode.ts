import type { BytePreview } from './events';

/**
 * Step mode paces the Lab's data: each write that would move bytes (a client's send, a server's
 * echo) waits in a queue until the user releases it. off: writes go at once; paused: they wait
 * for "Next"; playing: one is released every intervalMs.
 */
export type StepMode = 'off' | 'paused' | 'playing';

export const STEP_MODES = ['off', 'paused', 'playing'] as const satisfies readonly StepMode[];

export const DEFAULT_STEP_INTERVAL_MS = 1000;
export const MIN_STEP_INTERVAL_MS = 100;
export const MAX_STEP_INTERVAL_MS = 5000;

/** A write waiting for its step, in the order it will be released. */
export interface HeldWrite {
  holdId: number;
  socketId: string;
  bytes: number;
  preview: BytePreview;
}

export interface StepModeState {
  mode: StepMode;
  intervalMs: number;
  /** The first writes waiting, oldest first (at most HELD_SHOWN of them). */
  held: HeldWrite[];
  heldCount: number;
  heldBytes: number;
}

export const HELD_SHOWN = 20;
