import type { Endpoint, LabEvent } from '@contract/events';

/** Events as the engine reports them, for the renderer's tests. */

export const preview = (text: string) => ({ text, hex: '', truncated: false });
export const at = (address: string, port: number): Endpoint => ({ address, port, family: 'IPv4' });
export const SERVER = at('127.0.0.1', 5346);
export const CLIENT_1 = at('127.0.0.1', 40001);
export const CLIENT_2 = at('127.0.0.1', 40002);

let seq = 0;
export function event<T extends LabEvent['type']>(
  type: T,
  socketId: string,
  fields: Omit<Extract<LabEvent, { type: T }>, 'type' | 'socketId' | 'seq' | 'at'>,
): LabEvent {
  seq += 1;
  return { type, socketId, seq, at: 1_700_000_000_000 + seq, ...fields } as LabEvent;
}

/** The lesson as the engine reports it: a server, two clients, and one echo on the first. */
export function lesson(): LabEvent[] {
  return [
    event('socket-created', 'server-1', { role: 'listener', protocol: 'tcp', recvBufferSize: 1024 }),
    event('listening', 'server-1', { local: SERVER }),
    event('socket-created', 'client-1', { role: 'client', protocol: 'tcp', recvBufferSize: 1024 }),
    event('connected', 'client-1', { local: CLIENT_1, remote: SERVER }),
    event('socket-created', 'client-2', { role: 'client', protocol: 'tcp', recvBufferSize: 1024 }),
    event('connected', 'client-2', { local: CLIENT_2, remote: SERVER }),
    // The server accepts them in the other order: pairing goes by address, not by arrival.
    event('socket-created', 'conn-1', {
      role: 'accepted',
      protocol: 'tcp',
      serverId: 'server-1',
      recvBufferSize: 1024,
    }),
    event('accepted', 'conn-1', { serverId: 'server-1', local: SERVER, remote: CLIENT_2 }),
    event('socket-created', 'conn-2', {
      role: 'accepted',
      protocol: 'tcp',
      serverId: 'server-1',
      recvBufferSize: 1024,
    }),
    event('accepted', 'conn-2', { serverId: 'server-1', local: SERVER, remote: CLIENT_1 }),
    event('data-sent', 'client-1', { bytes: 2000, preview: preview('x') }),
    event('data-received', 'conn-2', { bytes: 2000, slices: [1024, 976], preview: preview('x') }),
    event('data-sent', 'conn-2', { bytes: 2000, preview: preview('x') }),
    event('data-received', 'client-1', { bytes: 1500, slices: [1024, 476], preview: preview('x') }),
    event('data-received', 'client-1', { bytes: 500, slices: [500], preview: preview('x') }),
  ];
}
