import { describe, expect, it } from 'vitest';
import { applyEvents, emptyLabState } from '../lab-state';
import { event, lesson, preview } from '../lesson-events.fixture';
import { programFocus, settingsOf } from './program-focus';

describe('programFocus', () => {
  it('follows the client last acted on, with the socket the server accepted for it', () => {
    const events = lesson();
    const lab = applyEvents(emptyLabState, events);
    // In the fixture client-1's connection is conn-2 (accepted in the other order).
    const focus = programFocus(lab, events);
    expect(focus.client?.socketId).toBe('client-1');
    expect(focus.serverSocket?.socketId).toBe('conn-2');
    expect(focus.listener?.socketId).toBe('server-1');

    const fromClient2 = [...events, event('data-sent', 'client-2', { bytes: 5, preview: preview('hello') })];
    const later = programFocus(applyEvents(emptyLabState, fromClient2), fromClient2);
    expect(later.client?.socketId).toBe('client-2');
    expect(later.serverSocket?.socketId).toBe('conn-1');
  });

  it('follows the selected socket over the latest event', () => {
    const events = lesson();
    const focus = programFocus(applyEvents(emptyLabState, events), events, 'conn-1');
    expect(focus.serverSocket?.socketId).toBe('conn-1');
    expect(focus.client?.socketId).toBe('client-2');
  });

  it("writes the programs for the sockets' own address, port, buffer and message", () => {
    const events = [
      event('socket-created', 'server-1', { role: 'listener', protocol: 'udp', recvBufferSize: 16 }),
      event('bound', 'server-1', { local: { address: '0.0.0.0', port: 6000, family: 'IPv4' } }),
      event('socket-created', 'client-1', { role: 'client', protocol: 'udp', recvBufferSize: 32 }),
      event('data-sent', 'client-1', { bytes: 3, preview: preview('hey') }),
    ];
    const settings = settingsOf(programFocus(applyEvents(emptyLabState, events), events));
    expect(settings).toMatchObject({
      protocol: 'udp',
      host: '127.0.0.1',
      port: 6000,
      serverBuffer: 16,
      clientBuffer: 32,
      message: { text: 'hey' },
    });
  });
});
