import type { TFunction } from 'i18next';
import type { SocketRow } from '@contract/socket-table';
import { addressText, isListening } from '../../sockets/table-query';
import styles from './RowActions.module.css';

export interface RowActionHandlers {
  /** Copies the row's local address; `key` names the row, for a failure to be shown on it. */
  onCopy(key: string, address: string): void;
  onConnect(row: SocketRow): void;
  onShowInLab(labSocketId: string): void;
}

interface RowActionsProps extends RowActionHandlers {
  row: SocketRow;
  /** The last copy from this row did not reach the clipboard. */
  copyFailed: boolean;
  t: TFunction;
}

/** What a user can do with one row: copy its address, connect a Lab client to it, find it in the Lab. */
export function RowActions({ row, copyFailed, onCopy, onConnect, onShowInLab, t }: RowActionsProps) {
  const local = addressText(row.localAddress, row.localPort);
  return (
    <span className={styles.actions}>
      <button
        type="button"
        className={copyFailed ? styles.copyFailed : undefined}
        aria-label={
          copyFailed ? t('sockets.copyFailed', { address: local }) : t('sockets.copy', { address: local })
        }
        onClick={() => onCopy(row.key, local)}
      >
        {copyFailed ? t('sockets.copyFailedShort') : t('sockets.copyShort')}
      </button>
      {row.protocol.startsWith('tcp') && isListening(row) && (
        <button
          type="button"
          aria-label={t('sockets.connect', { address: local })}
          onClick={() => onConnect(row)}
        >
          {t('sockets.connectShort')}
        </button>
      )}
      {row.labSocketId && (
        <button
          type="button"
          aria-label={t('sockets.showInLab', { id: row.labSocketId })}
          onClick={() => row.labSocketId && onShowInLab(row.labSocketId)}
        >
          {t('sockets.showInLabShort')}
        </button>
      )}
    </span>
  );
}
