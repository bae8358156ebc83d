import type { Endpoint } from '@contract/events';

/** IP:port as people write it: IPv6 in brackets so its colons are not mistaken for the port's. */
export function endpointText(endpoint: Pick<Endpoint, 'address' | 'port'>): string {
  return endpoint.address.includes(':')
    ? `[${endpoint.address}]:${endpoint.port}`
    : `${endpoint.address}:${endpoint.port}`;
}

/** An IPv4 peer of a dual-stack socket shows as ::ffff:a.b.c.d; both sides name the same host. */
export function sameEndpoint(a: Endpoint | undefined, b: Endpoint | undefined): boolean {
  if (!a || !b) return false;
  return a.port === b.port && unmapped(a.address) === unmapped(b.address);
}

function unmapped(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** Where a client should connect to reach a server bound to a wildcard address. */
export function reachableEndpoint(local: Endpoint): Endpoint {
  if (local.address === '0.0.0.0') return { ...local, address: '127.0.0.1' };
  if (local.address === '::') return { ...local, address: '::1' };
  return local;
}
