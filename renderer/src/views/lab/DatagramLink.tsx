import { useTranslation } from 'react-i18next';
import { sameEndpoint } from '../../lab/endpoint-text';
import type { Packet, TrackedSocket } from '../../lab/lab-state';
import { transferText } from './ConnectionLink';

interface DatagramLinkProps {
  client: TrackedSocket;
  /** The Lab's UDP server the client sends to, when it is one. */
  server: TrackedSocket | undefined;
  packets: readonly Packet[];
}

const VISIBLE_PACKETS = 4;

/**
 * What passes between a UDP client and the server: datagrams, each on its own. There is no
 * connection, so there is no line: only the datagrams crossing, each whole.
 */
export function DatagramLink({ client, server, packets }: DatagramLinkProps) {
  const { t } = useTranslation();
  const mine = packets.filter(
    (packet) =>
      packet.receiverId === client.socketId ||
      (packet.receiverId === server?.socketId && sameEndpoint(packet.peer, client.local)),
  );
  const label = t('diagram.datagrams', { client: client.socketId, server: server?.socketId ?? '?' });
  return (
    <div role="group" aria-label={label} className="connection datagrams">
      <p className="transfer to-server">
        {client.lastSent && t('diagram.toServer', transferText(client.lastSent))}
      </p>
      <div className="wire no-wire">
        <span className="no-connection">{t('diagram.noConnection')}</span>
        {mine.slice(-VISIBLE_PACKETS).map((packet) => (
          <span
            key={packet.seq}
            aria-hidden="true"
            className={`packet datagram ${packet.receiverId === client.socketId ? 'to-client' : 'to-server'}`}
          >
            {t('diagram.packet', transferText(packet))}
          </span>
        ))}
      </div>
      <p className="transfer to-client">
        {client.lastReceived && t('diagram.toClient', transferText(client.lastReceived))}
      </p>
    </div>
  );
}
