import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestOrigins } from './request-origin';
import { SECURITY_HEADERS } from './security-headers';

/** Where a page asks which back end answers now (renderer/src/api/backend-instance.ts). */
export const INSTANCE_PATH = '/api/instance';

/** A random id per launch: not a secret, it only tells a page that the back end was restarted. */
export const createInstanceId = (): string => randomUUID();

/**
 * Answers GET /api/instance with this launch's id, without the token (a page whose old token a
 * restarted back end refuses must still learn that it was restarted), but only to requests
 * addressed to this server by its own names and, where the browser says where they come from,
 * from its own pages. Other requests go on to `next`.
 */
export function withInstanceEndpoint(
  instanceId: string,
  origins: () => RequestOrigins,
  next: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>,
) {
  return (request: IncomingMessage, response: ServerResponse): void | Promise<void> => {
    if ((request.url ?? '').split('?')[0] !== INSTANCE_PATH) return next(request, response);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const { host, origin } = request.headers;
    const fetchSite = request.headers['sec-fetch-site'];
    const allowed =
      origins().isAllowedHost(host) &&
      (origin === undefined || origins().isAllowedOrigin(origin, host)) &&
      (fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none');
    if (!allowed) return reply(response, 403, { error: 'Forbidden' });
    if (request.method !== 'GET') {
      response.setHeader('Allow', 'GET');
      return reply(response, 405, { error: 'Method Not Allowed' });
    }
    reply(response, 200, { instance: instanceId });
  };
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
