import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkedRow } from '../../sockets/socket-table-state';
import { COLUMNS, type ColumnId, type SortOrder } from '../../sockets/table-query';
import type { RowActionHandlers } from './RowActions';
import { SocketTableRow } from './SocketTableRow';

const ROW_HEIGHT = 34;

interface SocketTableProps extends RowActionHandlers {
  rows: readonly MarkedRow[];
  sort: SortOrder;
  onSort(column: ColumnId): void;
  /** A click on a Lab row selects its socket, which the Lab then highlights too. */
  onSelectLabSocket(labSocketId: string): void;
  /** The Lab socket selected in either view; its rows are highlighted. */
  selectedLabSocket: string | undefined;
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
      className="socket-table"
    >
      <div role="rowgroup" className="socket-table-head">
        <div role="row" aria-rowindex={1} className="socket-row">
          {COLUMNS.map((column) => {
            const sorted = sort.column === column;
            return (
              <div
                key={column}
                role="columnheader"
                aria-sort={sorted ? sort.direction : 'none'}
                className={`cell col-${column}`}
              >
                <button type="button" onClick={() => onSort(column)}>
                  {t(`sockets.columns.${column}`)}
                  <span aria-hidden="true">
                    {sorted ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </div>
            );
          })}
          <div role="columnheader" className="cell col-actions">
            {t('sockets.columns.actions')}
          </div>
        </div>
      </div>
      <div ref={scrollRef} className="socket-table-body" role="rowgroup">
        {rows.length === 0 && (
          <div role="row" className="empty">
            <div role="cell">{t('sockets.noRows')}</div>
          </div>
        )}
        <div style={{ height: virtualizer.getTotalSize() }} className="socket-table-canvas">
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
