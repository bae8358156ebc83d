import type { ConnectRateFigures } from './connect-rate-bench';
import type { LatencyFigures } from './latency-bench';
import type { MemoryFigures } from './memory-bench';
import type { PayloadKind } from '../shared/payload';
import { mib } from '../shared/process-stats';
import type { StreamFigures } from './stream-figures';
import { ratioText, type SummaryRow } from '../shared/summary-table';
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

export function throughputRows(figures: ThroughputFigures): SummaryRow[] {
  const { connections, payload, lab, bare, python } = figures;
  const rows: SummaryRow[] = [
    {
      benchmark: `echo throughput, ${connections} conn${payloadNote(payload)}, MiB/s`,
      lab: mib(lab),
      baseline: `${mib(bare)} (Node)`,
      ratio: ratioText(lab, bare),
      target: isDiagnostic(payload) ? '' : '>= 0.90x',
      met: isDiagnostic(payload) ? undefined : lab >= 0.9 * bare,
    },
  ];
  if (python !== undefined) {
    rows.push({
      benchmark: `echo throughput, ${connections} conn, vs Python`,
      lab: mib(lab),
      baseline: `${mib(python)} (Python)`,
      ratio: ratioText(lab, python),
      target: '',
      met: undefined,
    });
  }
  return rows;
}

export function byteExactRow(all: ThroughputFigures[]): SummaryRow {
  const exact = all.every((figures) => figures.byteExact);
  return {
    benchmark: 'echo byte-exact (every run, SHA-256)',
    lab: yesNo(exact),
    baseline: '',
    ratio: '',
    target: 'yes',
    met: exact,
  };
}

export function latencyRows({ payload, lab, bare }: LatencyFigures): SummaryRow[] {
  return [
    {
      benchmark: `latency p50${payloadNote(payload)}, µs`,
      lab: lab.p50Us.toFixed(0),
      baseline: bare.p50Us.toFixed(0),
      ratio: ratioText(lab.p50Us, bare.p50Us),
      target: '',
      met: undefined,
    },
    {
      benchmark: `latency p99${payloadNote(payload)}, µs`,
      lab: lab.p99Us.toFixed(0),
      baseline: bare.p99Us.toFixed(0),
      ratio: ratioText(lab.p99Us, bare.p99Us),
      target: isDiagnostic(payload) ? '' : '<= 1.20x',
      met: isDiagnostic(payload) ? undefined : lab.p99Us <= 1.2 * bare.p99Us,
    },
  ];
}

export function connectRateRow({ lab, bare }: ConnectRateFigures): SummaryRow {
  return {
    benchmark: 'connect/close cycles per s',
    lab: lab.toFixed(0),
    baseline: bare.toFixed(0),
    ratio: ratioText(lab, bare),
    target: '>= 0.80x',
    met: lab >= 0.8 * bare,
  };
}

export function streamRows(flood: StreamFigures, smallestBuffer: StreamFigures): SummaryRow[] {
  return [
    {
      benchmark: 'event stream: batches/s (worst run)',
      lab: flood.batchesPerSecond.toFixed(1),
      baseline: '',
      ratio: '',
      target: `<= ${MAX_BATCHES_PER_SECOND}`,
      met: flood.batchesPerSecond <= MAX_BATCHES_PER_SECOND,
    },
    {
      benchmark: 'event stream: events/batch mean, max',
      lab: `${(flood.events / flood.batches).toFixed(0)}, ${flood.maxEventsPerBatch}`,
      baseline: '',
      ratio: '',
      target: '',
      met: undefined,
    },
    {
      benchmark: 'event stream: KiB/batch (JSON) mean, max',
      lab: `${kib(flood.jsonBytes / flood.batches)}, ${kib(flood.maxJsonBytesPerBatch)}`,
      baseline: '',
      ratio: '',
      target: `max <= ${kib(MAX_BATCH_JSON_BYTES)}`,
      met: flood.maxJsonBytesPerBatch <= MAX_BATCH_JSON_BYTES,
    },
    {
      benchmark: 'event stream at recv(1): KiB/batch max',
      lab: kib(smallestBuffer.maxJsonBytesPerBatch),
      baseline: '',
      ratio: '',
      target: `<= ${kib(MAX_BATCH_JSON_BYTES)}`,
      met: smallestBuffer.maxJsonBytesPerBatch <= MAX_BATCH_JSON_BYTES,
    },
    {
      benchmark: 'event byte counters = bytes moved',
      lab: yesNo(flood.countersMatch && smallestBuffer.countersMatch),
      baseline: '',
      ratio: '',
      target: 'yes',
      met: flood.countersMatch && smallestBuffer.countersMatch,
    },
  ];
}

export function memoryRows({ lab, bare }: MemoryFigures): SummaryRow[] {
  const perConnection = (report: typeof lab) =>
    (report.open.rssBytes - report.start.rssBytes) / report.connections;
  return [
    {
      benchmark: `rss with ${lab.connections} conns open, MiB`,
      lab: mib(lab.open.rssBytes),
      baseline: `${mib(bare.open.rssBytes)} (Node)`,
      ratio: ratioText(lab.open.rssBytes, bare.open.rssBytes),
      target: '',
      met: undefined,
    },
    {
      benchmark: 'rss growth per open conn, KiB',
      lab: kib(perConnection(lab)),
      baseline: `${kib(perConnection(bare))} (Node)`,
      ratio: ratioText(perConnection(lab), perConnection(bare)),
      target: '',
      met: undefined,
    },
    {
      benchmark: 'rss just after closing them, MiB',
      lab: mib(lab.closed.rssBytes),
      baseline: `${mib(lab.start.rssBytes)} (start)`,
      ratio: ratioText(lab.closed.rssBytes, lab.start.rssBytes),
      target: '',
      met: undefined,
    },
    {
      benchmark: 'rss once TIME_WAIT is over, MiB',
      lab: mib(lab.settled.rssBytes),
      baseline: `${mib(lab.start.rssBytes)} (start)`,
      ratio: ratioText(lab.settled.rssBytes, lab.start.rssBytes),
      target: '<= 1.10x',
      met: lab.settled.rssBytes <= 1.1 * lab.start.rssBytes,
    },
    {
      benchmark: 'bare Node rss once TIME_WAIT is over, MiB',
      lab: mib(bare.settled.rssBytes),
      baseline: `${mib(bare.start.rssBytes)} (start)`,
      ratio: ratioText(bare.settled.rssBytes, bare.start.rssBytes),
      target: '',
      met: undefined,
    },
    {
      benchmark: 'heapUsed once TIME_WAIT is over, MiB',
      lab: mib(lab.settled.heapUsedBytes),
      baseline: `${mib(lab.start.heapUsedBytes)} (start)`,
      ratio: ratioText(lab.settled.heapUsedBytes, lab.start.heapUsedBytes),
      target: '<= 1.10x',
      met: lab.settled.heapUsedBytes <= 1.1 * lab.start.heapUsedBytes,
    },
    {
      benchmark: 'open files after closing them',
      lab: String(lab.closed.openFiles),
      baseline: `${lab.start.openFiles} (start)`,
      ratio: '',
      target: '= start',
      met: lab.closed.openFiles === lab.start.openFiles,
    },
  ];
}
