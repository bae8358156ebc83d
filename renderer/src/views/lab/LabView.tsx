import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabEvent } from '@contract/events';
import { reachableEndpoint } from '../../lab/endpoint-text';
import { numberFieldValue } from '../../lab/form-values';
import { selectLog, selectRecording, selectSyncError } from '../../lab/lab-selectors';
import { logOf, stateAt } from '../../lab/session-recording';
import { socketNodeId } from '../../lab/socket-names';
import { useBackendAvailable, useLab } from '../../lab/use-lab';
import { BackendGoneNotice } from '../../session/BackendGoneNotice';
import { ClientList } from './ClientList';
import { CodePanel } from './CodePanel';
import { CommandErrorNotice } from './CommandErrorNotice';
import { ErrorScenarios } from './ErrorScenarios';
import { EventLog } from './EventLog';
import { LESSON_SERVER, ServerControls } from './ServerControls';
import { SessionTimeline } from './SessionTimeline';
import { SocketDiagram } from './SocketDiagram';
import { StepControls } from './StepControls';
import { NO_SCENE_SOCKETS, withoutSceneSockets, type SceneSockets } from './scene/scene-sockets';
import styles from './LabView.module.css';

/**
 * The Lab as a stage: the transport bar (step mode, the recording) on top, then the server's
 * controls beside host A, the diagram, and each client's card beside host B; the log, the
 * programs and the error scenes below. While the past is shown, the live controls are off.
 */
interface LabViewProps {
  selectedId: string | undefined;
  onSelect(socketId: string | undefined): void;
  /** A socket whose node should take the focus as soon as the diagram has it. */
  focusRequest: string | undefined;
  onFocusDone(): void;
}

export function LabView({ selectedId, onSelect, focusRequest, onFocusDone }: LabViewProps) {
  const { t } = useTranslation();
  const recording = useLab(selectRecording);
  const log = useLab(selectLog);
  const syncError = useLab(selectSyncError);
  const backendAvailable = useBackendAvailable();
  const lab = recording.head;
  // The moment the diagram and code show: undefined follows the Lab live.
  const [atSeq, setAtSeq] = useState<number>();
  // An event from before the recording began (or was folded away) cannot be replayed: show live.
  const firstRecorded = recording.events.at(0)?.seq;
  const replaying = atSeq !== undefined && firstRecorded !== undefined && atSeq >= firstRecorded;
  // Live controls act on live sockets: not while the past is shown, nor while the back end is gone.
  const controlsOff = replaying || !backendAvailable;
  // The error scenes' sockets are theirs alone: the stage never draws them.
  const [scene, setScene] = useState<SceneSockets>(NO_SCENE_SOCKETS);
  const labNow = useMemo(() => withoutSceneSockets(lab, scene), [lab, scene]);
  const shown = useMemo(
    () => (replaying ? withoutSceneSockets(stateAt(recording, atSeq), scene) : labNow),
    [replaying, recording, atSeq, scene, labNow],
  );
  const shownLog = replaying ? logOf(recording, atSeq) : log;
  // Stable, so that the log's entries (memoised) are not all redrawn for every batch.
  const inspect = useCallback(
    (event: LabEvent) => {
      setAtSeq(event.seq);
      onSelect(event.socketId);
    },
    [onSelect],
  );
  // A client just connected from the Sockets view may be drawn only when its events arrive.
  useEffect(() => {
    if (!focusRequest) return;
    const node = document.getElementById(socketNodeId(focusRequest));
    if (!node) return;
    node.focus();
    onFocusDone();
  }, [focusRequest, lab, onFocusDone]);
  const [form, setForm] = useState(LESSON_SERVER);
  const sockets = Object.values(labNow.sockets).sort((a, b) => a.createdSeq - b.createdSeq);
  // A TCP server listens; a UDP one is simply bound (open): either way it is the running server.
  const server = sockets.findLast(
    (socket) => socket.role === 'listener' && (socket.state === 'listening' || socket.state === 'open'),
  );
  const clients = sockets.filter((socket) => socket.role === 'client');
  const target = server?.local
    ? { protocol: server.protocol, host: reachableEndpoint(server.local).address, port: server.local.port }
    : { protocol: form.protocol, host: form.host.trim(), port: numberFieldValue(form.port) };

  return (
    <div className={styles.lab}>
      <CommandErrorNotice error={syncError} />
      <section className={styles.stage} aria-label={t('stage.label')}>
        <div className={styles.transport}>
          <fieldset className={styles.live} disabled={controlsOff}>
            <legend className={styles.hidden}>{t('stage.liveControls')}</legend>
            <StepControls />
          </fieldset>
          <SessionTimeline recording={recording} atSeq={replaying ? atSeq : undefined} onMove={setAtSeq} />
          {replaying && <p className={styles.pastNote}>{t('stage.pastNote')}</p>}
        </div>
        <fieldset className={`${styles.live} ${styles.server}`} disabled={controlsOff}>
          <legend className={styles.hidden}>{t('stage.liveControls')}</legend>
          <ServerControls
            server={server}
            form={form}
            onFormChange={(change) => setForm((current) => ({ ...current, ...change }))}
          />
        </fieldset>
        <div className={styles.diagram}>
          <BackendGoneNotice />
          <SocketDiagram
            lab={shown}
            selectedId={selectedId}
            historic={replaying}
            onSelect={(id) => onSelect(selectedId === id ? undefined : id)}
          />
        </div>
        <fieldset className={`${styles.live} ${styles.clients}`} disabled={controlsOff}>
          <legend className={styles.hidden}>{t('stage.liveControls')}</legend>
          <ClientList
            clients={clients}
            target={target}
            recvBufferSize={server?.recvBufferSize ?? numberFieldValue(form.recvBufferSize)}
            hasClosed={sockets.some((socket) => socket.state === 'closed')}
          />
        </fieldset>
      </section>
      <div className={styles.below}>
        <EventLog
          events={log}
          recording={recording}
          socketId={selectedId}
          onShowAll={() => onSelect(undefined)}
          inspectedSeq={atSeq}
          onInspect={inspect}
        />
        <CodePanel lab={shown} log={shownLog} selectedId={selectedId} />
        <ErrorScenarios onSceneChange={setScene} />
      </div>
    </div>
  );
}
