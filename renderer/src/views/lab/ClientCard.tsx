import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointText } from '../../lab/endpoint-text';
import { explainSocketError, fieldProblem } from '../../lab/explain-error';
import type { TrackedSocket } from '../../lab/lab-state';
import { convertMessageText, type Encoding } from '../../lab/form-values';
import { slicesText } from '../../lab/slices-text';
import { useCommand } from '../../commands/use-command';
import controls from '../../styles/controls.module.css';
import { CommandErrorNotice } from './CommandErrorNotice';
import { Field } from './Field';
import styles from './ClientCard.module.css';

/** How many copies "Burst" sends back to back. */
const BURST_COUNT = 5;

/** The lesson's message. */
export const LESSON_MESSAGE = 'Hello world! This is an echo server made with python';

export function ClientCard({ client }: { client: TrackedSocket }) {
  const { t } = useTranslation();
  const ids = useId();
  const [text, setText] = useState(LESSON_MESSAGE);
  const [encoding, setEncoding] = useState<Encoding>('text');
  const command = useCommand();
  const isOpen = client.state === 'open';
  const { socketId } = client;
  const message = encoding === 'text' ? { encoding, text } : { encoding, hex: text };
  const echo = client.lastReceived;

  return (
    <section
      className={`${styles.card}${client.state === 'closed' ? ` ${styles.cardClosed}` : ''}`}
      aria-label={t('client.region', { id: socketId })}
    >
      <header className={styles.header}>
        <strong className={styles.id}>{socketId}</strong>
        <span className={`${styles.badge} ${styles[client.state] ?? ''}`}>{t(`state.${client.state}`)}</span>
        {client.endSent && <span className={styles.flag}>{t('client.endSent')}</span>}
        {client.endReceived && <span className={styles.flag}>{t('client.endReceived')}</span>}
        {client.local && client.remote && (
          <span className={styles.route}>
            {t('client.route', { local: endpointText(client.local), remote: endpointText(client.remote) })}
          </span>
        )}
      </header>
      {client.error && (
        <p className={styles.error} role="alert">
          {client.error.code}: {explainSocketError(t, client.error)}
        </p>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void command.run('send', { socketId, message });
        }}
      >
        <div className={`${controls.inlineField} ${styles.encoding}`}>
          <label htmlFor={`${ids}-encoding`}>{t('client.encoding')}</label>
          <select
            id={`${ids}-encoding`}
            value={encoding}
            onChange={(e) => {
              const next = e.target.value as Encoding;
              setText(convertMessageText(text, next));
              setEncoding(next);
            }}
          >
            <option value="text">{t('client.encodingText')}</option>
            <option value="hex">{t('client.encodingHex')}</option>
          </select>
        </div>
        <Field
          id={`${ids}-message`}
          label={t('client.message')}
          problem={fieldProblem(t, command.error, 'message')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                // Enter sends, as in a chat; Shift+Enter (or an input method composing) makes a new line.
                if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }}
            />
          )}
        </Field>
        <div className={styles.buttons}>
          <button
            type="submit"
            className={controls.primary}
            disabled={!isOpen || client.endSent || command.pending}
          >
            {t('client.send')}
          </button>
          <button
            type="button"
            title={t('client.burstHint', { count: BURST_COUNT })}
            disabled={!isOpen || client.endSent || command.pending}
            onClick={() => void command.run('send', { socketId, message, repeat: BURST_COUNT })}
          >
            {t('client.burst', { count: BURST_COUNT })}
          </button>
          {client.protocol === 'tcp' && (
            <button
              type="button"
              title={t('client.halfCloseHint')}
              disabled={!isOpen || client.endSent || command.pending}
              onClick={() => void command.run('halfClose', { socketId })}
            >
              {t('client.halfClose')}
            </button>
          )}
          <button
            type="button"
            disabled={client.state === 'closed' || command.pending}
            onClick={() => void command.run('closeSocket', { socketId })}
          >
            {t('client.close')}
          </button>
        </div>
      </form>
      <CommandErrorNotice error={command.error} />
      <p className={styles.summary} aria-live="polite">
        {client.bytesSent > 0 && t('client.sentSummary', { bytes: client.bytesSent })}
        {echo && (
          <>
            {' · '}
            {t('client.echoSummary', { bytes: client.bytesReceived, slices: slicesText(t, echo) })}
          </>
        )}
      </p>
    </section>
  );
}
