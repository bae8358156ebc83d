import { useTranslation } from 'react-i18next';
import type { LabEvent } from '@contract/events';
import { describeEvent, eventTime } from '../../lab/describe-event';
import { endpointText } from '../../lab/endpoint-text';
import { slicesText } from '../../lab/slices-text';
import styles from './EventDetails.module.css';

interface EventDetailsProps {
  event: LabEvent;
  /** The same socket's event before this one, to time the gap between them. */
  previousOfSocket: LabEvent | undefined;
}

/** Everything one event carries: when, which socket, its addresses, and its bytes as text and hex. */
export function EventDetails({ event, previousOfSocket }: EventDetailsProps) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('details.what'), describeEvent(t, event)],
    [t('details.when'), `#${event.seq} · ${eventTime(event.at)}`],
    [t('details.socket'), event.socketId],
  ];
  if (previousOfSocket) {
    const ms = (event.at - previousOfSocket.at).toFixed(3);
    rows.push([
      t('details.sincePrevious'),
      t('details.sincePreviousValue', { ms, seq: previousOfSocket.seq }),
    ]);
  }
  if ('local' in event) rows.push([t('details.local'), endpointText(event.local)]);
  if ('remote' in event) rows.push([t('details.remote'), endpointText(event.remote)]);
  if ('peer' in event && event.peer) rows.push([t('details.peer'), endpointText(event.peer)]);
  if ('bytes' in event) rows.push([t('details.bytes'), String(event.bytes)]);
  if ('slices' in event) rows.push([t('details.slices'), slicesText(t, event)]);
  if ('preview' in event) {
    const more = event.preview.truncated ? ' …' : '';
    rows.push([t('details.text'), event.preview.text + more], [t('details.hex'), event.preview.hex + more]);
  }
  if (event.type === 'error') {
    rows.push([
      t('details.error'),
      `${event.error.code} (${event.error.syscall ?? '?'}): ${event.error.message}`,
    ]);
  }
  return (
    <section className={styles.details} aria-label={t('details.label', { seq: event.seq })}>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.row}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
