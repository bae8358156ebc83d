import { useTranslation } from 'react-i18next';
import type { Packet, TrackedSocket, Transfer } from '../../lab/lab-state';
import { slicesText } from '../../lab/slices-text';

interface ConnectionLinkProps {
  accepted: TrackedSocket | undefined;
  client: TrackedSocket | undefined;
  /** Data that arrived at either end of this connection, oldest first. */
  packets: readonly Packet[];
}

/** Packets still drawn per line; older ones have already arrived and faded. */
const VISIBLE_PACKETS = 4;
const LABEL_TEXT_LENGTH = 32;

/**
 * The line between a client and the socket the server accepted for it, the data moving along it
 * (in the chunks the receiver got), and what last went each way.
 */
export function ConnectionLink({ accepted, client, packets }: ConnectionLinkProps) {
  const { t } = useTranslation();
  const toServer = client?.lastSent ?? accepted?.lastReceived;
  const toClient = client?.lastReceived ?? accepted?.lastSent;
  const closed = accepted?.state !== 'open' && client?.state !== 'open';
  const label = t('diagram.connection', {
    client: client?.socketId ?? t('diagram.outsidePeer'),
    conn: accepted?.socketId ?? t('diagram.outsidePeer'),
  });

  return (
    <div role="group" aria-label={label} className={`connection${closed ? ' closed' : ''}`}>
      <p className="transfer to-server">{toServer && t('diagram.toServer', transferText(toServer))}</p>
      <div className="wire" aria-hidden="true">
        {packets.slice(-VISIBLE_PACKETS).map((packet) => (
          <span
            key={packet.seq}
            className={`packet ${packet.receiverId === accepted?.socketId ? 'to-server' : 'to-client'}`}
          >
            {t('diagram.packet', transferText(packet))}
          </span>
        ))}
      </div>
      <p className="transfer to-client">{toClient && t('diagram.toClient', transferText(toClient))}</p>
      {toClient?.slices && toClient.slices.length > 1 && (
        <p className="slices">{t('diagram.slices', { slices: slicesText(t, toClient) })}</p>
      )}
    </div>
  );
}

export function transferText(transfer: Transfer): { bytes: number; text: string } {
  const { text, truncated } = transfer.preview;
  const short = text.length > LABEL_TEXT_LENGTH ? `${text.slice(0, LABEL_TEXT_LENGTH)}…` : text;
  return { bytes: transfer.bytes, text: truncated && short === text ? `${text}…` : short };
}
