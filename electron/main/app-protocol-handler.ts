import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../browser-mode/security-headers';
import { staticFileFor } from '../browser-mode/static-files';
import { parseUrl } from './app-location';
import { APP_HOST, APP_SCHEME } from './app-scheme';

/**
 * For protocol.handle(APP_SCHEME): answers with a file of the built renderer, and nothing else.
 * The path is checked by the same rules as browser mode's static files (no "..", no encoded
 * slash, backslash or NUL, known types only); anything else is a 404.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    }
    const url = parseUrl(request.url);
    if (!url || url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) {
      return textResponse(404, 'Not Found');
    }
    const target = staticFileFor(rendererDir, url.pathname || '/');
    const body = target && (await readFile(target.file).catch(() => undefined));
    if (!target || !body) return textResponse(404, 'Not Found');
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': target.contentType },
    });
  };
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}
