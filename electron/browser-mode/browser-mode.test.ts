import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { BackendApi } from '../backend/backend-api';
import { createBackend } from '../backend/create-backend';
import { MAX_WIRE_FRAME_BYTES, type WireMessage } from '../contract/wire';
import { startBrowserMode, type BrowserModeServer } from './index';

let backend: BackendApi;
let server: BrowserModeServer;
let rendererDir: string;
let token: string;
let origin: string;

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'socketscope-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SocketScope</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  backend = createBackend();
  server = await startBrowserMode({ backend, port: 0, rendererDir });
  token = new URL(server.url).hash.replace('#token=', '');
  origin = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  await backend.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface HttpReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that the path and Host reach the server exactly as written. */
function get(path: string, host = `127.0.0.1:${server.port}`, method = 'GET'): Promise<HttpReply> {
  return getFrom(server.port, path, host, method);
}

function getFrom(port: number, path: string, host = `127.0.0.1:${port}`, method = 'GET'): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { Host: host }, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface ApiClient {
  ws: WebSocket;
  messages: WireMessage[];
  next(predicate: (message: WireMessage) => boolean): Promise<WireMessage>;
  call(command: string, payload: unknown): Promise<Extract<WireMessage, { type: 'response' }>>;
}

let requestId = 0;

function openApi(
  options: { token?: string | null; origin?: string | null; host?: string; path?: string } = {},
): Promise<ApiClient> {
  const query = options.token === null ? '' : `?token=${options.token ?? token}`;
  const headers: Record<string, string> = { Host: options.host ?? `127.0.0.1:${server.port}` };
  if (options.origin !== null) headers.Origin = options.origin ?? origin;
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}${options.path ?? '/api'}${query}`, { headers });
  const messages: WireMessage[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as WireMessage);
    waiters.forEach((wake) => wake());
  });
  const next = (predicate: (message: WireMessage) => boolean) =>
    new Promise<WireMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message within 5 s')), 5000);
      const check = () => {
        const found = messages.find(predicate);
        if (!found) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  const client: ApiClient = {
    ws,
    messages,
    next,
    async call(command, payload) {
      const id = ++requestId;
      ws.send(JSON.stringify({ id, command, payload }));
      return (await next((m) => m.type === 'response' && m.id === id)) as Extract<
        WireMessage,
        { type: 'response' }
      >;
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** Proves the server still serves a well-behaved page after whatever a test just threw at it. */
async function stillServing(): Promise<void> {
  const client = await openApi();
  const reply = await client.call('getLabState', {});
  expect(reply.response.ok).toBe(true);
  client.ws.close();
}

describe('static files', () => {
  it('serves the renderer with the security headers and no CORS headers', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>SocketScope</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/..%2f..%2fpackage.json',
    '/assets%5c..%5cindex.html',
    '/assets%5c..%5cx',
    '/assets/app.js%00.html',
    '/index.html/..',
    '/missing.js',
    '/assets/',
  ])('answers %s with 404', async (path) => {
    const reply = await get(path);
    expect(reply.status).toBe(404);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers HEAD without a body, and the localhost name for the same port', async () => {
    const head = await get('/', undefined, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['cache-control']).toBe('no-store');
    expect((await get('/', `localhost:${server.port}`)).status).toBe(200);
  });

  it.each(['evil.com', 'localhost.evil.com', '127.0.0.1.nip.io', '127.0.0.1', 'localhost:1'])(
    'refuses a request whose Host is %s',
    async (host) => {
      expect((await get('/', host)).status).toBe(403);
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await get('/', undefined, 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('WebSocket API', () => {
  it('runs commands and streams their events to every page', async () => {
    const otherTab = await openApi();
    const client = await openApi();
    const started = await client.call('startServer', {
      protocol: 'tcp',
      host: '127.0.0.1',
      port: 0,
      recvBufferSize: 1024,
    });
    expect(started.response.ok).toBe(true);
    if (!started.response.ok) return;
    const { serverId } = started.response.result as { serverId: string };
    const listening = (m: WireMessage) =>
      m.type === 'stream' &&
      m.envelope.stream === 'lab' &&
      m.envelope.batch.events.some((e) => e.type === 'listening' && e.socketId === serverId);
    await client.next(listening);
    await otherTab.next(listening);
    const stopped = await client.call('stopServer', { serverId });
    expect(stopped.response).toEqual({ ok: true, result: { closedSockets: 1 } });
    client.ws.close();
    otherTab.ws.close();
  });

  it.each([
    ['a wrong token', { token: 'x'.repeat(43) }, 401],
    ['no token', { token: null }, 401],
    ['a foreign Origin', { origin: 'http://evil.com' }, 403],
    ['a lookalike Origin', { origin: 'http://127.0.0.1.nip.io' }, 403],
    ['the null Origin', { origin: 'null' }, 403],
    ['no Origin', { origin: null }, 403],
    ['a rebound Host', { host: 'localhost.evil.com' }, 403],
    ['an Origin that names the server other than its Host does', { host: 'localhost:PORT' }, 403],
    ['a short token', { token: 'abc' }, 401],
    ['another path', { path: '/websocket' }, 404],
  ] as const)('refuses an upgrade with %s, then keeps serving', async (_what, options, status) => {
    const host = 'host' in options ? options.host.replace('PORT', String(server.port)) : undefined;
    await expect(openApi({ ...options, host })).rejects.toThrow(`refused with ${status}`);
    await stillServing();
  });

  it('accepts a page served as localhost when its Origin says so too', async () => {
    const host = `localhost:${server.port}`;
    const client = await openApi({ host, origin: `http://${host}` });
    expect((await client.call('getLabState', {})).response.ok).toBe(true);
    client.ws.close();
  });

  it('answers bad frames with specific errors and keeps the connection', async () => {
    const client = await openApi();
    client.ws.send('{not json');
    await expect(client.next((m) => m.type === 'protocol-error')).resolves.toMatchObject({
      message: 'That frame is not valid JSON.',
    });
    client.ws.send(JSON.stringify({ id: 1, command: 'getLabState', payload: {}, extra: true }));
    await client.next((m) => m.type === 'protocol-error' && m.message.includes('exactly'));
    client.ws.send(Buffer.from('{"id":1}'));
    await client.next((m) => m.type === 'protocol-error' && m.message.includes('text'));

    const unknown = await client.call('formatDisk', {});
    expect(unknown.response).toMatchObject({
      ok: false,
      error: { kind: 'unknown-command', command: 'formatDisk' },
    });
    const badPort = await client.call('startServer', {
      protocol: 'tcp',
      host: '127.0.0.1',
      port: 70000,
      recvBufferSize: 1024,
    });
    expect(badPort.response).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload', issues: [{ path: ['port'], problem: { key: 'portOutOfRange' } }] },
    });
    const badHost = await client.call('connectClient', {
      protocol: 'tcp',
      host: '999.1.1.1',
      port: 80,
      recvBufferSize: 1024,
    });
    expect(badHost.response).toMatchObject({
      ok: false,
      error: { issues: [{ problem: { key: 'hostBadOctet' } }] },
    });
    const polluted = await client.call('getLabState', JSON.parse('{"__proto__": {"admin": true}}'));
    expect(polluted.response).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } });

    expect((await client.call('getLabState', {})).response.ok).toBe(true);
    client.ws.close();
  });

  it('closes a connection that sends a frame over the limit, and only that one', async () => {
    const other = await openApi();
    const flooder = await openApi();
    const closed = new Promise<number>((resolve) => flooder.ws.once('close', (code) => resolve(code)));
    flooder.ws.send('x'.repeat(MAX_WIRE_FRAME_BYTES + 1));
    expect(await closed).toBe(1009);
    expect((await other.call('getLabState', {})).response.ok).toBe(true);
    other.ws.close();
  });
});

