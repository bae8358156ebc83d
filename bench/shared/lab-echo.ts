import type { BackendApi } from '../../electron/backend/backend-api';
import { subscribeToEveryStream } from '../../electron/backend/every-stream';
import { createBackend } from '../../electron/backend/create-backend';
import { DEFAULT_RECV_BUFFER } from '../../electron/contract/commands';
import { commandResultOrThrow } from './command-result';
import { BatchRecorder } from './batch-recorder';
import { LOOPBACK, type EchoServer } from './echo-server';

export interface LabEchoServer extends EchoServer {
  /** The back end behind it, for benchmarks that drive the Lab's own clients by command. */
  readonly backend: BackendApi;
  readonly recorder: BatchRecorder;
}

/**
 * The Lab's echo server as the app runs it: a back end with the platform's socket-table
 * scanner, started by command, and a subscriber that takes every batch as the renderer would.
 */
export async function startLabEcho(recvBufferSize = DEFAULT_RECV_BUFFER): Promise<LabEchoServer> {
  const backend = createBackend();
  const recorder = new BatchRecorder();
  const unsubscribe = subscribeToEveryStream(backend, recorder.receive);
  const { local } = await commandResultOrThrow(backend, 'startServer', {
    protocol: 'tcp',
    host: LOOPBACK,
    port: 0,
    recvBufferSize,
  });
  return {
    name: 'Lab',
    port: local.port,
    backend,
    recorder,
    async close() {
      await backend.close();
      unsubscribe();
    },
  };
}
