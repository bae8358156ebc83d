import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { endsReply, scanRequest } from './powershell-protocol';

/** One long-lived child asked for a scan at a time; its start-up is paid once, not per scan. */
export interface ScanProcess {
  /** The lines of one reply, without the line that closes it. */
  query(): Promise<string[]>;
  close(): void;
}

export interface ScanProcessOptions {
  start: () => ChildProcessWithoutNullStreams;
  /** The longest one reply may take, the child's start-up included; then the child is ended. */
  timeoutMs: number;
}

interface Waiting {
  id: number;
  lines: string[];
  resolve: (lines: string[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Speaks the scan protocol (powershell-protocol.ts) with a child started on the first query. Queries wait
 * their turn. Once the child fails (it cannot start, exits, or overruns the timeout) every query, the one
 * waiting and all later ones, rejects with that failure: the caller decides what reads the sockets instead.
 */
export function createScanProcess({ start, timeoutMs }: ScanProcessOptions): ScanProcess {
  let child: ChildProcessWithoutNullStreams | undefined;
  let failure: Error | undefined;
  let waiting: Waiting | undefined;
  let partial = '';
  let lastId = 0;
  let turn: Promise<unknown> = Promise.resolve();

  function fail(error: Error): void {
    failure ??= error;
    const current = waiting;
    waiting = undefined;
    if (current) {
      clearTimeout(current.timer);
      current.reject(failure);
    }
    child?.kill();
  }

  function onLine(line: string): void {
    if (!waiting) return;
    if (!endsReply(line, waiting.id)) {
      waiting.lines.push(line);
      return;
    }
    const { lines, resolve, timer } = waiting;
    waiting = undefined;
    clearTimeout(timer);
    if (child) hold(child, false);
    resolve(lines);
  }

  function started(): ChildProcessWithoutNullStreams {
    const process = start();
    process.stdout.setEncoding('utf8');
    process.stdout.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const part of parts) onLine(part.replace(/\r$/, ''));
    });
    // Its warnings are not the reply, but an unread pipe would fill and stall it.
    process.stderr.resume();
    process.on('error', (error) => fail(error));
    process.on('exit', (code, signal) => fail(new Error(`The scan process ended (${signal ?? code}).`)));
    process.stdin.on('error', (error) => fail(error));
    return process;
  }

  function ask(): Promise<string[]> {
    if (failure) return Promise.reject(failure);
    child ??= started();
    hold(child, true);
    lastId += 1;
    const id = lastId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => fail(new Error(`The scan process gave no answer within ${timeoutMs} ms.`)),
        timeoutMs,
      );
      waiting = { id, lines: [], resolve, reject, timer };
      child?.stdin.write(scanRequest(id));
    });
  }

  return {
    query() {
      const next = turn.then(ask);
      turn = next.catch(() => undefined);
      return next;
    },
    close() {
      fail(new Error('The scan process was closed.'));
    },
  };
}

/** Idle between scans, the child and its pipes must not keep the app (or its worker thread) from ending. */
function hold(child: ChildProcessWithoutNullStreams, held: boolean): void {
  for (const handle of [child, child.stdin, child.stdout, child.stderr] as Partial<
    Pick<Socket, 'ref' | 'unref'>
  >[]) {
    if (held) handle.ref?.();
    else handle.unref?.();
  }
}
