import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LabEvent } from '@contract/events';
import { describeEvent, eventTime } from '../../lab/describe-event';
import { announcesNewEntries } from '../../lab/log-announcements';
import styles from './EventLogList.module.css';

/**
 * Every entry is one line this high, its text cut short with an ellipsis (the whole of it is in
 * the entry's tooltip and in the details below the log). Measuring entries as they were drawn
 * made each redraw lay the page out several times over.
 */
const ENTRY_HEIGHT = 23;
const OVERSCAN = 3;
/**
 * An entry is one line of monospace text, its columns padded to these widths in characters: a
 * flood replaces every entry in view at each redraw, and a line lays out much faster than a grid.
 */
const SEQ_COLUMN = 7;
const SOCKET_COLUMN = 10;
/** The kinds of event whose entries look apart from the others. */
const KIND_CLASS: Partial<Record<LabEvent['type'], string>> = {
  error: styles.error,
  'data-held': styles.dataHeld,
};

interface EventLogListProps {
  events: readonly LabEvent[];
  inspectedSeq: number | undefined;
  onInspect(event: LabEvent): void;
  /** Keep the newest entry in view, as a terminal does. */
  following: boolean;
}

/**
 * The log's entries, virtualised: only those in view are in the page. A flood brings hundreds of
 * events between two redraws; drawing each one, only to scroll it away unseen, cost most of a
 * frame every redraw.
 */
export function EventLogList({ events, inspectedSeq, onInspect, following }: EventLogListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own mutable state; React Compiler must not memoise around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ENTRY_HEIGHT,
    getItemKey: (index) => events[index]?.seq ?? index,
    overscan: OVERSCAN,
  });
  const totalSize = virtualizer.getTotalSize();
  const newest = events.at(-1)?.seq;

  // Before paint, so the frame shows the newest entries, not the place they were scrolled from.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (scroller && following) scroller.scrollTop = totalSize;
  }, [newest, following, totalSize]);

  return (
    // The log role sits on a wrapper: on the list itself it would hide the list from assistive technology.
    <div
      ref={scrollRef}
      role="log"
      aria-label={t('log.label')}
      aria-live={announcesNewEntries(events) ? 'polite' : 'off'}
      className={styles.scroller}
    >
      <ol className={styles.list} style={events.length === 0 ? undefined : { height: totalSize }}>
        {events.length === 0 && <li className={styles.empty}>{t('log.empty')}</li>}
        {virtualizer.getVirtualItems().map((item) => {
          const event = events[item.index];
          if (!event) return null;
          return (
            <LogEntry
              key={item.key}
              index={item.index}
              total={events.length}
              top={item.start}
              event={event}
              current={event.seq === inspectedSeq}
              onInspect={onInspect}
              t={t}
            />
          );
        })}
      </ol>
    </div>
  );
}

interface LogEntryProps {
  index: number;
  total: number;
  /** Pixels from the top of the list. */
  top: number;
  event: LabEvent;
  current: boolean;
  onInspect(event: LabEvent): void;
  /** The log's own t: a new one only when the language changes, so entries redraw only then. */
  t: TFunction;
}

const LogEntry = memo(function LogEntry({ index, total, top, event, current, onInspect, t }: LogEntryProps) {
  // Its place changes as the log moves on; its text only with the language.
  const text = useMemo(() => describeEvent(t, event), [t, event]);
  return (
    <li
      aria-posinset={index + 1}
      aria-setsize={total}
      className={[styles.entry, KIND_CLASS[event.type]].filter(Boolean).join(' ')}
      style={{ height: ENTRY_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <button
        type="button"
        className={styles.entryButton}
        aria-pressed={current}
        title={text}
        onClick={() => onInspect(event)}
      >
        <span className={styles.seq}>{`${`#${event.seq}`.padEnd(SEQ_COLUMN)} `}</span>
        <time className={styles.time}>{eventTime(event.at)}</time>
        <span className={styles.socket}>{` ${event.socketId.padEnd(SOCKET_COLUMN)} `}</span>
        {text}
      </button>
    </li>
  );
});
