import type { TcpInfoNumbers } from '../contract/kernel-view';

/** Fields ss writes as "name value" rather than "name:value". */
const SPACED_FIELDS: ReadonlySet<string> = new Set([
  'send',
  'pacing_rate',
  'pacing_rate_max',
  'delivery_rate',
]);

const COUNT_FIELDS = {
  cwnd: 'cwnd',
  ssthresh: 'ssthresh',
  bytes_acked: 'bytesAcked',
  bytes_received: 'bytesReceived',
  bytes_sent: 'bytesSent',
  segs_out: 'segsOut',
  segs_in: 'segsIn',
  unacked: 'unacked',
} as const satisfies Record<string, keyof TcpInfoNumbers>;

const RATE_UNITS: Readonly<Record<string, number>> = { '': 1, K: 1e3, M: 1e6, G: 1e9 };

/**
 * The tcp_info numbers in ss -i's second line ("ts sack cubic wscale:7,7 rto:204 rtt:0.03/0.01
 * ... delivery_rate 1.2Mbps ..."). Flags and fields the view does not follow are passed over,
 * and a field whose value has an unexpected shape is left out.
 */
export function parseTcpInfo(tokens: readonly string[]): TcpInfoNumbers {
  const info: TcpInfoNumbers = {};
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const colon = token.indexOf(':');
    if (colon < 0) {
      if (!SPACED_FIELDS.has(token)) continue;
      index += 1;
      if (token === 'delivery_rate') setIfDefined(info, 'deliveryRateBps', rate(tokens[index] ?? ''));
      continue;
    }
    const name = token.slice(0, colon);
    const value = token.slice(colon + 1);
    if (name === 'rtt') {
      const [rtt, variance] = pair(value, /^\d+(?:\.\d+)?$/);
      setIfDefined(info, 'rttMs', rtt);
      setIfDefined(info, 'rttVarMs', variance);
    } else if (name === 'retrans') {
      const [now, total] = pair(value, /^\d+$/);
      setIfDefined(info, 'retrans', now);
      setIfDefined(info, 'totalRetrans', total);
    } else if (Object.hasOwn(COUNT_FIELDS, name) && /^\d+$/.test(value)) {
      info[COUNT_FIELDS[name as keyof typeof COUNT_FIELDS]] = Number(value);
    }
  }
  return info;
}

function setIfDefined<K extends keyof TcpInfoNumbers>(
  info: TcpInfoNumbers,
  key: K,
  value: number | undefined,
): void {
  if (value !== undefined) info[key] = value;
}

/** "a/b", both of the given shape; either undefined when it is not. */
function pair(value: string, shape: RegExp): [number | undefined, number | undefined] {
  const [first = '', second = '', ...rest] = value.split('/');
  if (rest.length > 0 || !shape.test(first) || !shape.test(second)) return [undefined, undefined];
  return [Number(first), Number(second)];
}

/** "10333736bps" (iproute2 4.16 on, with -n), or "1.3Mbps", "512.0Kbps", "2.4Gbps" as it wrote before. */
function rate(text: string): number | undefined {
  const parts = /^(\d+(?:\.\d+)?)([KMG]?)bps$/.exec(text);
  if (!parts) return undefined;
  return Math.round(Number(parts[1]) * (RATE_UNITS[parts[2] ?? ''] ?? 1));
}
