import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { SocketErrorInfo } from '@contract/events';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { explainSocketError } from './explain-error';

async function translator(language: 'en' | 'es') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { en: { translation: en }, es: { translation: es } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const inUse: SocketErrorInfo = {
  code: 'EADDRINUSE',
  syscall: 'listen',
  address: '127.0.0.1',
  port: 5346,
  message: 'listen EADDRINUSE: address already in use 127.0.0.1:5346',
};

describe('explainSocketError for EADDRINUSE', () => {
  it('names the program that listens on the port, when the socket table can tell', async () => {
    const t = await translator('en');
    const text = explainSocketError(t, { ...inUse, heldBy: { pid: 4242, program: 'nginx' } });
    expect(text).toContain('another socket already listens on 127.0.0.1:5346');
    expect(text).toContain('nginx (PID 4242)');
  });

  it('says a closed connection in TIME_WAIT holds the port, not a listener, in English and Spanish', async () => {
    const english = explainSocketError(await translator('en'), { ...inUse, timeWait: true });
    expect(english).toContain('nothing listens on 127.0.0.1:5346');
    expect(english).toContain('TIME_WAIT');
    expect(english).not.toContain('already listens');
    const spanish = explainSocketError(await translator('es'), { ...inUse, timeWait: true });
    expect(spanish).toContain('nada escucha en 127.0.0.1:5346');
    expect(spanish).toContain('TIME_WAIT');
  });
});
