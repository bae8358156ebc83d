import { readEndpoint, type Endpoint } from '../shared/endpoint';
import type { IpFamily } from '../shared/ip-address';

/** Windows netstat writes an endpoint as 0.0.0.0:135, [fe80::1%4]:49664, or *:* for a UDP socket's peer. */
export function parseWindowsEndpoint(text: string, family: IpFamily): Endpoint | undefined {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0 || text[close + 1] !== ':') return undefined;
    return readEndpoint(text.slice(1, close), text.slice(close + 2), family);
  }
  const colon = text.lastIndexOf(':');
  if (colon < 0) return undefined;
  return readEndpoint(text.slice(0, colon), text.slice(colon + 1), family);
}
