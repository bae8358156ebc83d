import type { LabEvent } from './events';
import type { KernelViewBatch } from './kernel-view';
import type { SocketTableUpdate } from './socket-table-stream';
import type { StepModeState } from './step-mode';

/** The Lab's stream: what its sockets did since the previous batch, about one per animation frame. */
export interface LabEventBatch {
  events: LabEvent[];
  /** Step mode's state, when it changed since the previous batch. */
  stepMode?: StepModeState;
}

/**
 * Every stream the back end sends, and what one delivery of each holds. A new stream is one more
 * member here (and in STREAM_NAMES); the transports carry every member the same way.
 */
export interface Streams {
  lab: LabEventBatch;
  'socket-table': SocketTableUpdate;
  'kernel-view': KernelViewBatch;
}

export type StreamName = keyof Streams;

export const STREAM_NAMES = ['lab', 'socket-table', 'kernel-view'] as const satisfies readonly StreamName[];

/** What takes each stream's batches; indexed by stream name, so one generic signature serves all. */
export type StreamListeners = { [S in keyof Streams]: (batch: Streams[S]) => void };

export type StreamListener<S extends StreamName> = StreamListeners[S];

/** One delivery on a transport that carries every stream: which stream, and its batch. */
export type StreamEnvelope = { [S in StreamName]: { stream: S; batch: Streams[S] } }[StreamName];

export function isStreamName(value: unknown): value is StreamName {
  return (STREAM_NAMES as readonly unknown[]).includes(value);
}
