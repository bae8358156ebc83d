import { useTranslation } from 'react-i18next';
import { endpointText } from '../../lab/endpoint-text';
import type { TrackedSocket } from '../../lab/lab-state';
import { socketNodeId, socketRoleName } from '../../lab/socket-names';

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
  return (
    <button
      id={socketNodeId(socket.socketId)}
      type="button"
      className={`socket-node role-${socket.role} state-${socket.state}${socket.error ? ' has-error' : ''}`}
      aria-label={`${role} ${socket.socketId} ${address} (${state})`}
      aria-describedby={detailsId}
      aria-pressed={selected}
      onClick={() => onSelect(socket.socketId)}
    >
      <span className="socket-role">
        {role} · {socket.socketId}
      </span>
      <span className="socket-address">{address}</span>
      {/* The name above says who the socket is; these say what it is doing, for screen readers too. */}
      <span id={detailsId} className="socket-details">
        {socket.remote && (
          <span className="socket-peer">
            {t(socket.protocol === 'udp' ? 'socket.sendsTo' : 'socket.peer', {
              remote: endpointText(socket.remote),
            })}
          </span>
        )}
        <span className={`state-badge state-${socket.state}`}>{state}</span>
        {tableState && (
          <span className="socket-table-state">{t('socket.inTable', { state: tableState })}</span>
        )}
        {socket.error && <span className="socket-error-code">{socket.error.code}</span>}
      </span>
    </button>
  );
}
