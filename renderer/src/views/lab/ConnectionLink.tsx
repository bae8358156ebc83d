import { useTranslation } from 'react-i18next';
import type { TrackedSocket } from '../../lab/lab-state';
import type { RowPicture } from '../../lab/stage/row-picture';
import type { StageStep } from '../../lab/stage/stage-step';
import styles from './ConnectionLink.module.css';
import { RowStage } from './diagram/RowStage';
import { transferText } from './diagram/transfer-text';

interface ConnectionLinkProps {
  row: string;
  accepted: TrackedSocket | undefined;
  client: TrackedSocket | undefined;
  picture: RowPicture | undefined;
  current: StageStep | undefined;
  currentMs: number;
}

/**
 * The connection between a client and the socket the server accepted for it: what last went each
 * way (said once), the two lanes the stage draws its steps in, and the connection's phase.
 */
export function ConnectionLink({ row, accepted, client, picture, current, currentMs }: ConnectionLinkProps) {
  const { t } = useTranslation();
  const toServer = client?.lastSent ?? accepted?.lastReceived;
  const toClient = client?.lastReceived ?? accepted?.lastSent;
  const closed = accepted?.state !== 'open' && client?.state !== 'open';
  const outside = t('diagram.outside');
  const label = t('diagram.connection', {
    client: client?.socketId ?? t('diagram.outsidePeer'),
    conn: accepted?.socketId ?? t('diagram.outsidePeer'),
  });
  const phase = picture?.phase;

  return (
    <div role="group" aria-label={label} className={styles.connection} data-phase={phase}>
      <p className={`${styles.transfer} ${styles.toServer}`}>
        {toServer && t('diagram.toServer', transferText(toServer))}
      </p>
      <RowStage
        row={row}
        picture={picture}
        current={current}
        currentMs={currentMs}
        serverSide={accepted?.socketId ?? outside}
        clientSide={client?.socketId ?? outside}
        wire={closed ? 'closed' : 'stream'}
      />
      <p className={styles.transfer}>{toClient && t('diagram.toClient', transferText(toClient))}</p>
      {phase && (
        <p className={`${styles.phase} ${styles[phase]}`}>
          <strong>{t(`diagram.phase.${phase}`)}</strong>
          {picture.halfOpen &&
            ` ${t('diagram.halfOpen', {
              endedBy: picture.halfOpen.endedBy || outside,
              stillSending: picture.halfOpen.stillSending || outside,
            })}`}
        </p>
      )}
    </div>
  );
}
