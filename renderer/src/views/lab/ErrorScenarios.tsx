import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../../app-context';
import { runScenario, SCENARIO_IDS, type ScenarioId, type ScenarioRun } from '../../lab/error-scenarios';
import type { TrackedSocket } from '../../lab/lab-state';
import { selectRecording } from '../../lab/lab-selectors';
import { useLab } from '../../lab/use-lab';
import panel from '../../styles/panel.module.css';
import notice from '../../styles/notice.module.css';
import { ErrorScene } from './scene/ErrorScene';
import { isSceneSocket, type SceneSockets } from './scene/scene-sockets';
import styles from './ErrorScenarios.module.css';

interface ErrorScenariosProps {
  /** The scenes' sockets changed: the Lab's stage leaves them out. */
  onSceneChange(change: (scene: SceneSockets) => SceneSockets): void;
}

/** One click makes a classic socket error happen for real, in a scene of its own beside the Lab. */
export function ErrorScenarios({ onSceneChange }: ErrorScenariosProps) {
  const { t } = useTranslation();
  const { api, labStore } = useAppServices();
  const { head } = useLab(selectRecording);
  const [current, setCurrent] = useState<{ id: ScenarioId; run?: ScenarioRun; afterSeq: number }>();
  const running = current !== undefined && current.run === undefined;
  const sceneSockets = current ? socketsOfScene(Object.values(head.sockets), current) : [];

  // A scene's sockets end with it: whatever the scenario left open is closed.
  const closeScene = async (sockets: readonly TrackedSocket[]) => {
    setCurrent(undefined);
    for (const socket of sockets.filter((one) => one.state !== 'closed')) {
      if (socket.role === 'listener') await api.stopServer({ serverId: socket.socketId });
      else await api.closeSocket({ socketId: socket.socketId });
    }
  };

  const run = async (id: ScenarioId) => {
    await closeScene(sceneSockets);
    const afterSeq = labStore.session.getState().recording.events.at(-1)?.seq ?? 0;
    setCurrent({ id, afterSeq });
    onSceneChange((before) => ({ ...before, runningAfterSeq: afterSeq }));
    const result = await runScenario(api, id);
    onSceneChange((before) => ({ ids: new Set([...before.ids, ...result.socketIds]) }));
    setCurrent({ id, run: result, afterSeq });
  };

  return (
    <section className={`${panel.panel} ${styles.scenarios}`} aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">{t('scenarios.heading')}</h2>
      <p className={notice.hint}>{t('scenarios.intro')}</p>
      <div className={styles.buttons}>
        {SCENARIO_IDS.map((id) => (
          <button key={id} type="button" disabled={running} onClick={() => void run(id)}>
            {t(`scenarios.${id}`)}
          </button>
        ))}
      </div>
      {current && (
        <ErrorScene
          id={current.id}
          run={current.run}
          sockets={sceneSockets}
          onClose={() => void closeScene(sceneSockets)}
        />
      )}
    </section>
  );
}

/** The scene's sockets: those its run named or, while it runs, those created since it began. */
function socketsOfScene(
  sockets: readonly TrackedSocket[],
  current: { run?: ScenarioRun; afterSeq: number },
): TrackedSocket[] {
  const own: SceneSockets = current.run
    ? { ids: new Set(current.run.socketIds) }
    : { ids: new Set(), runningAfterSeq: current.afterSeq };
  return sockets.filter((socket) => isSceneSocket(own, socket)).sort((a, b) => a.createdSeq - b.createdSeq);
}
