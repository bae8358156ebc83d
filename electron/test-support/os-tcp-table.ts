import { readFile } from 'node:fs/promises';
import type { SocketRow } from '../contract/socket-table';
import { parseProcNet } from '../socket-table/linux/proc-net-parser';

/**
 * Every TCP socket the kernel lists with `port` at either end, read straight from /proc/net
 * (Linux only), so a test can check what the OS holds rather than what the app believes.
 */
export async function kernelTcpRowsOnPort(port: number): Promise<SocketRow[]> {
  const tables = await Promise.all(
    (['tcp', 'tcp6'] as const).map(async (protocol) => {
      const text = await readFile(`/proc/net/${protocol}`, 'latin1').catch(() => '');
      return [...parseProcNet(text, protocol).rowsByLine.values()];
    }),
  );
  return tables.flat().filter((row) => row.localPort === port || row.remotePort === port);
}

/**
 * The sockets on `port` that are still open. TIME_WAIT is left out: it is the kernel's own
 * record of a connection already closed, held for twice the segment lifetime, with no owner.
 */
export async function openKernelTcpRowsOnPort(port: number): Promise<SocketRow[]> {
  return (await kernelTcpRowsOnPort(port)).filter((row) => row.state !== 'TIME_WAIT');
}

/** Compact "state local:port -> remote:port" lines, to make a failed expectation readable. */
export function describeRows(rows: readonly SocketRow[]): string[] {
  return rows.map(
    (row) => `${row.state} ${row.localAddress}:${row.localPort} -> ${row.remoteAddress}:${row.remotePort}`,
  );
}
