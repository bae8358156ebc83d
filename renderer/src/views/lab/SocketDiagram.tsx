import { useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutDiagram, udpServerOf } from '../../lab/diagram-layout';
import { endpointText } from '../../lab/endpoint-text';
import type { LabState, TrackedSocket } from '../../lab/lab-state';
import { selectRecording } from '../../lab/lab-selectors';
import { describeStep } from '../../lab/stage/describe-step';
import { useLab } from '../../lab/use-lab';
import { selectLabSocketStates } from '../../sockets/socket-table-selectors';
import { useSocketTable } from '../../sockets/use-socket-table';
import { ConnectionLink } from './ConnectionLink';
import { DatagramLink } from './DatagramLink';
import { DrawnSteps } from './diagram/DrawnSteps';
import { StageLegend } from './diagram/StageLegend';
import { useStagePlayer } from './diagram/use-stage-player';
import styles from './SocketDiagram.module.css';
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
 * listening socket or connection, so every line between two sockets is straight across. Live, it
 * is a stage: what the sockets do is drawn step by step, in the order they did it.
 */
export function SocketDiagram({ lab, selectedId, onSelect, historic = false }: SocketDiagramProps) {
  const { t } = useTranslation();
  const figure = useRef<HTMLElement>(null);
  const playback = useStagePlayer(useLab(selectRecording), !historic, figure);
  // Each Lab socket's state in the machine's socket table, where it has a row. The table is live:
  // an earlier moment has no rows to show.
  const liveTableStates = useSocketTable(selectLabSocketStates);
  const tableStates = historic ? NO_TABLE_STATES : liveTableStates;
  const rows = layoutDiagram(lab.sockets);
  // The past is drawn still, from the recording; the stage's pictures are of the Lab now.
  const pictureOf = (row: string) => (historic ? undefined : playback.pictures.get(row));
  const current = historic ? undefined : playback.current;
  const node = (socket: TrackedSocket) => (
    <SocketNode
      socket={socket}
      selected={socket.socketId === selectedId}
      tableState={tableStates.get(socket.socketId)}
      onSelect={onSelect}
    />
  );
  const rowStyle = (index: number): CSSProperties => ({ gridRow: index + 2 });
  const hasClients = rows.some((row) => row.kind === 'connection');

  return (
    <figure
      ref={figure}
      className={`${styles.diagram}${historic ? ` ${styles.historic}` : ''}`}
      role="figure"
      aria-label={t('diagram.label')}
      style={{ '--rows': Math.max(rows.length, 1) } as CSSProperties}
    >
      <div className={styles.hosts}>
        <section role="group" aria-label={t('diagram.hostA')} className={`${styles.host} ${styles.hostA}`}>
          <h3 className={styles.hostTitle}>{t('diagram.hostA')}</h3>
          {rows.map((row, index) => (
            <div key={row.key} className={styles.cell} style={rowStyle(index)}>
              {row.kind === 'listener' ? node(row.listener) : row.accepted ? node(row.accepted) : null}
              {row.kind === 'connection' &&
                !row.accepted &&
                row.client?.protocol === 'tcp' &&
                row.client.remote && <OutsidePeer address={endpointText(row.client.remote)} />}
            </div>
          ))}
        </section>
        <div className={styles.links}>
          {rows.length === 0 && (
            <p className={styles.empty} style={rowStyle(0)}>
              {t('diagram.empty')}
            </p>
          )}
          {rows.map((row, index) =>
            row.kind === 'connection' ? (
              <div key={row.key} className={styles.cell} style={rowStyle(index)}>
                {row.client?.protocol === 'udp' ? (
                  <DatagramLink
                    client={row.client}
                    server={udpServerOf(row.client, rows)}
                    picture={pictureOf(row.key)}
                    current={current}
                    currentMs={playback.currentMs}
                  />
                ) : (
                  <ConnectionLink
                    row={row.key}
                    accepted={row.accepted}
                    client={row.client}
                    picture={pictureOf(row.key)}
                    current={current}
                    currentMs={playback.currentMs}
                  />
                )}
              </div>
            ) : null,
          )}
        </div>
        {/* Host B holds only clients: until there is one it is a narrow column, not an empty band. */}
        <section
          role="group"
          aria-label={t('diagram.hostB')}
          className={`${styles.host} ${styles.hostB}${hasClients ? '' : ` ${styles.vacant}`}`}
        >
          <h3 className={styles.hostTitle}>{t('diagram.hostB')}</h3>
          {rows.map((row, index) => (
            <div key={row.key} className={styles.cell} style={rowStyle(index)}>
              {row.kind === 'connection' && row.client && node(row.client)}
              {row.kind === 'connection' && !row.client && row.accepted?.remote && (
                <OutsidePeer address={endpointText(row.accepted.remote)} />
              )}
            </div>
          ))}
        </section>
      </div>
      <p className={styles.caption}>
        {current ? t('diagram.now', { what: describeStep(t, current) }) : '\u00a0'}
      </p>
      <StageLegend />
      <DrawnSteps steps={playback.drawn} />
    </figure>
  );
}

function OutsidePeer({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.outsidePeer}>
      <span className={styles.role}>{t('diagram.outsidePeer')}</span>
      <span className={styles.address}>{address}</span>
    </div>
  );
}
