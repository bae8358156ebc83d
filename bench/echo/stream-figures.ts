import type { BatchTotals } from '../shared/batch-recorder';
import type { ThroughputResult } from './client-throughput';

/** What reached the subscriber while the Lab echoed one throughput run. */
export interface StreamFigures {
  batchesPerSecond: number;
  tableOnlyBatches: number;
  batches: number;
  events: number;
  maxEventsPerBatch: number;
  jsonBytes: number;
  maxJsonBytesPerBatch: number;
  /** The byte counters in the events equal what the client sent and got back. */
  countersMatch: boolean;
}

/**
 * `during` is read when the client finished (so the rate covers the transfer only);
 * `settled` once every close reached the subscriber (so the counters are complete).
 */
export function streamFigures(
  start: BatchTotals,
  during: BatchTotals,
  settled: BatchTotals,
  client: ThroughputResult,
): StreamFigures {
  const batches = settled.batches - start.batches;
  return {
    batchesPerSecond: (during.batches - start.batches) / client.seconds,
    tableOnlyBatches: settled.tableOnlyBatches - start.tableOnlyBatches,
    batches,
    events: settled.events - start.events,
    maxEventsPerBatch: settled.maxEvents,
    jsonBytes: settled.jsonBytes - start.jsonBytes,
    maxJsonBytesPerBatch: settled.maxJsonBytes,
    countersMatch:
      settled.bytesReceived - start.bytesReceived === client.bytesSent &&
      settled.bytesSent - start.bytesSent === client.bytesReceived,
  };
}

/** Several runs' figures as one: worst rate and largest batch, totals summed. */
export function combineStreams(runs: StreamFigures[]): StreamFigures {
  return {
    batchesPerSecond: Math.max(...runs.map((run) => run.batchesPerSecond)),
    tableOnlyBatches: sum(runs, (run) => run.tableOnlyBatches),
    batches: sum(runs, (run) => run.batches),
    events: sum(runs, (run) => run.events),
    maxEventsPerBatch: Math.max(...runs.map((run) => run.maxEventsPerBatch)),
    jsonBytes: sum(runs, (run) => run.jsonBytes),
    maxJsonBytesPerBatch: Math.max(...runs.map((run) => run.maxJsonBytesPerBatch)),
    countersMatch: runs.every((run) => run.countersMatch),
  };
}

function sum(runs: StreamFigures[], pick: (run: StreamFigures) => number): number {
  return runs.reduce((total, run) => total + pick(run), 0);
}
