import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDrivenBackend } from '../test-support/driven-backend';
import { WirePage } from '../test-support/wire-page';
import { startBrowserMode, type BrowserModeServer } from './index';

const rendererDir = mkdtempSync(join(tmpdir(), 'socketscope-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SocketScope</title>');
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

let server: BrowserModeServer | undefined;
const held: Socket[] = [];
afterEach(async () => {
  held.splice(0).forEach((socket) => socket.destroy());
  await server?.close();
  server = undefined;
});

/** A local connection that never sends a byte: what an idle or hostile client holds. */
async function holdIdleConnection(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  held.push(socket);
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

const isClosed = (socket: Socket) =>
  new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)));

describe('connections that have not shown the token', () => {
  it('are let go once idle, while an authenticated page stays', async () => {
    const { backend } = createDrivenBackend();
    server = await startBrowserMode({ backend, port: 0, unprovenLimits: { idleMs: 300 } });
    const page = await WirePage.open(server.url);
    const idle = await holdIdleConnection(server.port);
    expect(await isClosed(idle)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await page.call('getLabState', {})).ok).toBe(true);
    page.close();
  });

  it('are held at most so many, the oldest let go first, so the page still loads and connects', async () => {
    const { backend } = createDrivenBackend();
    server = await startBrowserMode({ backend, port: 0, rendererDir, unprovenLimits: { max: 20 } });
    const port = server.port;
    const page = await WirePage.open(server.url);
    const sockets: Socket[] = [];
    const closed = new Set<Socket>();
    for (let i = 0; i < 200; i++) {
      const socket = await holdIdleConnection(port);
      socket.once('close', () => closed.add(socket));
      sockets.push(socket);
    }
    await expect.poll(() => closed.size).toBe(180);
    // The newest stay, the oldest went.
    expect(sockets.slice(-20).some((socket) => closed.has(socket))).toBe(false);

    // A page already open is not among them; a new one still loads.
    expect((await page.call('getLabState', {})).ok).toBe(true);
    const reply = await fetch(`http://127.0.0.1:${port}/`);
    expect(reply.status).toBe(200);
    page.close();
  });
});
