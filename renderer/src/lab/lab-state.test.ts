import { describe, expect, it } from 'vitest';
import { layoutDiagram } from './diagram-layout';
import { applyEvents, CLOSED_LIMIT, emptyLabState, withOpenSockets, withoutClosed } from './lab-state';
import { at, CLIENT_1, event, lesson, SERVER } from './lesson-events.fixture';

describe('applyEvents', () => {
  it('tracks each socket with its real addresses, state and exact byte counts', () => {
    const state = applyEvents(emptyLabState, lesson());
    expect(state.sockets['server-1']).toMatchObject({ state: 'listening', local: SERVER });
    expect(state.sockets['client-1']).toMatchObject({
      state: 'open',
      local: CLIENT_1,
      remote: SERVER,
      bytesSent: 2000,
      bytesReceived: 2000,
      lastReceived: { bytes: 500, slices: [500] },
    });
    expect(state.sockets['conn-2']).toMatchObject({ bytesReceived: 2000, bytesSent: 2000 });
    expect(state.packets.map((packet) => [packet.receiverId, packet.bytes])).toEqual([
      ['conn-2', 2000],
      ['client-1', 1500],
      ['client-1', 500],
    ]);
  });

  it('counts merged data summaries in the byte totals', () => {
    const state = applyEvents(applyEvents(emptyLabState, lesson()), [
      event('data-summary', 'client-1', { direction: 'received', bytes: 10_000, chunks: 7 }),
    ]);
    expect(state.sockets['client-1']?.bytesReceived).toBe(12_000);
  });

  it('keeps closed sockets, marked closed, until they are cleared', () => {
    const closed = applyEvents(applyEvents(emptyLabState, lesson()), [
      event('closed', 'client-2', { hadError: false }),
      event('closed', 'conn-1', { hadError: false }),
    ]);
    expect(closed.sockets['client-2']?.state).toBe('closed');
    expect(Object.keys(withoutClosed(closed).sockets).sort()).toEqual(['client-1', 'conn-2', 'server-1']);
  });

  it('keeps at most CLOSED_LIMIT closed sockets, forgetting the oldest, and every open one', () => {
    const many = Array.from({ length: CLOSED_LIMIT + 10 }, (_, index) => [
      event('socket-created', `client-${index + 100}`, {
        role: 'client',
        protocol: 'tcp',
        recvBufferSize: 1024,
      }),
      event('closed', `client-${index + 100}`, { hadError: false }),
    ]).flat();
    const state = applyEvents(applyEvents(emptyLabState, lesson()), many);
    const closed = Object.values(state.sockets).filter((socket) => socket.state === 'closed');
    expect(closed).toHaveLength(CLOSED_LIMIT);
    expect(state.sockets['client-100']).toBeUndefined();
    expect(state.sockets[`client-${CLOSED_LIMIT + 109}`]?.state).toBe('closed');
    expect(state.sockets['server-1']?.state).toBe('listening');
  });

  it('returns the same state for an empty batch, so views do not re-render', () => {
    const state = applyEvents(emptyLabState, lesson());
    expect(applyEvents(state, [])).toBe(state);
  });

  it('after a reconnect, marks sockets the back end no longer has as closed', () => {
    const state = applyEvents(emptyLabState, lesson());
    const open = ['server-1', 'client-1', 'conn-2'].flatMap((id) => {
      const socket = state.sockets[id];
      return socket ? [socket] : [];
    });
    expect(open).toHaveLength(3);
    const synced = withOpenSockets(state, open);
    expect(synced.sockets['client-2']?.state).toBe('closed');
    expect(synced.sockets['client-1']?.state).toBe('open');
  });
});

describe('layoutDiagram', () => {
  it('puts the listener first and each client on the row of the socket the server accepted for it', () => {
    const rows = layoutDiagram(applyEvents(emptyLabState, lesson()).sockets);
    const described = rows.map((row) =>
      row.kind === 'listener' ? row.listener.socketId : `${row.client?.socketId}↔${row.accepted?.socketId}`,
    );
    expect(described).toEqual(['server-1', 'client-1↔conn-2', 'client-2↔conn-1']);
  });

  it('pairs an IPv4 client with a dual-stack server that sees it as ::ffff:127.0.0.1', () => {
    const dual = at('::', 6000);
    const rows = layoutDiagram(
      applyEvents(emptyLabState, [
        event('socket-created', 'client-9', { role: 'client', protocol: 'tcp', recvBufferSize: 1024 }),
        event('connected', 'client-9', { local: CLIENT_1, remote: at('127.0.0.1', 6000) }),
        event('socket-created', 'conn-9', { role: 'accepted', protocol: 'tcp', recvBufferSize: 1024 }),
        event('accepted', 'conn-9', {
          serverId: 'server-9',
          local: { ...dual, address: '::ffff:127.0.0.1' },
          remote: { ...CLIENT_1, address: '::ffff:127.0.0.1' },
        }),
      ]).sockets,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ client: { socketId: 'client-9' }, accepted: { socketId: 'conn-9' } });
  });

  it('gives a connection from outside the Lab its own row with no client', () => {
    const rows = layoutDiagram(
      applyEvents(emptyLabState, [
        event('socket-created', 'conn-5', { role: 'accepted', protocol: 'tcp', recvBufferSize: 1024 }),
        event('accepted', 'conn-5', { serverId: 'server-1', local: SERVER, remote: at('127.0.0.1', 50000) }),
      ]).sockets,
    );
    expect(rows).toEqual([expect.objectContaining({ kind: 'connection', accepted: expect.anything() })]);
    expect(rows[0]).not.toHaveProperty('client');
  });
});
