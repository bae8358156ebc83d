import type { ConnectRateResult } from './client-connect-rate';
import type { LatencyRun } from './client-latency';
import type { ThroughputResult } from './client-throughput';
import type { PayloadKind } from '../shared/payload';

/** What the benchmark asks of the load-client process, one request at a time. */
export type LoadRequest =
  | { kind: 'throughput'; port: number; connections: number; durationMs: number; payload: PayloadKind }
  | { kind: 'latency'; port: number; roundTrips: number; messageBytes: number; payload: PayloadKind }
  | { kind: 'connect-rate'; port: number; durationMs: number; parallel: number };

export interface LoadResults {
  throughput: ThroughputResult;
  latency: LatencyRun;
  'connect-rate': ConnectRateResult;
}

export type LoadReply = { ok: true; result: LoadResults[LoadRequest['kind']] } | { ok: false; error: string };
