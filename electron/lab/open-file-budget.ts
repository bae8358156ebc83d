import { readdirSync, readFileSync } from 'node:fs';

/** Files kept free for everything else the process opens: the socket-table scan, clients, logs. */
const RESERVED_FILES = 32;

/**
 * How many more connections a server may accept before the process runs out of file
 * descriptors, where the OS says (Linux: /proc/self/limits); undefined elsewhere. Past that,
 * libuv would accept and close connections without a word, so the server refuses them itself
 * and reports each refusal.
 */
export function acceptBudget(procSelf = '/proc/self'): number | undefined {
  try {
    const limits = readFileSync(`${procSelf}/limits`, 'utf8');
    const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
    if (!soft) return undefined;
    const open = readdirSync(`${procSelf}/fd`).length;
    // At least 1: a maxConnections of 0 means "no limit" to Node.
    return Math.max(1, Number(soft) - open - RESERVED_FILES);
  } catch {
    return undefined;
  }
}
