import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectionPicture } from '../../../lab/stage/row-picture';
import type { Direction, StageStep } from '../../../lab/stage/stage-step';
import styles from './Lane.module.css';

interface LaneProps {
  direction: Direction;
  picture: DirectionPicture | undefined;
  /** The step travelling in this lane now, if one is. */
  moving: StageStep | undefined;
  movingMs: number;
  sender: string;
  receiver: string;
  /** 'stream' for a TCP connection's wire; 'datagrams' for UDP, which has none. */
  wire: 'stream' | 'datagrams' | 'closed';
}

/**
 * One direction of a row: the sender's held writes at one end, the receiver's receive buffer at
 * the other (host A's end is on the left), and what travels between them now.
 */
export function Lane({ direction, picture, moving, movingMs, sender, receiver, wire }: LaneProps) {
  const { t } = useTranslation();
  const receiverEnd = <ReceiveBuffer picture={picture} receiver={receiver} />;
  const senderEnd = <HeldWrites picture={picture} sender={sender} />;
  return (
    <div
      className={`${styles.lane} ${styles[direction]}`}
      role="group"
      aria-label={t(`diagram.lanes.${direction}`)}
    >
      {direction === 'to-server' ? receiverEnd : senderEnd}
      <div className={`${styles.wire} ${styles[wire]}`}>
        {moving && <Pill key={moving.id} step={moving} ms={movingMs} />}
      </div>
      {direction === 'to-server' ? senderEnd : receiverEnd}
    </div>
  );
}

function Pill({ step, ms }: { step: StageStep; ms: number }) {
  const { t } = useTranslation();
  const style = { '--travel-ms': `${ms}ms` } as CSSProperties;
  if (step.kind === 'kernel') {
    const title = t(`diagram.kernelCall.${step.call}`, { packet: step.packet });
    return (
      <span
        className={`${styles.pill} ${styles.kernel}`}
        style={style}
        title={title}
        data-testid="moving-packet"
        data-packet={step.packet}
      >
        {step.packet}
      </span>
    );
  }
  if (step.kind !== 'send') return null;
  return (
    <span
      className={`${styles.pill} ${step.protocol === 'udp' ? styles.datagram : ''}`}
      style={style}
      title={step.text}
      data-testid="moving-packet"
    >
      {t('diagram.waiting', { bytes: step.bytes })}
    </span>
  );
}

function HeldWrites({ picture, sender }: { picture: DirectionPicture | undefined; sender: string }) {
  const { t } = useTranslation();
  const held = picture?.held ?? [];
  return (
    <div className={styles.end}>
      {held.length > 0 && (
        <ol className={styles.held} aria-label={t('diagram.heldLabel', { socket: sender })}>
          {held.map((write) => (
            <li key={write.holdId}>{t('diagram.heldWrite', { bytes: write.bytes })}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ReceiveBuffer({ picture, receiver }: { picture: DirectionPicture | undefined; receiver: string }) {
  const { t } = useTranslation();
  const chunk = picture?.lastRead;
  const waiting = picture?.waiting ?? [];
  return (
    <div
      className={`${styles.end} ${styles.buffer}`}
      role="group"
      aria-label={t('diagram.recvBuffer', { socket: receiver })}
    >
      {waiting.length > 0 && (
        <ol className={styles.waiting} aria-label={t('diagram.waitingLabel')}>
          {waiting.map((bytes, index) => (
            <li key={index}>{t('diagram.waiting', { bytes })}</li>
          ))}
        </ol>
      )}
      {chunk && chunk.reads.length > 0 && (
        <div className={styles.chunk}>
          <span className={styles.call}>
            {t(`diagram.reads.${chunk.protocol}`, { size: chunk.bufferSize })}
          </span>
          <ol
            className={styles.slices}
            aria-label={t(`diagram.reads.${chunk.protocol}`, { size: chunk.bufferSize })}
          >
            {chunk.reads.map((bytes, index) => (
              <li key={index} className={index === chunk.reads.length - 1 ? styles.latest : undefined}>
                {t('diagram.readSlice', { bytes })}
              </li>
            ))}
          </ol>
          {chunk.count > 1 && (
            <span className={styles.note}>
              {t('diagram.readProgress', { done: chunk.reads.length, count: chunk.count })}
            </span>
          )}
          {chunk.sends > 1 && (
            <span className={styles.note}>{t('diagram.merged', { count: chunk.sends })}</span>
          )}
          {chunk.split && <span className={styles.note}>{t('diagram.split')}</span>}
          {chunk.discarded !== undefined && (
            <span className={styles.discarded}>{t('diagram.discarded', { bytes: chunk.discarded })}</span>
          )}
        </div>
      )}
    </div>
  );
}
