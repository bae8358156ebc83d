import { createSocket } from 'node:dgram';
import { EventEmitter } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackendApi } from '../backend/backend-api';
import { createBackend } from '../backend/create-backend';
import type { CommandName } from '../contract/command-names';
import { installQuitTriggers, type QuittingApp, type SignalSource } from './quit-triggers';
import { createShutdown } from './shutdown';

/**
 * The whole quit path in plain Node, with the real back end and real sockets: only Electron's
 * app is faked, the way it behaves (before-quit can hold the quit; quit() asks again).
 */
function fakeElectronApp() {
  const app = Object.assign(new EventEmitter(), {
    exited: false,
    quit() {
      if (app.exited) return;
      let held = false;
      app.emit('before-quit', { preventDefault: () => (held = true) });
      if (!held) app.exited = true;
    },
  });
  return app;
}
type FakeElectronApp = ReturnType<typeof fakeElectronApp>;

const backends: BackendApi[] = [];
const rawSockets: Socket[] = [];
afterEach(async () => {
  rawSockets.splice(0).forEach((socket) => socket.destroy());
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

async function run<T>(backend: BackendApi, command: CommandName, payload: unknown): Promise<T> {
  const response = await backend.handle(command, payload);
  if (!response.ok) throw new Error(`${command}: ${response.error.message}`);
  return response.result as T;
}

type Opened = { local: { port: number } };

/** What the Lab has open when the user quits: TCP and UDP servers and clients, and a stranger. */
async function openLabSockets(backend: BackendApi) {
  const tcp = await run<Opened>(backend, 'startServer', {
    protocol: 'tcp',
    host: '127.0.0.1',
    port: 0,
    recvBufferSize: 1024,
  });
  const client = { protocol: 'tcp', host: '127.0.0.1', port: tcp.local.port, recvBufferSize: 1024 };
  await run(backend, 'connectClient', client);
  await run(backend, 'connectClient', client);
  const udp = await run<Opened>(backend, 'startServer', {
    protocol: 'udp',
    host: '127.0.0.1',
    port: 0,
    recvBufferSize: 1024,
  });
  const udpClient = await run<Opened>(backend, 'connectClient', {
    protocol: 'udp',
    host: '127.0.0.1',
    port: udp.local.port,
    recvBufferSize: 1024,
  });
  // A connection the app did not open (nc, a browser) to the app's server.
  const stranger = connect({ host: '127.0.0.1', port: tcp.local.port });
  rawSockets.push(stranger);
  const strangerClosed = new Promise<void>((resolve) => stranger.on('close', () => resolve()));
  stranger.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    stranger.once('connect', resolve);
    stranger.once('error', reject);
  });
  return { tcpPort: tcp.local.port, udpPorts: [udp.local.port, udpClient.local.port], strangerClosed };
}

function connectionError(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

function bindTcp(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

function bindUdp(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve()));
  });
}

describe('quitting closes every socket the app opened', () => {
  it.each([
    ['Ctrl+C (SIGINT)', (_app: FakeElectronApp, signals: EventEmitter) => signals.emit('SIGINT')],
    ['SIGTERM', (_app: FakeElectronApp, signals: EventEmitter) => signals.emit('SIGTERM')],
    ['closing the window', (app: FakeElectronApp) => app.emit('window-all-closed')],
    ['the Quit menu item', (app: FakeElectronApp) => app.quit()],
  ])('after %s nothing is left listening', async (_how, trigger) => {
    const backend = createBackend();
    backends.push(backend);
    const app = fakeElectronApp();
    const signals = new EventEmitter();
    const shutdown = createShutdown({ closeBackend: () => backend.close(), quit: () => app.quit() });
    installQuitTriggers(app as unknown as QuittingApp, signals as unknown as SignalSource, shutdown);
    const { tcpPort, udpPorts, strangerClosed } = await openLabSockets(backend);
    expect(await connectionError(tcpPort)).toBe('connected');

    trigger(app, signals);
    // Held until the sockets are closed; then the app really quits.
    expect(app.exited).toBe(false);
    await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 5000, interval: 10 });

    await strangerClosed;
    expect(await connectionError(tcpPort)).toBe('ECONNREFUSED');
    await bindTcp(tcpPort);
    for (const port of udpPorts) await bindUdp(port);
    expect(await run(backend, 'getLabState', {})).toMatchObject({ sockets: [] });
  });

  it('closes the sockets once, however many signals arrive', async () => {
    const backend = createBackend();
    backends.push(backend);
    const close = vi.spyOn(backend, 'close');
    const app = fakeElectronApp();
    const signals = new EventEmitter();
    const shutdown = createShutdown({ closeBackend: () => backend.close(), quit: () => app.quit() });
    installQuitTriggers(app as unknown as QuittingApp, signals as unknown as SignalSource, shutdown);
    const { tcpPort } = await openLabSockets(backend);

    signals.emit('SIGINT');
    signals.emit('SIGINT');
    signals.emit('SIGTERM');
    await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 5000, interval: 10 });
    expect(close).toHaveBeenCalledTimes(1);
    expect(await connectionError(tcpPort)).toBe('ECONNREFUSED');
  });
});
