import { KERNEL_COUNTERS, type KernelCounterName } from '../contract/kernel-view';

export type CounterValues = Partial<Record<KernelCounterName, number>>;

const FOLLOWED: ReadonlySet<string> = new Set(KERNEL_COUNTERS);

/**
 * The followed counters in /proc/net/snmp or /proc/net/netstat text: each group is two lines,
 * "Tcp: name name ..." then "Tcp: value value ...". Never throws; a group whose two lines do not
 * pair up is passed over.
 */
export function parseProcCounters(text: string): CounterValues {
  const values: CounterValues = {};
  const lines = text.split('\n');
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const names = (lines[index] ?? '').trim().split(/\s+/);
    const numbers = (lines[index + 1] ?? '').trim().split(/\s+/);
    const group = names[0] ?? '';
    if (!group.endsWith(':') || numbers[0] !== group || names.length !== numbers.length) continue;
    for (let field = 1; field < names.length; field += 1) {
      const name = `${group.slice(0, -1)}.${names[field] ?? ''}`;
      const value = numbers[field] ?? '';
      if (FOLLOWED.has(name) && /^\d+$/.test(value)) values[name as KernelCounterName] = Number(value);
    }
    index += 1;
  }
  return values;
}

/** How much each counter rose from `before` to `after`; counters that did not rise are left out. */
export function counterRises(before: CounterValues, after: CounterValues): CounterValues {
  const rises: CounterValues = {};
  for (const name of KERNEL_COUNTERS) {
    const rise = (after[name] ?? 0) - (before[name] ?? 0);
    if (before[name] !== undefined && after[name] !== undefined && rise > 0) rises[name] = rise;
  }
  return rises;
}
