import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * The file under `root` that a raw request path names, or undefined when it names nothing we
 * serve: anything that decodes to a parent reference, a backslash, a NUL or an encoded slash,
 * and any type we do not know, so that no path can reach outside the built renderer.
 */
export function staticFileFor(root: string, requestPath: string): StaticFile | undefined {
  if (!requestPath.startsWith('/')) return undefined;
  const path = requestPath === '/' ? '/index.html' : requestPath;
  if (/%2f|%5c|%00/i.test(path)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\\') || decoded.includes('\0') || decoded.split('/').includes('..')) {
    return undefined;
  }
  const contentType = CONTENT_TYPES[extname(decoded).toLowerCase()];
  if (!contentType) return undefined;
  const base = resolve(root);
  const file = join(base, decoded);
  return file.startsWith(base + sep) ? { file, contentType } : undefined;
}
