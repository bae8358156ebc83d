import { useTranslation } from 'react-i18next';
import { endpointText } from '../../../lab/endpoint-text';
import { explainCommandError, explainSocketError } from '../../../lab/explain-error';
import { farPeerOf, type ScenarioId, type ScenarioRun } from '../../../lab/error-scenarios';
import type { TrackedSocket } from '../../../lab/lab-state';
import styles from './ErrorScene.module.css';

interface ErrorSceneProps {
  id: ScenarioId;
  /** Undefined while the scenario still runs. */
  run: ScenarioRun | undefined;
  sockets: readonly TrackedSocket[];
  onClose(): void;
}

/**
 * One scenario on a stage of its own: this machine with the scenario's sockets, the far peer
 * (if it tried one) outside it, and the explanation beside the socket that failed.
 */
export function ErrorScene({ id, run, sockets, onClose }: ErrorSceneProps) {
  const { t } = useTranslation();
  const name = t(`scenarios.${id}`);
  const failed = sockets.find((socket) => socket.error) ?? sockets.at(-1);
  const farPeer = farPeerOf(id);

  return (
    <section className={styles.scene} aria-label={t('scene.label', { name })}>
      <div className={styles.titleRow}>
        <h3>{name}</h3>
        <button type="button" onClick={onClose}>
          {t('scene.close')}
        </button>
      </div>
      <div className={styles.stage}>
        <div role="group" aria-label={t('scene.thisMachine')} className={styles.machine}>
          <h4>{t('scene.thisMachine')}</h4>
          {sockets.length === 0 && !run && <p className={styles.waiting}>{t('scene.running')}</p>}
          <ul className={styles.sockets}>
            {sockets.map((socket) => (
              <li key={socket.socketId} className={styles.row}>
                <SceneSocket socket={socket} tried={run?.target} />
                {run && socket === failed && <Explanation id={id} run={run} />}
              </li>
            ))}
          </ul>
          {run && !failed && <Explanation id={id} run={run} />}
        </div>
        {farPeer && (
          <div role="group" aria-label={t('scene.farPeer')} className={styles.farPeer}>
            <h4>{t('scene.farPeer')}</h4>
            <span className={styles.address}>{farPeer}</span>
            <p className={styles.hint}>{t('scene.farPeerHint')}</p>
          </div>
        )}
      </div>
    </section>
  );
}

/** A scenario socket: what it is, where it is (or which address it tried), and its error. */
function SceneSocket({ socket, tried }: { socket: TrackedSocket; tried: string | undefined }) {
  const { t } = useTranslation();
  const role = t(`socket.${socket.role}`);
  const where = socket.local
    ? endpointText(socket.local)
    : socket.error?.address !== undefined && socket.error.port !== undefined
      ? endpointText({ address: socket.error.address, port: socket.error.port })
      : tried;
  return (
    <section role="group" aria-label={`${role} ${socket.socketId}`} className={styles.socket}>
      <span className={styles.role}>
        {role} <strong>{socket.socketId}</strong> · {t(`state.${socket.state}`)}
      </span>
      {where && (
        <span className={styles.where}>
          {socket.local ? '' : `${t('scene.tried')} `}
          <span className={styles.address}>{where}</span>
        </span>
      )}
      {socket.error && (
        <p className={styles.error} role="alert">
          {socket.error.code}: {explainSocketError(t, socket.error)}
        </p>
      )}
    </section>
  );
}

function Explanation({ id, run }: { id: ScenarioId; run: ScenarioRun }) {
  const { t } = useTranslation();
  const { outcome } = run;
  const note = outcome.kind === 'error' ? outcome.note : outcome;
  return (
    <div className={styles.outcome} role="status" aria-label={t('scenarios.result')}>
      <strong>{t(`scenarios.${id}`)}</strong>
      {outcome.kind === 'error' && <p>{explainCommandError(t, outcome.error)}</p>}
      {note && <p>{t(`scenarios.notes.${note.key}`, note.params)}</p>}
    </div>
  );
}
