import { readEndpoint, type Endpoint } from '../shared/endpoint';
import type { IpFamily } from '../shared/ip-address';

/** macOS netstat writes an endpoint as address.port (127.0.0.1.5346, fe80::1%lo0.5346, *.5346, *.*). */
export function parseDarwinEndpoint(text: string, family: IpFamily): Endpoint | undefined {
  const dot = text.lastIndexOf('.');
  if (dot < 0) return undefined;
  return readEndpoint(text.slice(0, dot), text.slice(dot + 1), family);
}
