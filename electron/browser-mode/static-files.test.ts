import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticFileFor } from './static-files';

const root = resolve('/srv/renderer');

describe('staticFileFor', () => {
  it('maps / to index.html and a path to the file under the root, with its type', () => {
    expect(staticFileFor(root, '/')).toEqual({
      file: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(staticFileFor(root, '/assets/app-1a2b.js')?.file).toBe(join(root, 'assets', 'app-1a2b.js'));
    expect(staticFileFor(root, '/fonts/a.woff2')?.contentType).toBe('font/woff2');
    expect(staticFileFor(root, '/favicon.SVG')?.contentType).toBe('image/svg+xml');
  });

  it('decodes percent-escapes that stay inside the root', () => {
    expect(staticFileFor(root, '/assets/my%20app.js')?.file).toBe(join(root, 'assets', 'my app.js'));
  });

  it('works with a root given with a trailing slash or relative to the working directory', () => {
    expect(staticFileFor(`${root}/`, '/index.html')?.file).toBe(join(root, 'index.html'));
    expect(staticFileFor('out/renderer', '/index.html')?.file).toBe(resolve('out/renderer/index.html'));
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets%2fapp.js',
    '/assets%5c..%5cx',
    '/assets\\app.js',
    '/index.html%00.js',
    '/%E0%A4%A.js',
    'index.html',
    'http://evil.com/index.html',
    '/assets',
    '/server.ts',
  ])('serves nothing for %s', (path) => {
    expect(staticFileFor(root, path)).toBeUndefined();
  });
});
