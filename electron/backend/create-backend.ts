import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandSchemas, isCommandName, type CommandName, type CommandResults } from '../contract/commands';
import { createNanoEvents } from 'nanoevents';
import type { LabEventType } from '../contract/events';
import { invalidPayload, type CommandError, type CommandResponse } from '../contract/responses';
import type { SocketRow } from '../contract/socket-table';
import type { StreamListeners } from '../contract/streams';
import { createEventStamper } from '../lab/event-stamper';
import { Lab } from '../lab/lab';
import type { BackendApi } from './backend-api';
import { toCommandError } from './command-error';
import { LabEventBatcher } from './event-batcher';
import { createCommandRunners } from './command-runners';
import { LabEventHistory } from './lab-event-history';
import { createSocketScanner } from '../socket-table/scanner';
import type { SocketScanner } from '../socket-table/scanner-types';
import { SocketTableFeed } from '../socket-table/feed';
import { createInThreadTracker, type SocketTableTracker } from '../socket-table/tracker';
import { KernelSampler } from '../kernel-view/kernel-sampler';
import { createWorkerTracker } from '../socket-table/worker-tracker';

export interface BackendOptions {
  batchIntervalMs?: number;
  maxDataEventsPerBatch?: number;
  /** The socket-table scanner, run on this thread; by default this OS's own, in a worker thread. */
  scanner?: SocketScanner;
  scanIntervalMs?: number;
}

/** Events after which the socket table has a row more or less. */
const SOCKET_LIFECYCLE: ReadonlySet<LabEventType> = new Set(['listening', 'connected', 'accepted', 'closed']);

/** Built beside the back end (out/main, out/bench); absent when running from source, as tests do. */
const SOCKET_TABLE_WORKER = new URL('../socket-table/worker.js', import.meta.url);

/** This OS's scanner in a worker thread where the worker is built, else on this thread; none where the OS has none. */
function platformTracker(known: () => ReadonlyMap<string, SocketRow>): SocketTableTracker | undefined {
  let scanner: SocketScanner;
  try {
    scanner = createSocketScanner();
  } catch {
    return undefined;
  }
  if (!existsSync(fileURLToPath(SOCKET_TABLE_WORKER))) return createInThreadTracker(scanner);
  return createWorkerTracker({
    workerUrl: SOCKET_TABLE_WORKER,
    fallback: () => createInThreadTracker(scanner, known()),
  });
}

export function createBackend(options: BackendOptions = {}): BackendApi {
  const streams = createNanoEvents<StreamListeners>();
  const history = new LabEventHistory();
  const batcher = new LabEventBatcher({
    intervalMs: options.batchIntervalMs ?? 16,
    // Enough to follow a conversation event by event; a flood is summarised past it, which keeps
    // each batch small to serialise on the event loop the sockets share.
    maxDataEventsPerBatch: options.maxDataEventsPerBatch ?? 48,
    deliver: (batch) => {
      if (batch.events.some((event) => SOCKET_LIFECYCLE.has(event.type))) {
        socketTable.nudge();
        kernelView.nudge();
      }
      history.push(batch.events);
      streams.emit('lab', batch);
    },
  });
  const lab = new Lab(
    createEventStamper((event) => batcher.push(event)),
    (stepMode) => batcher.setStepMode(stepMode),
  );
  const socketTable: SocketTableFeed = new SocketTableFeed({
    tracker: options.scanner
      ? createInThreadTracker(options.scanner)
      : platformTracker(() => socketTable.rows),
    labSockets: () => lab.describe(),
    publish: (update) => streams.emit('socket-table', update),
    ...(options.scanIntervalMs ? { intervalMs: options.scanIntervalMs } : {}),
  });
  const kernelView = new KernelSampler({
    labSockets: () => lab.describe(),
    publish: (batch) => streams.emit('kernel-view', batch),
  });
  const runners = createCommandRunners(lab, socketTable, history);

  async function handle(command: unknown, payload: unknown): Promise<CommandResponse<CommandName>> {
    if (!isCommandName(command)) {
      const name = typeof command === 'string' ? command.slice(0, 64) : typeof command;
      return {
        ok: false,
        error: { kind: 'unknown-command', command: name, message: `There is no command "${name}".` },
      };
    }
    const parsed = commandSchemas[command].safeParse(payload);
    if (!parsed.success) return { ok: false, error: invalidPayload(parsed.error) };
    try {
      const run = runners[command] as (valid: unknown) => Promise<unknown>;
      return { ok: true, result: (await run(parsed.data)) as CommandResults[CommandName] };
    } catch (error) {
      return { ok: false, error: await withPortHolder(toCommandError(error), parsed.data) };
    }
  }

  /** EADDRINUSE says a port is taken; the socket table can often say by whom. */
  async function withPortHolder(error: CommandError, payload: unknown): Promise<CommandError> {
    if (error.kind !== 'socket-error' || error.error.code !== 'EADDRINUSE') return error;
    const { protocol, port } = payload as { protocol?: 'tcp' | 'udp'; port?: number };
    if (!protocol || !port) return error;
    const holder = await socketTable.holderOf(protocol, port).catch(() => undefined);
    return holder ? { ...error, error: { ...error.error, ...holder } } : error;
  }

  return {
    handle,
    subscribe(stream, listener) {
      const unbind = streams.on(stream, listener);
      // The table is scanned only while someone watches it.
      if (stream === 'socket-table') socketTable.start();
      // Sampled while someone watches and the Lab has sockets (the sampler idles without).
      if (stream === 'kernel-view') kernelView.start();
      return () => {
        unbind();
        if (stream === 'socket-table' && !streams.events['socket-table']?.length) socketTable.stop();
        if (stream === 'kernel-view' && !streams.events['kernel-view']?.length) kernelView.stop();
      };
    },
    async close() {
      socketTable.close();
      kernelView.stop();
      await lab.closeAll();
      batcher.flush();
    },
  };
}
