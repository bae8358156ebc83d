import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkedRow } from '../../sockets/socket-table-state';
import { COLUMNS, type ColumnId, type SortOrder } from '../../sockets/table-query';
import type { RowActionHandlers } from './RowActions';
import styles from './SocketTable.module.css';
import { SocketTableRow } from './SocketTableRow';
import notice from '../../styles/notice.module.css';

const ROW_HEIGHT = 34;

interface SocketTableProps extends RowActionHandlers {
  rows: readonly MarkedRow[];
  sort: SortOrder;
  onSort(column: ColumnId): void;
  /** A click on a Lab row selects its socket, which the Lab then highlights too. */
  onSelectLabSocket(labSocketId: string): void;
  /** The Lab socket selected in either view; its rows are highlighted. */
  selectedLabSocket: string | undefined;
  /** The row whose last copy failed, if one did. */
  failedCopy: string | undefined;
}

/**
 * The socket table as an ARIA table of rows, virtualised: only the rows in view are in the page,
 * so ten thousand sockets scroll as smoothly as ten.
 */
export function SocketTable({
  rows,
  sort,
  onSort,
  selectedLabSocket,
  onSelectLabSocket,
  failedCopy,
  ...actions
}: SocketTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own mutable state; React Compiler must not memoise around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div
      role="table"
      aria-label={t('sockets.tableLabel')}
      aria-rowcount={rows.length + 1}
      className={styles.table}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.headRow}>
          {COLUMNS.map((column) => {
            const sorted = sort.column === column;
            return (
              <div
                key={column}
                role="columnheader"
                aria-sort={sorted ? sort.direction : 'none'}
                className={styles.headCell}
              >
                <button type="button" className={styles.sortButton} onClick={() => onSort(column)}>
                  {t(`sockets.columns.${column}`)}
                  <span aria-hidden="true">
                    {sorted ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </div>
            );
          })}
          <div role="columnheader" className={styles.headCell}>
            {t('sockets.columns.actions')}
          </div>
        </div>
      </div>
      <div ref={scrollRef} className={styles.body} role="rowgroup">
        {rows.length === 0 && (
          <div role="row" className={notice.hint}>
            <div role="cell">{t('sockets.noRows')}</div>
          </div>
        )}
        <div style={{ height: virtualizer.getTotalSize() }} className={styles.canvas}>
          {virtualizer.getVirtualItems().map((item) => {
            const view = rows[item.index];
            if (!view) return null;
            return (
              <SocketTableRow
                key={view.row.key}
                view={view}
                index={item.index}
                top={item.start}
                selected={selectedLabSocket !== undefined && view.row.labSocketId === selectedLabSocket}
                copyFailed={view.row.key === failedCopy}
                onSelectLabSocket={onSelectLabSocket}
                t={t}
                {...actions}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
