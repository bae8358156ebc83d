import { describe, expect, it } from 'vitest';
import { translatorFor } from '@locales/translator';
import { socketNodeId, socketRoleName } from './socket-names';

const en = translatorFor('en');
const es = translatorFor('es');

describe('socketRoleName: what the diagram calls a socket', () => {
  it('names each TCP role, in English and Spanish', () => {
    const names = (['listener', 'accepted', 'client'] as const).map((role) => [
      socketRoleName(en, { role, protocol: 'tcp' }),
      socketRoleName(es, { role, protocol: 'tcp' }),
    ]);
    expect(names).toEqual([
      ['Listening socket', 'Socket de escucha'],
      ['Accepted socket', 'Socket aceptado'],
      ['Client socket', 'Socket cliente'],
    ]);
  });

  it('says a UDP socket is one: a client, or the server socket', () => {
    expect(socketRoleName(en, { role: 'client', protocol: 'udp' })).toBe('UDP client socket');
    expect(socketRoleName(es, { role: 'client', protocol: 'udp' })).toBe('Socket cliente UDP');
    expect(socketRoleName(en, { role: 'listener', protocol: 'udp' })).toBe('UDP server socket');
    expect(socketRoleName(es, { role: 'listener', protocol: 'udp' })).toBe('Socket servidor UDP');
  });
});

describe('socketNodeId', () => {
  it("is the socket's id behind a fixed prefix, so that other views can find its node", () => {
    expect(socketNodeId('client-1')).toBe('socket-node-client-1');
    expect(socketNodeId('server-12')).toBe('socket-node-server-12');
  });
});
