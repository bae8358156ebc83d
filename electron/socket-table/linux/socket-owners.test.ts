import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseProcNet } from './proc-net-parser';
import { createProcFileReader } from './read-proc-file';
import { SocketOwners } from './socket-owners';
import { runsOn } from '../../test-support/platform-skip';

function inodeOfListener(port: number): number {
  const rows = [...parseProcNet(createProcFileReader()('/proc/net/tcp'), 'tcp').rowsByLine.values()];
  const row = rows.find((candidate) => candidate.localPort === port && candidate.state === 'LISTEN');
  if (!row?.inode) throw new Error(`no LISTEN row for port ${port}`);
  return row.inode;
}

describe.skipIf(!runsOn('linux', 'SocketOwners', 'It reads /proc/PID/fd, which only Linux has.'))(
  'SocketOwners',
  () => {
    it('walks /proc once for new sockets and not again while nothing new appears', async () => {
      const server = createServer();
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const inode = inodeOfListener((server.address() as AddressInfo).port);
      const owners = new SocketOwners();

      expect(owners.ownersOf([inode]).get(inode)?.pid).toBe(process.pid);
      expect(owners.walks).toBe(1);
      owners.ownersOf([inode]);
      owners.ownersOf([inode]);
      expect(owners.walks).toBe(1);

      const other = createServer();
      other.listen(0, '127.0.0.1');
      await once(other, 'listening');
      const otherInode = inodeOfListener((other.address() as AddressInfo).port);
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

    it('finds the new owner once the process it named has ended and a child kept the socket', async () => {
      // A parent listens, then (when told) hands the socket to a child and exits, as daemons do.
      const parentScript = `
      const net = require('node:net');
      const { spawn } = require('node:child_process');
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        console.log(server.address().port);
        process.stdin.once('data', () => {
          // fd 3 of the child is the listening socket (its handle's descriptor, inherited).
          const child = spawn('sleep', ['20'], { stdio: ['ignore', 'ignore', 'ignore', server._handle.fd], detached: true });
          child.unref();
          console.log(child.pid);
          process.exit(0);
        });
      });`;
      const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['pipe', 'pipe', 'inherit'] });
      const lines = createInterface({ input: parent.stdout })[Symbol.asyncIterator]();
      let childPid: number | undefined;
      try {
        const port = Number((await lines.next()).value);
        const inode = inodeOfListener(port);
        const owners = new SocketOwners();
        expect(owners.ownersOf([inode]).get(inode)?.pid).toBe(parent.pid);

        const exited = once(parent, 'exit');
        parent.stdin.write('fork\n');
        childPid = Number((await lines.next()).value);
        await exited;
        expect(owners.ownersOf([inode]).get(inode)).toMatchObject({ pid: childPid, program: 'sleep' });
      } finally {
        parent.kill();
        if (childPid) process.kill(childPid);
      }
    });
  },
);
