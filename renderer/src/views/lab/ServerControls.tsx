import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RECV_BUFFER } from '@contract/commands';
import type { Protocol } from '@contract/events';
import { endpointText } from '../../lab/endpoint-text';
import { fieldProblem } from '../../lab/explain-error';
import { numberFieldValue } from '../../lab/form-values';
import type { TrackedSocket } from '../../lab/lab-state';
import { useCommand } from '../../commands/use-command';
import { useMenuCommand } from '../../use-menu-command';
import controls from '../../styles/controls.module.css';
import { CommandErrorNotice } from './CommandErrorNotice';
import { Field } from './Field';
import styles from './ServerControls.module.css';

/** The server form as typed; "Add client" also connects to it while no server runs. */
export interface ServerForm {
  protocol: Protocol;
  host: string;
  port: string;
  recvBufferSize: string;
}

/** The lesson's server: 127.0.0.1:5346 with recv(1024). */
export const LESSON_SERVER: ServerForm = {
  protocol: 'tcp',
  host: '127.0.0.1',
  port: '5346',
  recvBufferSize: String(DEFAULT_RECV_BUFFER),
};

interface ServerControlsProps {
  /** The listening socket this panel started, while it is open. */
  server: TrackedSocket | undefined;
  form: ServerForm;
  onFormChange(change: Partial<ServerForm>): void;
}

export function ServerControls({ server, form, onFormChange }: ServerControlsProps) {
  const { t } = useTranslation();
  const ids = useId();
  const { protocol, host, port, recvBufferSize } = form;
  const command = useCommand();
  const problem = (field: string) => fieldProblem(t, command.error, field);

  const start = () =>
    void command.run('startServer', {
      protocol,
      host: host.trim(),
      port: numberFieldValue(port),
      recvBufferSize: numberFieldValue(recvBufferSize),
    });
  const stop = () => server && void command.run('stopServer', { serverId: server.socketId });
  useMenuCommand(({ type }) => {
    if (type === 'start-server' && !server && !command.pending) start();
    if (type === 'stop-server') stop();
  });

  return (
    <section className={styles.server} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('server.heading')}</h2>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!server) start();
        }}
      >
        <div className={`${controls.field} ${styles.wide}`}>
          <label htmlFor={`${ids}-protocol`}>{t('server.protocol')}</label>
          <select
            id={`${ids}-protocol`}
            value={protocol}
            disabled={!!server}
            onChange={(e) => onFormChange({ protocol: e.target.value as Protocol })}
          >
            <option value="tcp">{t('server.tcp')}</option>
            <option value="udp">{t('server.udp')}</option>
          </select>
        </div>
        <Field id={`${ids}-host`} label={t('server.address')} problem={problem('host')}>
          {(props) => (
            <input
              {...props}
              value={host}
              onChange={(e) => onFormChange({ host: e.target.value })}
              disabled={!!server}
            />
          )}
        </Field>
        <Field id={`${ids}-port`} label={t('server.port')} problem={problem('port')}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={port}
              onChange={(e) => onFormChange({ port: e.target.value })}
              disabled={!!server}
            />
          )}
        </Field>
        <Field
          className={styles.wide}
          id={`${ids}-buffer`}
          label={t('server.recvBuffer')}
          hint={t('server.recvBufferHint', { size: recvBufferSize || DEFAULT_RECV_BUFFER })}
          problem={problem('recvBufferSize')}
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={recvBufferSize}
              onChange={(e) => onFormChange({ recvBufferSize: e.target.value })}
              disabled={!!server}
            />
          )}
        </Field>
        <div className={`${controls.buttonRow} ${styles.wide}`}>
          {server ? (
            <button type="button" onClick={stop} disabled={command.pending}>
              {t('server.stop')}
            </button>
          ) : (
            <button type="submit" className={controls.primary} disabled={command.pending}>
              {t('server.start')}
            </button>
          )}
          <span className={styles.status} role="status">
            {server?.local
              ? t(server.protocol === 'udp' ? 'server.boundTo' : 'server.listeningOn', {
                  endpoint: endpointText(server.local),
                })
              : t('server.notRunning')}
          </span>
        </div>
      </form>
      <CommandErrorNotice error={command.error} />
    </section>
  );
}
