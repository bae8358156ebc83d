import { useTranslation } from 'react-i18next';
import { bracketedHost } from '@contract/address-text';
import { endpointText } from '../../lab/endpoint-text';
import type { TrackedSocket } from '../../lab/lab-state';
import { socketNodeId, socketRoleName } from '../../lab/socket-names';
import styles from './SocketNode.module.css';

interface SocketNodeProps {
  socket: TrackedSocket;
  selected: boolean;
  /** Its row's state in the machine's socket table (LISTEN, ESTABLISHED, TIME_WAIT...). */
  tableState: string | undefined;
  onSelect(socketId: string): void;
}

/** One socket on the diagram, named by its role, id, real IP:port and state. */
export function SocketNode({ socket, selected, tableState, onSelect }: SocketNodeProps) {
  const { t } = useTranslation();
  const address = socket.local ? endpointText(socket.local) : t('socket.unbound');
  const role = socketRoleName(t, socket);
  const state = t(`state.${socket.state}`);
  const detailsId = `${socketNodeId(socket.socketId)}-details`;
  const classes = [styles.node, socket.state === 'closed' && styles.closed, socket.error && styles.hasError];
  return (
    <button
      id={socketNodeId(socket.socketId)}
      type="button"
      className={classes.filter(Boolean).join(' ')}
      aria-label={`${role} ${socket.socketId} ${address} (${state})`}
      aria-describedby={detailsId}
      aria-pressed={selected}
      onClick={() => onSelect(socket.socketId)}
    >
      <span className={styles.role}>
        {role} · {socket.socketId}
      </span>
      <span className={styles.address}>
        {/* A narrow column breaks the line before the port, never inside an address or a number. */}
        {socket.local ? (
          <>
            {bracketedHost(socket.local.address)}:<wbr />
            {socket.local.port}
          </>
        ) : (
          address
        )}
      </span>
      {/* The name above says who the socket is; these say what it is doing, for screen readers too. */}
      <span id={detailsId} className={styles.details}>
        {socket.remote && (
          <span className={styles.peer}>
            {t(socket.protocol === 'udp' ? 'socket.sendsTo' : 'socket.peer', {
              remote: endpointText(socket.remote),
            })}
          </span>
        )}
        <span className={`${styles.badge} ${styles[socket.state]}`}>{state}</span>
        {tableState && (
          <span className={styles.tableState}>{t('socket.inTable', { state: tableState })}</span>
        )}
        {socket.error && <span className={styles.errorCode}>{socket.error.code}</span>}
      </span>
    </button>
  );
}
