import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutDiagram, udpServerOf } from '../../lab/diagram-layout';
import { endpointText } from '../../lab/endpoint-text';
import type { LabState, TrackedSocket } from '../../lab/lab-state';
import { selectLabSocketStates } from '../../sockets/socket-table-selectors';
import { useSocketTable } from '../../sockets/use-socket-table';
import { ConnectionLink } from './ConnectionLink';
import { DatagramLink } from './DatagramLink';
import { SocketNode } from './SocketNode';

interface SocketDiagramProps {
  lab: LabState;
  selectedId: string | undefined;
  onSelect(socketId: string): void;
  /** Drawn from the recording, as the Lab was at an earlier moment. */
  historic?: boolean;
}

const NO_TABLE_STATES: ReadonlyMap<string, string> = new Map();

/**
 * Host A (the server's sockets) on the left, host B (the clients) on the right, one row per
 * listening socket or connection, so every line between two sockets is straight across.
 */
export function SocketDiagram({ lab, selectedId, onSelect, historic = false }: SocketDiagramProps) {
  const { t } = useTranslation();
  // Each Lab socket's state in the machine's socket table, where it has a row. The table is live:
  // an earlier moment has no rows to show.
  const liveTableStates = useSocketTable(selectLabSocketStates);
  const tableStates = historic ? NO_TABLE_STATES : liveTableStates;
  const rows = layoutDiagram(lab.sockets);
  const node = (socket: TrackedSocket) => (
    <SocketNode
      socket={socket}
      selected={socket.socketId === selectedId}
      tableState={tableStates.get(socket.socketId)}
      onSelect={onSelect}
    />
  );
  const rowStyle = (index: number): CSSProperties => ({ gridRow: index + 2 });

  return (
    <figure
      className={historic ? 'diagram historic' : 'diagram'}
      role="figure"
      aria-label={t('diagram.label')}
      style={{ '--rows': Math.max(rows.length, 1) } as CSSProperties}
    >
      <section role="group" aria-label={t('diagram.hostA')} className="host host-a">
        <h3 className="host-title">{t('diagram.hostA')}</h3>
        {rows.map((row, index) => (
          <div key={row.key} className="cell" style={rowStyle(index)}>
            {row.kind === 'listener' ? node(row.listener) : row.accepted ? node(row.accepted) : null}
            {row.kind === 'connection' &&
              !row.accepted &&
              row.client?.protocol === 'tcp' &&
              row.client.remote && <OutsidePeer address={endpointText(row.client.remote)} />}
          </div>
        ))}
      </section>
      <div className="links">
        {rows.length === 0 && (
          <p className="empty" style={rowStyle(0)}>
            {t('diagram.empty')}
          </p>
        )}
        {rows.map((row, index) =>
          row.kind === 'connection' ? (
            <div key={row.key} className="cell" style={rowStyle(index)}>
              {row.client?.protocol === 'udp' ? (
                <DatagramLink
                  client={row.client}
                  server={udpServerOf(row.client, rows)}
                  packets={lab.packets}
                />
              ) : (
                <ConnectionLink
                  accepted={row.accepted}
                  client={row.client}
                  packets={lab.packets.filter(
                    (packet) =>
                      packet.receiverId === row.accepted?.socketId ||
                      packet.receiverId === row.client?.socketId,
                  )}
                />
              )}
            </div>
          ) : null,
        )}
      </div>
      <section role="group" aria-label={t('diagram.hostB')} className="host host-b">
        <h3 className="host-title">{t('diagram.hostB')}</h3>
        {rows.map((row, index) => (
          <div key={row.key} className="cell" style={rowStyle(index)}>
            {row.kind === 'connection' && row.client && node(row.client)}
            {row.kind === 'connection' && !row.client && row.accepted?.remote && (
              <OutsidePeer address={endpointText(row.accepted.remote)} />
            )}
          </div>
        ))}
      </section>
    </figure>
  );
}

function OutsidePeer({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <div className="outside-peer">
      <span className="socket-role">{t('diagram.outsidePeer')}</span>
      <span className="socket-address">{address}</span>
    </div>
  );
}
