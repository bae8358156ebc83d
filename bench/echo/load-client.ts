/**
 * The load generator, in a process of its own so that the server under test has its own event
 * loop (and, here, its own core). It takes requests over the IPC channel from load-client-process.ts.
 */
import { measureConnectRate } from './client-connect-rate';
import { measureLatency } from './client-latency';
import { measureThroughput } from './client-throughput';
import { thrownMessage } from '../../electron/backend/thrown-message';
import type { LoadReply, LoadRequest, LoadResults } from './load-protocol';

function run(request: LoadRequest): Promise<LoadResults[LoadRequest['kind']]> {
  switch (request.kind) {
    case 'throughput':
      return measureThroughput(request.port, request.connections, request.durationMs, request.payload);
    case 'latency':
      return measureLatency(request.port, request.roundTrips, request.messageBytes, request.payload);
    case 'connect-rate':
      return measureConnectRate(request.port, request.durationMs, request.parallel);
  }
}

process.on('message', (request: LoadRequest) => {
  void run(request)
    .then(
      (result): LoadReply => ({ ok: true, result }),
      (error: unknown): LoadReply => ({ ok: false, error: thrownMessage(error) }),
    )
    .then((reply) => process.send?.(reply));
});
