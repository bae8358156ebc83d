import { bracketedHost, unmappedAddress } from '@contract/address-text';
import type { Endpoint } from '@contract/events';

/** IP:port as people write it: IPv6 in brackets so its colons are not mistaken for the port's. */
export function endpointText(endpoint: Pick<Endpoint, 'address' | 'port'>): string {
  return `${bracketedHost(endpoint.address)}:${endpoint.port}`;
}

/** An IPv4 peer of a dual-stack socket shows as ::ffff:a.b.c.d; both sides name the same host. */
export function sameEndpoint(a: Endpoint | undefined, b: Endpoint | undefined): boolean {
  if (!a || !b) return false;
  return a.port === b.port && unmappedAddress(a.address) === unmappedAddress(b.address);
}

/** Where a client should connect to reach a server bound to a wildcard address. */
export function reachableEndpoint(local: Endpoint): Endpoint {
  if (local.address === '0.0.0.0') return { ...local, address: '127.0.0.1' };
  if (local.address === '::') return { ...local, address: '::1' };
  return local;
}
