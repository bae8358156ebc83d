import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Protocol } from '@contract/events';
import { useAppServices } from '../../app-context';
import { endpointText } from '../../lab/endpoint-text';
import { fieldProblem } from '../../lab/explain-error';
import type { TrackedSocket } from '../../lab/lab-state';
import { useCommand } from '../../commands/use-command';
import { useMenuCommand } from '../../use-menu-command';
import controls from '../../styles/controls.module.css';
import notice from '../../styles/notice.module.css';
import { ClientCard } from './ClientCard';
import { CommandErrorNotice } from './CommandErrorNotice';
import styles from './ClientList.module.css';

interface ClientListProps {
  clients: TrackedSocket[];
  /** Where "Add client" connects: the running server, or the address in the server form. */
  target: { protocol: Protocol; host: string; port: number | string };
  recvBufferSize: number | string;
  hasClosed: boolean;
}

export function ClientList({ clients, target, recvBufferSize, hasClosed }: ClientListProps) {
  const { t } = useTranslation();
  const { labStore } = useAppServices();
  const ids = useId();
  const command = useCommand();
  const targetText =
    typeof target.port === 'number'
      ? endpointText({ address: target.host, port: target.port })
      : `${target.host}:${target.port}`;
  const connect = () => void command.run('connectClient', { ...target, recvBufferSize });
  useMenuCommand(({ type }) => {
    if (type === 'new-client') connect();
  });
  const problem = ['host', 'port', 'recvBufferSize']
    .map((field) => fieldProblem(t, command.error, field))
    .find(Boolean);

  return (
    <section className={styles.clients} aria-labelledby={`${ids}-heading`}>
      <div className={styles.titleRow}>
        <h2 id={`${ids}-heading`}>{t('clients.heading')}</h2>
        <button
          type="button"
          className={controls.primary}
          aria-describedby={`${ids}-target`}
          disabled={command.pending}
          onClick={connect}
        >
          {t('clients.add')}
        </button>
        {hasClosed && (
          <button type="button" onClick={() => labStore.clearClosed()}>
            {t('clients.clearClosed')}
          </button>
        )}
      </div>
      <p id={`${ids}-target`} className={notice.hint}>
        {t('clients.connectsTo', { endpoint: targetText })}
      </p>
      {problem && (
        <p className={notice.error} role="alert">
          {problem}
        </p>
      )}
      <CommandErrorNotice error={command.error} />
      {clients.length === 0 ? (
        <p className={notice.hint}>{t('clients.none')}</p>
      ) : (
        <ul className={styles.list}>
          {clients.map((client) => (
            <li key={client.socketId}>
              <ClientCard client={client} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
