import { readFileSync } from 'node:fs';

/** More than any lesson needs, and room for load tests of thousands of connections. */
const MOST_LAB_SOCKETS = 8192;
/** Where the OS does not say its limit, a count every desktop OS allows a process. */
const UNKNOWN_LIMIT_BUDGET = 2048;

/**
 * How many sockets the Lab may hold open at once: below the process's limit of open files, with
 * room kept for the app itself (browser mode's pages and connections, the socket-table scans,
 * its own files): an eighth of the limit, at least 256 but never more than half. Read once, from
 * the limit alone: counting the open files at every listen would make opening many servers
 * quadratic.
 */
export function labSocketBudget(procSelf = '/proc/self'): number {
  let limit: number;
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(readFileSync(`${procSelf}/limits`, 'utf8'))?.[1];
    if (!soft) return UNKNOWN_LIMIT_BUDGET;
    limit = Number(soft);
  } catch {
    return UNKNOWN_LIMIT_BUDGET;
  }
  const reserve = Math.min(Math.max(256, Math.ceil(limit / 8)), Math.floor(limit / 2));
  return Math.max(1, Math.min(MOST_LAB_SOCKETS, limit - reserve));
}
