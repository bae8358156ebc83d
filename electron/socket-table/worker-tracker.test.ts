import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SocketRow } from '../contract/socket-table';
import type { SocketScanner } from './scanner-types';
import { bundleForNode } from '../test-support/bundle-for-node';
import { createInThreadTracker, type SocketTableTracker } from './tracker';
import { createWorkerTracker } from './worker-tracker';
import { runsOn } from '../test-support/platform-skip';
import { labListener } from '../test-support/lab-listener';

const listenerRow: SocketRow = {
  key: 'tcp|127.0.0.1|7|0.0.0.0|0|1',
  protocol: 'tcp',
  localAddress: '127.0.0.1',
  localPort: 7,
  remoteAddress: '0.0.0.0',
  remotePort: 0,
  state: 'LISTEN',
};
const oneRowScanner: SocketScanner = {
  scan: async () => ({
    rows: [listenerRow],
    stats: { rows: 1, skippedLines: 0, durationMs: 0, pidMapped: false },
  }),
};

let tracker: SocketTableTracker | undefined;
let server: Server | undefined;
afterEach(async () => {
  tracker?.close();
  tracker = undefined;
  if (server?.listening) await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe.skipIf(
  !runsOn(
    'linux',
    'the worker thread with the real scanner',
    'Its fallback when the worker file is missing is tested below on any OS.',
  ),
)('the socket table in a worker thread, with real sockets', () => {
  let workerUrl: URL;
  beforeAll(async () => {
    const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
    workerUrl = pathToFileURL(await bundleForNode(entry));
  }, 60_000);

  it("reports a new listener, tagged as the Lab's, then its removal, and nothing in between", async () => {
    let fellBack = false;
    tracker = createWorkerTracker({
      workerUrl,
      fallback: () => {
        fellBack = true;
        return createInThreadTracker(oneRowScanner);
      },
    });
    await tracker.next([], Date.now());
    server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const lab = [labListener('server-1', port)];

    const opened = await tracker.next(lab, Date.now());
    const row = opened.diff?.added.find((added) => added.localPort === port && added.state === 'LISTEN');
    expect(row).toMatchObject({ pid: process.pid, labSocketId: 'server-1', localAddress: '127.0.0.1' });

    const steady = await tracker.next(lab, Date.now());
    expect(steady.diff?.added.some((added) => added.localPort === port) ?? false).toBe(false);

    await new Promise((resolve) => server?.close(resolve));
    const closed = await tracker.next([], Date.now());
    expect(closed.diff?.removed).toContain(row?.key);
    expect(fellBack).toBe(false);
  });

  it('answers from the fallback, on this thread, when the worker stops in the middle of a scan', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'socketscope-worker-'));
    const dying = join(dir, 'dying-worker.mjs');
    await writeFile(
      dying,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
    );
    tracker = createWorkerTracker({
      workerUrl: pathToFileURL(dying),
      fallback: () => createInThreadTracker(oneRowScanner),
    });
    const step = await tracker.next([], Date.now());
    expect(step.diff?.added).toEqual([listenerRow]);
  });
});

it('falls back to this thread when the worker file is missing', async () => {
  let fallbacks = 0;
  tracker = createWorkerTracker({
    workerUrl: pathToFileURL(join(tmpdir(), 'socketscope-no-such-worker.mjs')),
    fallback: () => {
      fallbacks += 1;
      return createInThreadTracker(oneRowScanner, new Map([[listenerRow.key, listenerRow]]));
    },
  });
  // The table the fallback starts from is the one the caller holds: no change to report.
  expect((await tracker.next([], Date.now())).diff).toBeUndefined();
  expect((await tracker.next([], Date.now())).diff).toBeUndefined();
  expect(fallbacks).toBe(1);
});
