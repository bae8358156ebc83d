import { isIPv4, isIPv6 } from 'node:net';

export type IpFamily = 4 | 6;

/** What netstat's "*" stands for, written as the Linux scanner writes it. */
export function anyAddress(family: IpFamily): string {
  return family === 4 ? '0.0.0.0' : '::';
}

/**
 * An address as the Linux scanner writes it: IPv6 lower case and compressed as RFC 5952 asks, an
 * IPv4-mapped IPv6 address as the plain IPv4 one, a zone (%en0, %12) kept. Undefined if it is no address.
 */
export function canonicalAddress(text: string): string | undefined {
  if (isIPv4(text)) return text;
  const percent = text.indexOf('%');
  const address = percent < 0 ? text : text.slice(0, percent);
  const zone = percent < 0 ? '' : text.slice(percent);
  if (!isIPv6(address) || (zone && !/^%[\w.-]+$/.test(zone))) return undefined;
  // The WHATWG URL serializer writes an IPv6 host exactly as RFC 5952 asks.
  const compressed = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (!mapped) return compressed + zone;
  const [high, low] = [parseInt(mapped[1] ?? '0', 16), parseInt(mapped[2] ?? '0', 16)];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
