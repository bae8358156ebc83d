/** How addresses are written and compared, free of the schema library (the socket-table worker uses it). */
/** A host as people, URLs and Host headers write it beside a port: IPv6 in brackets. */
export function bracketedHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * A dual-stack socket reports an IPv4 peer as ::ffff:a.b.c.d; this gives a.b.c.d (lower-cased),
 * so both sides of one connection name the same host.
 */
export function unmappedAddress(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}
