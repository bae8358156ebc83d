import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { LabSocket } from '../../../contract/events';
import type { SocketRow } from '../../../contract/socket-table';
import { LabSocketTags } from '../../lab-tags';
import { createProcScanner } from '../../linux/proc-scanner';

/** A TCP listener of this process as the kernel lists it, to be written out in another OS's format. */
export interface OwnListener {
  address: string;
  port: number;
  pid: number;
}

/** This process's TCP listeners, read from this Linux kernel's own table. */
async function ownListeners(): Promise<OwnListener[]> {
  const { rows } = await createProcScanner({ mapPids: true }).scan();
  return rows
    .filter((row) => row.protocol === 'tcp' && row.state === 'LISTEN' && row.pid === process.pid)
    .map((row) => ({ address: row.localAddress, port: row.localPort, pid: process.pid }));
}

/**
 * The lesson's moment through another OS's output: a real listener opens, the kernel's table is written
 * as that OS would print it and read back with its parser, and the row must be LISTEN, tagged as the
 * Lab's; once the listener stops, the next table must hold no row for it.
 */
export async function expectLabListenerSeenThrough(
  readAs: (listeners: readonly OwnListener[]) => SocketRow[],
): Promise<void> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const listener: LabSocket = {
    socketId: 'server-1',
    role: 'listener',
    protocol: 'tcp',
    state: 'listening',
    local: { address: '127.0.0.1', port, family: 'IPv4' },
    recvBufferSize: 0,
    bytesSent: 0,
    bytesReceived: 0,
    endSent: false,
    endReceived: false,
  };
  const tags = new LabSocketTags(process.pid);
  const tagged = async () => tags.tag(readAs(await ownListeners()), [listener], Date.now());
  try {
    expect((await tagged()).filter((row) => row.localPort === port)).toEqual([
      expect.objectContaining({
        state: 'LISTEN',
        localAddress: '127.0.0.1',
        pid: process.pid,
        labSocketId: 'server-1',
      }),
    ]);
  } finally {
    server.close();
  }
  await once(server, 'close');
  expect((await tagged()).filter((row) => row.localPort === port || row.labSocketId)).toEqual([]);
}
