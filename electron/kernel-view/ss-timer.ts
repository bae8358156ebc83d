import type { KernelTimer } from '../contract/kernel-view';

/** ss's timer names (tmr_name in iproute2's ss.c) by the kind they are; "off" and "unknown" mean none. */
const TIMER_KINDS: Readonly<Record<string, KernelTimer['kind']>> = {
  on: 'retransmit',
  keepalive: 'keepalive',
  timewait: 'time-wait',
  persist: 'zero-window-probe',
};

/**
 * How print_ms_timer writes a duration: minutes ("1min"), then seconds, then milliseconds, each
 * left out when zero; seconds are followed by "sec", or by "." when milliseconds follow, so
 * "5.123ms" is 5.123 s. Past 10 s the milliseconds are dropped, past 10 min the seconds.
 */
const MS_TIMER = /^(?:(\d+)min)?(?:(\d+)(sec|\.(?=\d+ms$)))?(?:(\d+)ms)?$/;

/** The timer in ss -o's "timer:(name,expires,count)"; undefined for none, or for text of another shape. */
export function parseSsTimer(token: string): KernelTimer | undefined {
  if (!token.startsWith('timer:(') || !token.endsWith(')')) return undefined;
  const [name, expires, count, ...rest] = token.slice(7, -1).split(',');
  const kind = TIMER_KINDS[name ?? ''];
  const remainingMs = msTimer(expires ?? '');
  if (!kind || remainingMs === undefined || rest.length > 0 || !/^\d+$/.test(count ?? '')) return undefined;
  return { kind, remainingMs, count: Number(count) };
}

function msTimer(text: string): number | undefined {
  const parts = MS_TIMER.exec(text);
  if (!parts) return undefined;
  const [, minutes = '0', seconds = '0', , millis = '0'] = parts;
  return (Number(minutes) * 60 + Number(seconds)) * 1000 + Number(millis);
}
