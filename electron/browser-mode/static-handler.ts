import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestOrigins } from './request-origin';
import { SECURITY_HEADERS } from './security-headers';
import { staticFileFor } from './static-files';

/** Serves the built renderer, and nothing else, to requests addressed to this server. */
export function createStaticHandler(rendererDir: string, origins: () => RequestOrigins) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!origins().isAllowedHost(request.headers.host)) return reply(response, 403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return reply(response, 405, 'Method Not Allowed');
    }
    // The raw path, not URL's: the URL parser would quietly resolve "..", "%2e%2e" and "\".
    const target = staticFileFor(rendererDir, (request.url ?? '/').split('?')[0] ?? '/');
    const body = target && (await readFile(target.file).catch(() => undefined));
    if (!target || !body) return reply(response, 404, 'Not Found');
    response.writeHead(200, { 'Content-Type': target.contentType, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

function reply(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}
