import { useTranslation } from 'react-i18next';
import type { LabEvent } from '@contract/events';
import type { SessionRecording } from '../../lab/session-recording';
import panel from '../../styles/panel.module.css';
import { EventDetails } from './EventDetails';
import { EventLogList } from './EventLogList';
import { SessionExport } from './SessionExport';
import styles from './EventLog.module.css';

interface EventLogProps {
  events: readonly LabEvent[];
  /** The whole session, which the log's export buttons save. */
  recording: SessionRecording;
  /** When set, only this socket's events are listed. */
  socketId: string | undefined;
  onShowAll(): void;
  /** The event picked, whose details show below the list; undefined while following live. */
  inspectedSeq: number | undefined;
  /** An event was picked: the diagram goes back to that moment. */
  onInspect(event: LabEvent): void;
}

export function EventLog({ events, recording, socketId, onShowAll, inspectedSeq, onInspect }: EventLogProps) {
  const { t } = useTranslation();
  const shown = socketId ? events.filter((event) => event.socketId === socketId) : events;
  const inspected = events.find((event) => event.seq === inspectedSeq);
  const following = inspectedSeq === undefined;

  return (
    <section className={`${panel.panel} ${styles.log}`}>
      <div className={styles.titleRow}>
        <h2>{t('log.heading')}</h2>
        {socketId && (
          <button type="button" onClick={onShowAll}>
            {t('log.showAll', { socket: socketId })}
          </button>
        )}
        <span className={styles.export}>
          <SessionExport recording={recording} />
        </span>
      </div>
      <EventLogList events={shown} inspectedSeq={inspectedSeq} onInspect={onInspect} following={following} />
      {inspected && (
        <EventDetails
          event={inspected}
          previousOfSocket={events.findLast(
            (event) => event.socketId === inspected.socketId && event.seq < inspected.seq,
          )}
        />
      )}
    </section>
  );
}
