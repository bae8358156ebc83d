import { Worker } from 'node:worker_threads';
import type { SocketTableTracker, TableStep } from './tracker';
import type { TrackReply, TrackRequest } from './worker-protocol';

export interface WorkerTrackerOptions {
  /** The built socket-table-worker.js. */
  workerUrl: URL;
  /** Takes over on this thread if the worker cannot start or stops; called at most once. */
  fallback: () => SocketTableTracker;
}

/**
 * Each scan makes megabytes of short-lived strings; left to grow, the worker's young generation
 * kept about 50 MiB of memory for them. Collected more often, a 10,000-row table costs ~8 MiB.
 */
const YOUNG_GENERATION_MB = 4;

interface Pending {
  request: TrackRequest;
  resolve: (step: TableStep) => void;
  reject: (error: Error) => void;
}

/**
 * Runs the tracker in a worker thread, started on the first scan. Should the worker fail to load
 * (a missing or unreadable file) or stop, the fallback answers the scans it left unanswered and
 * every later one.
 */
export function createWorkerTracker({ workerUrl, fallback }: WorkerTrackerOptions): SocketTableTracker {
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let replacement: SocketTableTracker | undefined;
  let closed = false;
  let lastId = 0;

  function start(): Worker {
    const started = new Worker(workerUrl, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // Never the reason the process stays up.
    started.unref();
    started.on('message', (reply: TrackReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('step' in reply) waiting?.resolve(reply.step);
      else waiting?.reject(new Error(reply.error));
    });
    const failed = () => {
      if (!closed) switchToFallback();
    };
    started.on('error', failed);
    started.on('exit', failed);
    return started;
  }

  function switchToFallback(): SocketTableTracker {
    if (replacement) return replacement;
    void worker?.terminate();
    worker = undefined;
    const takeover = fallback();
    replacement = takeover;
    for (const { request, resolve, reject } of pending.values()) {
      takeover.next(request.labSockets, request.now).then(resolve, reject);
    }
    pending.clear();
    return takeover;
  }

  /** The worker, started if need be, or the fallback once the worker has failed. */
  function runner(): Worker | SocketTableTracker {
    if (replacement) return replacement;
    try {
      worker ??= start();
      return worker;
    } catch {
      return switchToFallback();
    }
  }

  return {
    next(labSockets, now) {
      const current = runner();
      if (!(current instanceof Worker)) return current.next(labSockets, now);
      lastId += 1;
      const request: TrackRequest = { id: lastId, labSockets, now };
      return new Promise((resolve, reject) => {
        pending.set(request.id, { request, resolve, reject });
        current.postMessage(request);
      });
    },
    close() {
      closed = true;
      void worker?.terminate();
      worker = undefined;
      replacement?.close();
      for (const { reject } of pending.values()) reject(new Error('The socket table was closed.'));
      pending.clear();
    },
  };
}
