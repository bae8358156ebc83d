import { connect } from 'node:net';
import { expect, type Locator, type Page } from '@playwright/test';

export const LESSON = 'Hello world! This is an echo server made with python';
export const LESSON_BYTES = new TextEncoder().encode(LESSON).length;

/**
 * The lesson end to end, as a user does it in either shell: start the echo server, add two
 * clients, send the lesson's message from each, see both echoes, then stop the server and see
 * every socket closed, on the screen and in the OS.
 */
export async function runLesson(page: Page, port: number): Promise<void> {
  const diagram = page.getByRole('figure', { name: 'Socket diagram' });
  const log = page.getByRole('log', { name: 'Event log' });

  await page.getByLabel('Server port').fill(String(port));
  await page.getByRole('button', { name: 'Start server' }).click();
  await expect(
    diagram.getByRole('button', {
      name: new RegExp(`^Listening socket server-\\d+ 127\\.0\\.0\\.1:${port} \\(listening\\)$`),
    }),
  ).toBeVisible();

  const addClient = page.getByRole('button', { name: 'Add client' });
  await addClient.click();
  await addClient.click();
  const cards = page.getByRole('region', { name: /^Client client-\d+$/ });
  await expect(cards).toHaveCount(2);

  // Each card found by its name, not its place: a card that moves must not take another's click.
  const clientIds = await cards.evaluateAll((regions) =>
    regions.map((region) => (region.getAttribute('aria-label') ?? '').replace('Client ', '')),
  );
  for (const clientId of clientIds) {
    const card = page.getByRole('region', { name: `Client ${clientId}`, exact: true });
    await expect(card.getByLabel('Message')).toHaveValue(LESSON);
    await card.getByRole('button', { name: 'Send' }).click();
  }

  for (const clientId of clientIds) {
    const connection = diagram.getByRole('group', {
      name: new RegExp(`^Connection ${clientId} ↔ conn-\\d+$`),
    });
    await expect(connection).toContainText(`→ ${LESSON_BYTES} B “Hello world!`);
    await expect(connection).toContainText(`← ${LESSON_BYTES} B echoed “Hello world!`);

    // The client's socket shows the ephemeral port the OS gave it, which the OS confirms.
    const socket = diagram.getByRole('button', {
      name: new RegExp(`^Client socket ${clientId} 127\\.0\\.0\\.1:\\d+ \\(open\\)$`),
    });
    const clientPort = Number(/:(\d+) \(open\)$/.exec((await socket.getAttribute('aria-label')) ?? '')?.[1]);
    expect(clientPort).toBeGreaterThan(1023);
    expect(clientPort).not.toBe(port);
    await expect(
      diagram.getByRole('button', {
        name: new RegExp(`^Accepted socket conn-\\d+ 127\\.0\\.0\\.1:${port} \\(open\\)$`),
      }),
    ).toHaveCount(2);
    const inOsTable = await isConnectedPair(clientPort, port);
    if (inOsTable !== undefined) expect(inOsTable).toBe(true);
  }
  // Each client's message is in the log four times: sent, received by the server, echoed, received back.
  await expect(log.getByText(LESSON)).toHaveCount(8);

  await page.getByRole('button', { name: 'Stop server' }).click();
  await expect(diagram.getByRole('button', { name: /\((open|listening|connecting|created)\)$/ })).toHaveCount(
    0,
  );
  await expect(diagram.getByRole('button', { name: /\(closed\)$/ })).toHaveCount(5);
  expect(await connectError(port)).toBe('ECONNREFUSED');
}

/** Connects to the port from outside the app and reports how that went. */
export function connectError(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/**
 * Asks the OS, not the app, whether an established loopback TCP connection links these two
 * ports; undefined where there is no /proc/net/tcp to ask.
 */
async function isConnectedPair(clientPort: number, serverPort: number): Promise<boolean | undefined> {
  const { readFile } = await import('node:fs/promises');
  const table = await readFile('/proc/net/tcp', 'utf8').catch(() => undefined);
  if (table === undefined) return undefined;
  const hexPort = (value: number) => value.toString(16).toUpperCase().padStart(4, '0');
  const established = '01';
  return table
    .split('\n')
    .some(
      (line) =>
        line.includes(`:${hexPort(clientPort)} `) &&
        line.includes(`:${hexPort(serverPort)} `) &&
        line.trim().split(/\s+/)[3] === established,
    );
}

/**
 * A port for a test's server, most likely free: below 32768, where Linux (and macOS, Windows)
 * never hands out ports to clients. Above it, the client sockets earlier tests left in TIME_WAIT
 * or FIN_WAIT2 hold ports, and a server cannot listen on one of those (EADDRINUSE).
 */
export function randomPort(): number {
  return 20_000 + Math.floor(Math.random() * 12_000);
}

/** The Lab's echo server on `port` and one client connected to it; resolves with the client's card. */
export async function startServerAndClient(page: Page, port = randomPort()): Promise<Locator> {
  await page.getByLabel('Server port').fill(String(port));
  await page.getByRole('button', { name: 'Start server' }).click();
  await page.getByRole('button', { name: 'Add client' }).click();
  return page.getByRole('region', { name: /^Client client-\d+$/ });
}
