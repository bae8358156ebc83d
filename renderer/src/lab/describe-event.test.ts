import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@contract/events';
import { translatorFor } from '@locales/translator';
import { describeEvent, eventTime } from './describe-event';
import { at, CLIENT_1, event, preview, SERVER } from './lesson-events.fixture';

const en = translatorFor('en');
const es = translatorFor('es');
const V6 = { address: '::1', port: 5346, family: 'IPv6' as const };

/** Each kind of event, and the log's line for it in English and in Spanish. */
const LINES: [string, LabEvent, string, string][] = [
  [
    'socket-created',
    event('socket-created', 'server-1', { role: 'listener', protocol: 'tcp', recvBufferSize: 1024 }),
    'socket(): a new listening socket, receive buffer 1024 B',
    'socket(): un nuevo socket de escucha, búfer de recepción de 1024 B',
  ],
  [
    'socket-created (accepted)',
    event('socket-created', 'conn-1', {
      role: 'accepted',
      protocol: 'tcp',
      serverId: 'server-1',
      recvBufferSize: 65536,
    }),
    'socket(): a new accepted socket, receive buffer 65536 B',
    'socket(): un nuevo socket aceptado, búfer de recepción de 65536 B',
  ],
  [
    'bound (IPv6, in brackets)',
    event('bound', 'server-1', { local: V6 }),
    'bind(): bound to [::1]:5346',
    'bind(): enlazado a [::1]:5346',
  ],
  [
    'listening',
    event('listening', 'server-1', { local: SERVER }),
    'listen(): waiting for connections on 127.0.0.1:5346',
    'listen(): esperando conexiones en 127.0.0.1:5346',
  ],
  [
    'connecting',
    event('connecting', 'client-1', { host: 'localhost', port: 5346 }),
    'connect(): connecting to localhost:5346…',
    'connect(): conectando con localhost:5346…',
  ],
  [
    'connected',
    event('connected', 'client-1', { local: CLIENT_1, remote: SERVER }),
    'connected: 127.0.0.1:40001 → 127.0.0.1:5346',
    'conectado: 127.0.0.1:40001 → 127.0.0.1:5346',
  ],
  [
    'accepted',
    event('accepted', 'conn-1', { serverId: 'server-1', local: SERVER, remote: CLIENT_1 }),
    'accept() on server-1: new socket for 127.0.0.1:40001',
    'accept() en server-1: socket nuevo para 127.0.0.1:40001',
  ],
  [
    'data-sent (TCP)',
    event('data-sent', 'client-1', { bytes: 52, preview: preview('Hello world!') }),
    'send(): 52 B “Hello world!”',
    'send(): 52 B «Hello world!»',
  ],
  [
    'data-sent (UDP, to a peer)',
    event('data-sent', 'client-1', { bytes: 5, preview: preview('hello'), peer: SERVER }),
    'sendto(): 5 B to 127.0.0.1:5346 “hello”',
    'sendto(): 5 B a 127.0.0.1:5346 «hello»',
  ],
  [
    'data-received (TCP, three recv() calls)',
    event('data-received', 'conn-1', { bytes: 2952, slices: [1024, 1024, 904], preview: preview('x\\n') }),
    'recv(): 2952 B “x\\n” (slices 1024 + 1024 + 904)',
    'recv(): 2952 B «x\\n» (trozos 1024 + 1024 + 904)',
  ],
  [
    'data-received (UDP, a whole datagram)',
    event('data-received', 'server-1', { bytes: 5, slices: [5], preview: preview('hello'), peer: CLIENT_1 }),
    'recvfrom(): a whole datagram of 5 B from 127.0.0.1:40001 “hello”',
    'recvfrom(): un datagrama entero de 5 B desde 127.0.0.1:40001 «hello»',
  ],
  [
    'data-received (UDP, truncated)',
    event('data-received', 'server-1', {
      bytes: 1024,
      slices: [1024],
      preview: preview('aaaa'),
      peer: at('::1', 40001),
      discarded: 476,
    }),
    'recvfrom(): the first 1024 B of a datagram from [::1]:40001 “aaaa” The datagram had 476 B more than the receive buffer holds: recvfrom() threw them away, as UDP does.',
    'recvfrom(): los primeros 1024 B de un datagrama desde [::1]:40001 «aaaa» El datagrama traía 476 B más de los que caben en el búfer de recepción: recvfrom() los descartó, como hace UDP.',
  ],
  [
    'data-held',
    event('data-held', 'client-1', { holdId: 1, bytes: 3, preview: preview('abc') }),
    'send(): 3 B “abc” waits for its step (step mode)',
    'send(): 3 B «abc» espera su paso (modo paso a paso)',
  ],
  [
    'data-summary (sent)',
    event('data-summary', 'client-1', { direction: 'sent', bytes: 4096, chunks: 12 }),
    '12 more sends: 4096 B (grouped so the view keeps up)',
    '12 envíos más: 4096 B (agrupados para que la vista no se atrase)',
  ],
  [
    'data-summary (received)',
    event('data-summary', 'conn-1', { direction: 'received', bytes: 4096, chunks: 12 }),
    '12 more receives: 4096 B (grouped so the view keeps up)',
    '12 recepciones más: 4096 B (agrupadas para que la vista no se atrase)',
  ],
  [
    'end-received',
    event('end-received', 'conn-1', {}),
    'recv() returned nothing: the peer has no more data to send',
    'recv() no devolvió nada: el otro extremo ya no enviará más datos',
  ],
  [
    'end-sent',
    event('end-sent', 'client-1', {}),
    'shutdown(SHUT_WR): this side will send no more data',
    'shutdown(SHUT_WR): este lado ya no enviará más datos',
  ],
  [
    'closed',
    event('closed', 'client-1', { hadError: false }),
    'close(): socket closed',
    'close(): socket cerrado',
  ],
  [
    'closed (after an error)',
    event('closed', 'client-1', { hadError: true }),
    'close(): socket closed after an error',
    'close(): socket cerrado tras un error',
  ],
];

