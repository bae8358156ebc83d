import { useTranslation } from 'react-i18next';
import type { TrackedSocket } from '../../lab/lab-state';
import type { RowPicture } from '../../lab/stage/row-picture';
import type { StageStep } from '../../lab/stage/stage-step';
import styles from './ConnectionLink.module.css';
import { RowStage } from './diagram/RowStage';
import { transferText } from './diagram/transfer-text';

interface DatagramLinkProps {
  client: TrackedSocket;
  /** The Lab's UDP server the client sends to, when it is one. */
  server: TrackedSocket | undefined;
  picture: RowPicture | undefined;
  current: StageStep | undefined;
  currentMs: number;
}

/**
 * What passes between a UDP client and the server: datagrams, each on its own, from socket to
 * socket. There is no connection, so there is no line; a datagram nothing received is shown lost.
 */
export function DatagramLink({ client, server, picture, current, currentMs }: DatagramLinkProps) {
  const { t } = useTranslation();
  const label = t('diagram.datagrams', { client: client.socketId, server: server?.socketId ?? '?' });
  return (
    <div role="group" aria-label={label} className={styles.connection}>
      <p className={`${styles.transfer} ${styles.toServer}`}>
        {client.lastSent && t('diagram.toServer', transferText(client.lastSent))}
      </p>
      <RowStage
        row={client.socketId}
        picture={picture}
        current={current}
        currentMs={currentMs}
        serverSide={server?.socketId ?? t('diagram.outside')}
        clientSide={client.socketId}
        wire="datagrams"
      />
      <p className={styles.noConnection}>{t('diagram.noConnection')}</p>
      <p className={styles.transfer}>
        {client.lastReceived && t('diagram.toClient', transferText(client.lastReceived))}
      </p>
      {picture?.lost && (
        <p className={styles.lost} role="status">
          {t('diagram.lost', picture.lost)}
        </p>
      )}
    </div>
  );
}
