import { describe, expect, it } from 'vitest';
import type { SocketErrorInfo } from '@contract/events';
import { translatorFor } from '@locales/translator';
import { explainSocketError } from './explain-error';

const inUse: SocketErrorInfo = {
  code: 'EADDRINUSE',
  syscall: 'listen',
  address: '127.0.0.1',
  port: 5346,
  message: 'listen EADDRINUSE: address already in use 127.0.0.1:5346',
};

describe('explainSocketError for EADDRINUSE', () => {
  it('names the program that listens on the port, when the socket table can tell', () => {
    const t = translatorFor('en');
    const text = explainSocketError(t, { ...inUse, heldBy: { pid: 4242, program: 'nginx' } });
    expect(text).toContain('another socket already listens on 127.0.0.1:5346');
    expect(text).toContain('nginx (PID 4242)');
  });

  it('says a closed connection in TIME_WAIT holds the port, not a listener, in English and Spanish', () => {
    const english = explainSocketError(translatorFor('en'), { ...inUse, timeWait: true });
    expect(english).toContain('nothing listens on 127.0.0.1:5346');
    expect(english).toContain('TIME_WAIT');
    expect(english).not.toContain('already listens');
    const spanish = explainSocketError(translatorFor('es'), { ...inUse, timeWait: true });
    expect(spanish).toContain('nada escucha en 127.0.0.1:5346');
    expect(spanish).toContain('TIME_WAIT');
  });
});
