import { memo, useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LabEvent } from '../../../../electron/contract/events';
import { describeEvent, eventTime } from '../../lab/describe-event';
import { EventDetails } from './EventDetails';

interface EventLogProps {
  events: readonly LabEvent[];
  /** When set, only this socket's events are listed. */
  socketId: string | undefined;
  onShowAll(): void;
  /** The event picked, whose details show below the list; undefined while following live. */
  inspectedSeq: number | undefined;
  /** An event was picked: the diagram goes back to that moment. */
  onInspect(event: LabEvent): void;
}

export function EventLog({ events, socketId, onShowAll, inspectedSeq, onInspect }: EventLogProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const shown = socketId ? events.filter((event) => event.socketId === socketId) : events;
  const newest = shown.at(-1)?.seq;
  const inspected = events.find((event) => event.seq === inspectedSeq);
  const following = inspectedSeq === undefined;

  // Follow the newest event, as a terminal does, unless the user is looking at an older one.
  useEffect(() => {
    const list = listRef.current;
    if (list && following) list.scrollTop = list.scrollHeight;
  }, [newest, following]);

  return (
    <section className="panel event-log">
      <div className="panel-title-row">
        <h2>{t('log.heading')}</h2>
        {socketId && (
          <button type="button" onClick={onShowAll}>
            {t('log.showAll', { socket: socketId })}
          </button>
        )}
      </div>
      {/* The log role sits on a wrapper: on the list itself it would hide the list from assistive technology. */}
      <div role="log" aria-label={t('log.label')}>
        <ol ref={listRef} className="log-list">
          {shown.length === 0 && <li className="empty">{t('log.empty')}</li>}
          {shown.map((event) => (
            <LogEntry
              key={event.seq}
              event={event}
              current={event.seq === inspectedSeq}
              onInspect={onInspect}
              t={t}
            />
          ))}
        </ol>
      </div>
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

interface LogEntryProps {
  event: LabEvent;
  current: boolean;
  onInspect(event: LabEvent): void;
  /** The log's own t: a new one only when the language changes, so entries redraw only then. */
  t: TFunction;
}

const LogEntry = memo(function LogEntry({ event, current, onInspect, t }: LogEntryProps) {
  return (
    <li className={`log-entry type-${event.type}`}>
      <button
        type="button"
        className="log-entry-button"
        aria-pressed={current}
        onClick={() => onInspect(event)}
      >
        <span className="log-seq">#{event.seq}</span>
        <time className="log-time">{eventTime(event.at)}</time>
        <span className="log-socket">{event.socketId}</span>
        <span className="log-text">{describeEvent(t, event)}</span>
      </button>
    </li>
  );
});
