import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../test-support/bundle-for-node';
import { LimitedChild } from '../test-support/child-harness';
import { connectRawClient, destroyRawClients, type RawClient } from '../test-support/raw-clients';
import { exchangeOverRawClient } from '../test-support/raw-sockets';

/** Low enough that a few dozen connections exhaust it; the child needs about 20 files before any. */
const FILE_LIMIT = 64;
/** Comfortably more connections than the child has files left. */
const CONNECTIONS = 120;
const HELLO = Buffer.from('hello');

let bundle: string;
let child: LimitedChild | undefined;
let clients: RawClient[] = [];

beforeAll(async () => {
  bundle = await bundleForNode(fileURLToPath(new URL('../test-support/emfile-child.ts', import.meta.url)));
}, 30_000);

afterAll(() => rm(dirname(bundle), { recursive: true, force: true }));

afterEach(async () => {
  await destroyRawClients(clients);
  clients = [];
  await child?.stop();
  child = undefined;
});

/** The child's open-file count once two readings 50 ms apart agree (closes land asynchronously). */
async function settledOpenFiles(limited: LimitedChild): Promise<number> {
  let previous = -2;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const { count } = await limited.request({ type: 'fds' }, 'fds');
    if (count === previous && count > 0) return count;
    previous = count;
    await sleep(50);
  }
  throw new Error("The child's open-file count never settled.");
}

/** Starts the child, takes its baseline after one echo, then connects until it runs out of files. */
async function exhaustFiles(): Promise<{
  limited: LimitedChild;
  port: number;
  serverId: string;
  baseline: number;
}> {
  const limited = new LimitedChild(bundle, FILE_LIMIT);
  child = limited;
  const { port, serverId } = await limited.next('ready', 10_000);
  expect(await exchangeOverRawClient(port, HELLO)).toEqual(HELLO);
  const baseline = await settledOpenFiles(limited);
  expect(baseline).toBeLessThan(FILE_LIMIT - 10);
  const attempts = await Promise.allSettled(
    Array.from({ length: CONNECTIONS }, () => connectRawClient(port)),
  );
  clients = attempts.flatMap((attempt) => (attempt.status === 'fulfilled' ? [attempt.value] : []));
  // The kernel completes every handshake; what the child could not accept is then closed under the client.
  const stillOpen = () => clients.filter((client) => client.socket.readyState === 'open').length;
  await expect.poll(stillOpen).toBeLessThan(FILE_LIMIT);
  return { limited, port, serverId, baseline };
}

describe("too many open files (EMFILE) in the echo server's process", () => {
  it('keeps listening and serving, and returns to its baseline file count once clients leave', async () => {
    const { limited, port, baseline } = await exhaustFiles();
    const open = clients.filter((client) => client.socket.readyState === 'open');
    expect(open.length).toBeGreaterThan(0);
    const [first] = open;
    first?.socket.write(HELLO);
    await first?.receivedAtLeast(HELLO.length);

    await destroyRawClients(clients);
    clients = [];
    expect(await settledOpenFiles(limited)).toBe(baseline);
    expect((await limited.request({ type: 'fds' }, 'fds')).listening).toBe(true);
    expect(await exchangeOverRawClient(port, HELLO)).toEqual(HELLO);
    expect(await settledOpenFiles(limited)).toBe(baseline);
  }, 20_000);

  it('reports the refused accepts as EMFILE error events on the server', async () => {
    const { limited, serverId } = await exhaustFiles();
    await expect
      .poll(
        () =>
          limited
            .of('error-event')
            .map(({ event }) => `${event.socketId} ${event.error.syscall} ${event.error.code}`),
        {
          timeout: 2000,
        },
      )
      .toContain(`${serverId} accept EMFILE`);
  }, 20_000);
});
