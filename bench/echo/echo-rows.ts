import type { ConnectRateFigures } from './connect-rate-bench';
import type { LatencyFigures } from './latency-bench';
import type { MemoryFigures } from './memory-bench';
import type { PayloadKind } from '../shared/payload';
import { mib } from '../shared/process-stats';
import type { StreamFigures } from './stream-figures';
import { compared, summaryRow, type SummaryRow, type Target } from '../shared/summary-table';
import type { ThroughputFigures } from './throughput-bench';

/** One batch per 16 ms is 62.5 a second: "about 60". */
const MAX_BATCHES_PER_SECOND = 62.5;
/**
 * 200 whole data events (each at most a 128-byte preview as text and hex, and its recv slices)
 * plus one summary per socket and direction: a few hundred KiB at recv(1024).
 */
export const MAX_BATCH_JSON_BYTES = 512 * 1024;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** The targets are for any bytes (random); text runs show how much of the cost is the previews. */
const isDiagnostic = (payload: PayloadKind) => payload === 'text';
const payloadNote = (payload: PayloadKind) => (isDiagnostic(payload) ? ', text' : '');
const targetFor = (payload: PayloadKind, target: Target) => (isDiagnostic(payload) ? undefined : target);

export function throughputRows(figures: ThroughputFigures): SummaryRow[] {
  const { connections, payload, lab, bare, python } = figures;
  const rows = [
    summaryRow(
      `echo throughput, ${connections} conn${payloadNote(payload)}, MiB/s`,
      mib(lab),
      compared(lab, bare, `${mib(bare)} (Node)`),
      targetFor(payload, { text: '>= 0.90x', met: lab >= 0.9 * bare }),
    ),
  ];
  if (python !== undefined) {
    rows.push(
      summaryRow(
        `echo throughput, ${connections} conn, vs Python`,
        mib(lab),
        compared(lab, python, `${mib(python)} (Python)`),
      ),
    );
  }
  return rows;
}

export function byteExactRow(all: ThroughputFigures[]): SummaryRow {
  const exact = all.every((figures) => figures.byteExact);
  return summaryRow('echo byte-exact (every run, SHA-256)', yesNo(exact), {}, { text: 'yes', met: exact });
}

export function latencyRows({ payload, lab, bare }: LatencyFigures): SummaryRow[] {
  return [
    summaryRow(
      `latency p50${payloadNote(payload)}, µs`,
      lab.p50Us.toFixed(0),
      compared(lab.p50Us, bare.p50Us, bare.p50Us.toFixed(0)),
    ),
    summaryRow(
      `latency p99${payloadNote(payload)}, µs`,
      lab.p99Us.toFixed(0),
      compared(lab.p99Us, bare.p99Us, bare.p99Us.toFixed(0)),
      targetFor(payload, { text: '<= 1.20x', met: lab.p99Us <= 1.2 * bare.p99Us }),
    ),
  ];
}

export function connectRateRow({ lab, bare }: ConnectRateFigures): SummaryRow {
  return summaryRow('connect/close cycles per s', lab.toFixed(0), compared(lab, bare, bare.toFixed(0)), {
    text: '>= 0.80x',
    met: lab >= 0.8 * bare,
  });
}

export function streamRows(flood: StreamFigures, smallestBuffer: StreamFigures): SummaryRow[] {
  const countersMatch = flood.countersMatch && smallestBuffer.countersMatch;
  return [
    summaryRow(
      'event stream: batches/s (worst run)',
      flood.batchesPerSecond.toFixed(1),
      {},
      {
        text: `<= ${MAX_BATCHES_PER_SECOND}`,
        met: flood.batchesPerSecond <= MAX_BATCHES_PER_SECOND,
      },
    ),
    summaryRow(
      'event stream: events/batch mean, max',
      `${(flood.events / flood.batches).toFixed(0)}, ${flood.maxEventsPerBatch}`,
    ),
    summaryRow(
      'event stream: KiB/batch (JSON) mean, max',
      `${kib(flood.jsonBytes / flood.batches)}, ${kib(flood.maxJsonBytesPerBatch)}`,
      {},
      {
        text: `max <= ${kib(MAX_BATCH_JSON_BYTES)}`,
        met: flood.maxJsonBytesPerBatch <= MAX_BATCH_JSON_BYTES,
      },
    ),
    summaryRow(
      'event stream at recv(1): KiB/batch max',
      kib(smallestBuffer.maxJsonBytesPerBatch),
      {},
      {
        text: `<= ${kib(MAX_BATCH_JSON_BYTES)}`,
        met: smallestBuffer.maxJsonBytesPerBatch <= MAX_BATCH_JSON_BYTES,
      },
    ),
    summaryRow(
      'event byte counters = bytes moved',
      yesNo(countersMatch),
      {},
      { text: 'yes', met: countersMatch },
    ),
  ];
}

export function memoryRows({ lab, bare }: MemoryFigures): SummaryRow[] {
  const perConnection = (report: typeof lab) =>
    (report.open.rssBytes - report.start.rssBytes) / report.connections;
  const againstStart = (value: number, start: number) => compared(value, start, `${mib(start)} (start)`);
  return [
    summaryRow(
      `rss with ${lab.connections} conns open, MiB`,
      mib(lab.open.rssBytes),
      compared(lab.open.rssBytes, bare.open.rssBytes, `${mib(bare.open.rssBytes)} (Node)`),
    ),
    summaryRow(
      'rss growth per open conn, KiB',
      kib(perConnection(lab)),
      compared(perConnection(lab), perConnection(bare), `${kib(perConnection(bare))} (Node)`),
    ),
    summaryRow(
      'rss just after closing them, MiB',
      mib(lab.closed.rssBytes),
      againstStart(lab.closed.rssBytes, lab.start.rssBytes),
    ),
    summaryRow(
      'rss once TIME_WAIT is over, MiB',
      mib(lab.settled.rssBytes),
      againstStart(lab.settled.rssBytes, lab.start.rssBytes),
      { text: '<= 1.10x', met: lab.settled.rssBytes <= 1.1 * lab.start.rssBytes },
    ),
    summaryRow(
      'bare Node rss once TIME_WAIT is over, MiB',
      mib(bare.settled.rssBytes),
      againstStart(bare.settled.rssBytes, bare.start.rssBytes),
    ),
    summaryRow(
      'heapUsed once TIME_WAIT is over, MiB',
      mib(lab.settled.heapUsedBytes),
      againstStart(lab.settled.heapUsedBytes, lab.start.heapUsedBytes),
      { text: '<= 1.10x', met: lab.settled.heapUsedBytes <= 1.1 * lab.start.heapUsedBytes },
    ),
    summaryRow(
      'open files after closing them',
      String(lab.closed.openFiles),
      { baseline: `${lab.start.openFiles} (start)` },
      { text: '= start', met: lab.closed.openFiles === lab.start.openFiles },
    ),
  ];
}
