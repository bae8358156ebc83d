import { describe, expect, it } from 'vitest';
import type { Endpoint, LabSocket } from '../contract/events';
import type { SocketRow } from '../contract/socket-table';
import { LabSocketTags, REMEMBER_CLOSED_MS } from './lab-tags';

const PID = 4242;
const at = (port: number, address = '127.0.0.1'): Endpoint => ({ address, port, family: 'IPv4' });

function labSocket(socketId: string, role: LabSocket['role'], local: Endpoint, remote?: Endpoint): LabSocket {
  return {
    socketId,
    role,
    protocol: 'tcp',
    state: role === 'listener' ? 'listening' : 'open',
    local,
    ...(remote ? { remote } : {}),
    recvBufferSize: 1024,
    bytesSent: 0,
    bytesReceived: 0,
    endSent: false,
    endReceived: false,
  };
}

function tableRow(state: string, local: Endpoint, remote: Endpoint, pid?: number): SocketRow {
  return {
    key: `${state}|${local.port}|${remote.port}`,
    protocol: 'tcp',
    localAddress: local.address,
    localPort: local.port,
    remoteAddress: remote.address,
    remotePort: remote.port,
    state,
    ...(pid ? { pid } : {}),
  };
}

const lab = [
  labSocket('server-1', 'listener', at(5346)),
  labSocket('client-1', 'client', at(41000), at(5346)),
  labSocket('conn-1', 'accepted', at(5346), at(41000)),
];

describe('LabSocketTags', () => {
  it('names the listener and both ends of each connection, in this process only', () => {
    const rows = [
      tableRow('LISTEN', at(5346), at(0, '0.0.0.0'), PID),
      tableRow('ESTABLISHED', at(41000), at(5346), PID),
      tableRow('ESTABLISHED', at(5346), at(41000), PID),
      tableRow('LISTEN', at(5346, '::ffff:127.0.0.1'), at(0, '::'), PID + 1),
    ];
    const tagged = new LabSocketTags(PID).tag(rows, lab, 0);
    expect(tagged.map((row) => row.labSocketId)).toEqual(['server-1', 'client-1', 'conn-1', undefined]);
  });

  it('names the TIME_WAIT row a closed connection leaves, for a while', () => {
    const tags = new LabSocketTags(PID);
    tags.tag([], lab, 0);
    const timeWait = [tableRow('TIME_WAIT', at(41000), at(5346))];
    expect(tags.tag(timeWait, [], 1000)[0]?.labSocketId).toBe('client-1');
    expect(tags.tag(timeWait, [], REMEMBER_CLOSED_MS + 1)[0]?.labSocketId).toBeUndefined();
  });

  it('forgets a closed connection once the table stops listing it', () => {
    const tags = new LabSocketTags(PID);
    tags.tag([], lab, 0);
    const timeWait = [tableRow('TIME_WAIT', at(41000), at(5346))];
    expect(tags.tag(timeWait, [], 1000)[0]?.labSocketId).toBe('client-1');
    tags.tag([], [], 2000);
    // The same endpoints again are another program's connection now, not the Lab's.
    expect(tags.tag(timeWait, [], 3000)[0]?.labSocketId).toBeUndefined();
  });

  it('keeps a closing connection whose rows lost their owner until its TIME_WAIT row is gone', () => {
    const tags = new LabSocketTags(PID);
    tags.tag([], lab, 0);
    tags.tag([tableRow('FIN_WAIT2', at(41000), at(5346))], [], 1000);
    expect(tags.tag([tableRow('TIME_WAIT', at(41000), at(5346))], [], 2000)[0]?.labSocketId).toBe('client-1');
  });

  it('hands back the same tagged row while a scan reuses the row', () => {
    const tags = new LabSocketTags(PID);
    const rows = [tableRow('ESTABLISHED', at(41000), at(5346), PID)];
    const first = tags.tag(rows, lab, 0)[0];
    const second = tags.tag(rows, lab, 1000)[0];
    expect(second?.labSocketId).toBe('client-1');
    expect(second).toBe(first);
  });

  it('matches an IPv4 peer that a dual-stack socket reports as ::ffff:127.0.0.1', () => {
    const tagged = new LabSocketTags(PID).tag(
      [tableRow('ESTABLISHED', at(41000, '::ffff:127.0.0.1'), at(5346, '::ffff:127.0.0.1'), PID)],
      lab,
      0,
    );
    expect(tagged[0]?.labSocketId).toBe('client-1');
  });
});

describe('LabSocketTags with UDP', () => {
  it('names a UDP socket of this process by the address it is bound to', () => {
    const udp = {
      ...labSocket('client-7', 'client', at(40007, '0.0.0.0'), at(5346)),
      protocol: 'udp' as const,
    };
    const row = {
      ...tableRow('UNCONN', at(40007, '0.0.0.0'), at(0, '0.0.0.0'), PID),
      protocol: 'udp' as const,
    };
    const tags = new LabSocketTags(PID);
    expect(tags.tag([row], [udp], 0)[0]?.labSocketId).toBe('client-7');
    expect(tags.tag([{ ...row, pid: PID + 1 }], [udp], 0)[0]?.labSocketId).toBeUndefined();
  });
});
