import { useTranslation } from 'react-i18next';
import { describeEvent } from '../../lab/describe-event';
import { sequenceDiagramSvg } from '../../lab/sequence-diagram';
import { sessionToJson } from '../../lab/session-export';
import { stateAt, type SessionRecording } from '../../lab/session-recording';
import { saveFile } from '../../save-file';

/** Saves the recorded session as JSON, and its sequence diagram as SVG. */
export function SessionExport({ recording }: { recording: SessionRecording }) {
  const { t } = useTranslation();
  const { events } = recording;
  const exportSvg = () => {
    const title = t('timeline.svgTitle', { time: new Date(recording.startedAt).toLocaleString() });
    const svg = sequenceDiagramSvg(events.toArray(), stateAt(recording, Number.POSITIVE_INFINITY), {
      title,
      describe: (event) => describeEvent(t, event),
    });
    saveFile('socketscope-sequence', 'svg', 'image/svg+xml', svg);
  };
  return (
    <>
      <button
        type="button"
        disabled={events.length === 0}
        onClick={() => saveFile('socketscope-session', 'json', 'application/json', sessionToJson(recording))}
      >
        {t('timeline.exportJson')}
      </button>
      <button type="button" disabled={events.length === 0} onClick={exportSvg}>
        {t('timeline.exportSvg')}
      </button>
    </>
  );
}
