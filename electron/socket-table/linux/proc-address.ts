import { endianness } from 'node:os';

/**
 * /proc/net prints each address as 32-bit words in the kernel's byte order, so on a
 * little-endian machine every word's bytes come reversed: 0100007F is 127.0.0.1.
 */
const wordsReversed = endianness() === 'LE';

function wordBytes(hex: string, offset: number): number[] {
  const bytes = [0, 2, 4, 6].map((at) => parseInt(hex.slice(offset + at, offset + at + 2), 16));
  return wordsReversed ? bytes.reverse() : bytes;
}

export function ipv4FromProcHex(hex: string): string | undefined {
  if (!/^[0-9A-Fa-f]{8}$/.test(hex)) return undefined;
  return wordBytes(hex, 0).join('.');
}

/**
 * An IPv6 address from /proc/net/*6, written as RFC 5952 asks (lower case, the longest run of
 * zero groups as ::). An IPv4-mapped address (::ffff:a.b.c.d, a dual-stack socket talking IPv4)
 * is shown as the plain IPv4 address people know it by.
 */
export function ipv6FromProcHex(hex: string): string | undefined {
  if (!/^[0-9A-Fa-f]{32}$/.test(hex)) return undefined;
  const bytes = [0, 8, 16, 24].flatMap((offset) => wordBytes(hex, offset));
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[i * 2] ?? 0) << 8) | (bytes[i * 2 + 1] ?? 0));
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return bytes.slice(12).join('.');
  }
  return compressIPv6(groups);
}

function compressIPv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1; // A single zero group is not shortened.
  for (let start = 0; start < 8;) {
    if (groups[start] !== 0) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const text = groups.map((group) => group.toString(16));
  if (bestStart < 0) return text.join(':');
  return `${text.slice(0, bestStart).join(':')}::${text.slice(bestStart + bestLength).join(':')}`;
}
