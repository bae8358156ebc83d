import type { TFunction } from 'i18next';
import type { LabEvent } from '@contract/events';
import { endpointText } from './endpoint-text';
import { explainSocketError } from './explain-error';
import { slicesText } from './slices-text';

/** One event as a line of the log: the call behind it and what it did, in the user's language. */
export function describeEvent(t: TFunction, event: LabEvent): string {
  switch (event.type) {
    case 'socket-created':
      return t('log.socket-created', { role: t(`log.role.${event.role}`), size: event.recvBufferSize });
    case 'bound':
    case 'listening':
      return t(`log.${event.type}`, { local: endpointText(event.local) });
    case 'connecting':
      return t('log.connecting', { target: endpointText({ address: event.host, port: event.port }) });
    case 'connected':
      return t('log.connected', { local: endpointText(event.local), remote: endpointText(event.remote) });
    case 'accepted':
      return t('log.accepted', { server: event.serverId, remote: endpointText(event.remote) });
    case 'data-sent':
      return event.peer
        ? t('log.data-sent-to', {
            bytes: event.bytes,
            peer: endpointText(event.peer),
            text: event.preview.text,
          })
        : t('log.data-sent', { bytes: event.bytes, text: event.preview.text });
    case 'data-received':
      if (event.peer) {
        const peer = endpointText(event.peer);
        const fields = { bytes: event.bytes, peer, text: event.preview.text };
        if (!event.discarded) return t('log.data-received-from', fields);
        return `${t('log.data-received-truncated', fields)} ${t('log.discarded', { bytes: event.discarded })}`;
      }
      return t('log.data-received', {
        bytes: event.bytes,
        text: event.preview.text,
        slices: slicesText(t, event),
      });
    case 'data-held':
      return t('log.data-held', { bytes: event.bytes, text: event.preview.text });
    case 'data-summary':
      return t(`log.data-summary-${event.direction}`, { chunks: event.chunks, bytes: event.bytes });
    case 'end-received':
    case 'end-sent':
      return t(`log.${event.type}`);
    case 'closed':
      return t(event.hadError ? 'log.closedWithError' : 'log.closed');
    case 'error':
      return t('log.error', { code: event.error.code, explanation: explainSocketError(t, event.error) });
  }
}

/** The event's wall-clock time with milliseconds, e.g. 14:03:07.251. */
export function eventTime(at: number): string {
  const time = new Date(at);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}.${pad(time.getMilliseconds(), 3)}`;
}
