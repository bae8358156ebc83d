import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendApi } from '../backend/backend-api';
import { createBackend } from '../backend/create-backend';
import { startBrowserMode, type BrowserModeServer } from './index';
import { INSTANCE_PATH } from './instance-endpoint';

let backend: BackendApi;
let rendererDir: string;
const servers: BrowserModeServer[] = [];

beforeAll(() => {
  rendererDir = mkdtempSync(join(tmpdir(), 'socketscope-instance-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SocketScope</title>');
  backend = createBackend();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await backend.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

async function launch(): Promise<BrowserModeServer> {
  const server = await startBrowserMode({ backend, port: 0, rendererDir });
  servers.push(server);
  return server;
}

/** A real HTTP request, with exactly these headers (no token anywhere). */
function ask(
  port: number,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: INSTANCE_PATH,
        method,
        agent: false,
        headers: { Host: `127.0.0.1:${port}`, ...headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const instanceOf = async (port: number, headers?: Record<string, string>) =>
  (JSON.parse((await ask(port, headers)).body) as { instance: string }).instance;

describe('GET /api/instance', () => {
  it('names this launch without a token: the same each time, another for another launch', async () => {
    const first = await launch();
    const second = await launch();
    const id = await instanceOf(first.port);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await instanceOf(first.port)).toBe(id);
    expect(await instanceOf(second.port)).not.toBe(id);
    expect(first.url).not.toContain(id);
  });

  it("answers the server's own page, as a browser sends it", async () => {
    const { port } = await launch();
    const page = { Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' };
    expect((await ask(port, page)).status).toBe(200);
    expect((await ask(port, { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('keeps the Host and Origin checks: other names and other sites are refused', async () => {
    const { port } = await launch();
    expect((await ask(port, { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await ask(port, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await ask(port, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await ask(port, {}, 'POST')).status).toBe(405);
  });
});