describe('startBrowserMode', () => {
  it('refuses to serve beyond loopback unless asked to', async () => {
    await expect(startBrowserMode({ backend, port: 0, host: '0.0.0.0', rendererDir })).rejects.toThrow(
      /allowRemote/,
    );
  });

  it('listens on 127.0.0.1 when asked for localhost, which could resolve to ::1', async () => {
    const other = await startBrowserMode({ backend, port: 0, host: 'localhost', rendererDir });
    expect(other.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${other.port}/#token=`));
    expect((await getFrom(other.port, '/')).status).toBe(200);
    await other.close();
  });

  it('disconnects its pages and stops listening on close, leaving the back end open', async () => {
    const other = await startBrowserMode({ backend, port: 0, rendererDir });
    const otherToken = new URL(other.url).hash.replace('#token=', '');
    const page = new WebSocket(`ws://127.0.0.1:${other.port}/api?token=${otherToken}`, {
      headers: { Origin: `http://127.0.0.1:${other.port}` },
    });
    await new Promise((resolve) => page.once('open', resolve));
    const pageClosed = new Promise((resolve) => page.once('close', resolve));

    await other.close();
    await pageClosed;
    await expect(getFrom(other.port, '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect((await backend.handle('getLabState', {})).ok).toBe(true);
  });

  it('puts a fresh 256-bit token in the URL fragment, never in the path or query', async () => {
    const other = await startBrowserMode({ backend, port: 0, rendererDir });
    const url = new URL(other.url);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#token=[A-Za-z0-9_-]{43}$/);
    expect(url.hash).not.toBe(new URL(server.url).hash);
    await other.close();
  });
});
