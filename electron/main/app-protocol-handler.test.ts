import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { createAppProtocolHandler } from './app-protocol-handler';

let root: string;
let serve: (request: Request) => Promise<Response>;

// A built renderer in out/renderer, with a secret beside it that must never be served.
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'socketscope-protocol-'));
  const renderer = join(root, 'out', 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>SocketScope</title>');
  await writeFile(join(renderer, 'assets', 'index-1a2b.js'), 'console.log(1)');
  await writeFile(join(renderer, 'assets', 'index-1a2b.css'), 'body{}');
  await writeFile(join(renderer, 'favicon.svg'), '<svg/>');
  await writeFile(join(renderer, 'notes.txt'), 'not a served type');
  await writeFile(join(root, 'out', 'secret.html'), 'secret');
  serve = createAppProtocolHandler(renderer);
});

afterAll(() => rm(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('createAppProtocolHandler', () => {
  it.each([
    ['app://socketscope/index.html', 'text/html; charset=utf-8', '<!doctype html><title>SocketScope</title>'],
    ['app://socketscope/', 'text/html; charset=utf-8', '<!doctype html><title>SocketScope</title>'],
    ['app://socketscope', 'text/html; charset=utf-8', '<!doctype html><title>SocketScope</title>'],
    [
      'app://socketscope/index.html?lang=es#/lab',
      'text/html; charset=utf-8',
      '<!doctype html><title>SocketScope</title>',
    ],
    ['app://socketscope/assets/index-1a2b.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://socketscope/assets/index-1a2b.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://socketscope/favicon.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s as %s', async (url, type, text) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(text);
  });

  it('sends the policy and the other security headers with every answer', async () => {
    for (const url of ['app://socketscope/index.html', 'app://socketscope/missing.js']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it.each([
    'app://socketscope/../secret.html',
    'app://socketscope/%2e%2e/secret.html',
    'app://socketscope/assets/..%2f..%2fsecret.html',
    'app://socketscope/..%2fsecret.html',
    'app://socketscope/..%5csecret.html',
    'app://socketscope/%2e%2e%5csecret.html',
    'app://socketscope/index.html%00.js',
    'app://socketscope/assets%2findex-1a2b.js',
    'app://socketscope/%E0%A4%A.js',
    'app://socketscope/assets',
    'app://socketscope/notes.txt',
    'app://socketscope/missing.js',
    'app://evil/index.html',
    'app://socketscope.evil.com/index.html',
    'app://socketscope:81/index.html',
    'file:///etc/passwd',
    'https://socketscope/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://socketscope/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://socketscope/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