describe("describeEvent: the log's line for each kind of event", () => {
  it.each(LINES)('%s, in English and Spanish', (_kind, labEvent, english, spanish) => {
    expect(describeEvent(en, labEvent)).toBe(english);
    expect(describeEvent(es, labEvent)).toBe(spanish);
  });

  it('covers every kind of event the back end streams', () => {
    const kinds = new Set(LINES.map(([, labEvent]) => labEvent.type));
    kinds.add('error');
    expect(kinds.size).toBe(14);
  });

  it('an error: its code, then what it means and where, in English and Spanish', () => {
    const refused = event('error', 'client-1', {
      error: {
        code: 'ECONNREFUSED',
        syscall: 'connect',
        address: '127.0.0.1',
        port: 5346,
        message: 'connect ECONNREFUSED 127.0.0.1:5346',
      },
    });
    expect(describeEvent(en, refused)).toBe(
      'ECONNREFUSED: Connection refused: nothing listens on 127.0.0.1:5346, so that host answered the connection request with a reset. Start a server there first.',
    );
    expect(describeEvent(es, refused)).toBe(
      'ECONNREFUSED: Conexión rechazada: nada escucha en 127.0.0.1:5346, así que ese host respondió a la petición de conexión con un RST (la conexión se corta). Inicie antes un servidor allí.',
    );
  });
});

describe('eventTime', () => {
  it('is the local wall-clock time with milliseconds, every field padded', () => {
    expect(eventTime(new Date(2024, 0, 2, 14, 3, 7, 251).getTime())).toBe('14:03:07.251');
    expect(eventTime(new Date(2024, 0, 2, 9, 5, 3, 7).getTime())).toBe('09:05:03.007');
  });
});
