import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { MarkedRow } from '../../sockets/socket-table-state';
import { cellText, COLUMNS } from '../../sockets/table-query';
import { RowActions, type RowActionHandlers } from './RowActions';
import styles from './SocketTableRow.module.css';

interface SocketTableRowProps extends RowActionHandlers {
  view: MarkedRow;
  /** The row's position in the sorted, filtered rows; the header is row 1. */
  index: number;
  /** Its offset from the top of the table, in pixels. */
  top: number;
  selected: boolean;
  copyFailed: boolean;
  onSelectLabSocket(labSocketId: string): void;
  /**
   * The table's t, a new one only when the language changes. Rows come and go with every scroll
   * step, and useTranslation in each of them cost more than drawing them.
   */
  t: TFunction;
}

/**
 * One row of the socket table. Memoised: while the table scrolls, only the rows that come into
 * view are rendered; those already in view keep their elements untouched.
 */
export const SocketTableRow = memo(function SocketTableRow({
  view,
  index,
  top,
  selected,
  copyFailed,
  onSelectLabSocket,
  t,
  ...actions
}: SocketTableRowProps) {
  const { row, mark } = view;
  const labSocketId = row.labSocketId;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={[styles.row, mark && styles[mark], selected && styles.selected].filter(Boolean).join(' ')}
      style={{ transform: `translateY(${top}px)` }}
      onClick={labSocketId ? () => onSelectLabSocket(labSocketId) : undefined}
    >
      {COLUMNS.map((column) => (
        <div
          key={column}
          role="cell"
          className={styles.cell}
          data-testid={`cell-${column}`}
          title={column === 'program' ? row.commandLine : undefined}
        >
          {column === 'lab' && labSocketId ? (
            <span className={styles.labTag}>{t('sockets.labTag', { id: labSocketId })}</span>
          ) : (
            cellText(row, column)
          )}
        </div>
      ))}
      <div role="cell" className={styles.cell}>
        <RowActions row={row} copyFailed={copyFailed} t={t} {...actions} />
      </div>
    </div>
  );
});
