import { canonicalAddress } from '../socket-table/shared/ip-address';

export interface SsEndpoint {
  address: string;
  port: number;
}

/**
 * An endpoint as ss prints it: 127.0.0.1:5346, [::1]:5346 (iproute2 4.17 on), :::5346 (before),
 * *:5346 and *:* ("*" is kept: the any address of a dual-stack socket, and of IPv4 before
 * 4.17), 0.0.0.0%lo:53 (bound to a device; the device is dropped). Undefined if it is none of these.
 */
export function parseSsEndpoint(text: string): SsEndpoint | undefined {
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const port = portOf(text.slice(colon + 1));
  const host = text.slice(0, colon);
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const percent = bare.indexOf('%');
  const unzoned = percent < 0 ? bare : bare.slice(0, percent);
  const address = unzoned === '*' ? '*' : canonicalAddress(unzoned);
  return port === undefined || address === undefined ? undefined : { address, port };
}

function portOf(text: string): number | undefined {
  if (text === '*') return 0;
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65_535 ? port : undefined;
}
