import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseProcNet } from './proc-net-parser';
import { createProcFileReader } from './read-proc-file';
import { SocketOwners } from './socket-owners';

async function inodeOfListener(port: number): Promise<number> {
  const rows = [...parseProcNet(await createProcFileReader()('/proc/net/tcp'), 'tcp').rowsByLine.values()];
  const row = rows.find((candidate) => candidate.localPort === port && candidate.state === 'LISTEN');
  if (!row?.inode) throw new Error(`no LISTEN row for port ${port}`);
  return row.inode;
}

describe.skipIf(process.platform !== 'linux')('SocketOwners', () => {
  it('walks /proc once for new sockets and not again while nothing new appears', async () => {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const inode = await inodeOfListener((server.address() as AddressInfo).port);
    const owners = new SocketOwners();

    expect(owners.ownersOf([inode]).get(inode)?.pid).toBe(process.pid);
    expect(owners.walks).toBe(1);
    owners.ownersOf([inode]);
    owners.ownersOf([inode]);
    expect(owners.walks).toBe(1);

    const other = createServer();
    other.listen(0, '127.0.0.1');
    await once(other, 'listening');
    const otherInode = await inodeOfListener((other.address() as AddressInfo).port);
    expect(owners.ownersOf([inode, otherInode]).get(otherInode)?.pid).toBe(process.pid);
    // Only the new descriptor was read: one more walk, not a second full one.
    expect(owners.walks).toBe(2);
    await Promise.all([server, other].map((s) => new Promise((done) => s.close(done))));
  });

  it('does not walk again for a socket no process owns (a TIME_WAIT row, another namespace)', () => {
    const owners = new SocketOwners();
    const unowned = 2 ** 40; // No socket has this inode.
    expect(owners.ownersOf([unowned]).has(unowned)).toBe(false);
    const walksToGiveUp = owners.walks;
    owners.ownersOf([unowned]);
    expect(owners.walks).toBe(walksToGiveUp);
  });
});
