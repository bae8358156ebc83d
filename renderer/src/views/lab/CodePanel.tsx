import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabEvent, Protocol } from '@contract/events';
import { callName } from '../../lab/call-step';
import { callTimeline, type TimelineCall } from '../../lab/call-timeline';
import type { LabState, TrackedSocket } from '../../lab/lab-state';
import {
  CODE_LANGUAGES,
  lineOfStep,
  programsFor,
  type CodeLanguage,
  type ProgramSide,
} from '../../lab/lesson-programs';
import type { CodeLine } from '../../lab/programs/code-line';
import { programFocus, settingsOf } from '../../lab/programs/program-focus';
import { useRememberedChoice } from '../../session/use-remembered-choice';
import controls from '../../styles/controls.module.css';
import panel from '../../styles/panel.module.css';
import styles from './CodePanel.module.css';

interface CodePanelProps {
  lab: LabState;
  /** The log at the moment shown, whose events make the programs' call timelines. */
  log: readonly LabEvent[];
  selectedId: string | undefined;
}

const CODE_LANGUAGE_KEY = 'socketscope.codeLanguage';

/**
 * The lesson's two programs beside the diagram, written for the settings the Lab's sockets run
 * with, with the line behind the latest call lit: the server's (its listening socket and the one
 * it accepted for this client) and the client's, for the socket selected or last acted on.
 * Switching language keeps the same call lit.
 */
export function CodePanel({ lab, log, selectedId }: CodePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useRememberedChoice(CODE_LANGUAGE_KEY, CODE_LANGUAGES, 'python');
  const focus = programFocus(lab, log, selectedId);
  const settings = settingsOf(focus);
  const programs = programsFor(language, settings);
  // The server program runs on two sockets: the listener, then the one accepted for this client.
  const serverSockets = [focus.listener, focus.serverSocket].filter(
    (socket, index, all): socket is TrackedSocket => !!socket && all.indexOf(socket) === index,
  );
  const clientSockets = focus.client ? [focus.client] : [];

  return (
    <section className={panel.panel} aria-labelledby={`${id}-heading`}>
      <div className={panel.titleRow}>
        <h2 id={`${id}-heading`}>{t('code.heading')}</h2>
        <div className={controls.inlineField}>
          <label htmlFor={`${id}-language`}>{t('code.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => setLanguage(e.target.value as CodeLanguage)}
          >
            <option value="python">Python</option>
            <option value="node">Node.js</option>
          </select>
        </div>
      </div>
      <div className={styles.programs}>
        <Program
          side="server"
          lines={programs.server}
          protocol={settings.protocol}
          sockets={serverSockets}
          current={focus.serverSocket ?? focus.listener}
          timeline={callTimeline(log, rolesOf(serverSockets))}
        />
        <Program
          side="client"
          lines={programs.client}
          protocol={settings.protocol}
          sockets={clientSockets}
          current={focus.client}
          timeline={callTimeline(log, rolesOf(clientSockets))}
        />
      </div>
    </section>
  );
}

interface ProgramProps {
  side: ProgramSide;
  lines: readonly CodeLine[];
  protocol: Protocol;
  /** The sockets this program has run so far. */
  sockets: readonly TrackedSocket[];
  /** The socket whose latest call is lit. */
  current: TrackedSocket | undefined;
  /** The calls the program made so far, in order. */
  timeline: readonly TimelineCall[];
}

function Program({ side, lines, protocol, sockets, current, timeline }: ProgramProps) {
  const { t } = useTranslation();
  const lit = lineOfStep(lines, current?.lastCall);
  const made = new Set(sockets.flatMap((socket) => socket.calls));
  const label = t(`code.${side}`, { socket: current?.socketId ?? '—' });
  return (
    <figure className={styles.program} aria-label={label}>
      <figcaption>{label}</figcaption>
      <ol className={styles.callTimeline} aria-label={t('code.calls')}>
        {timeline.map((entry, index) => (
          <li key={entry.seq} className={index === timeline.length - 1 ? styles.latest : undefined}>
            {callText(entry, protocol)}
          </li>
        ))}
      </ol>
      {/* Focusable so that a keyboard can scroll long lines sideways. */}
      <pre tabIndex={0}>
        {lines.map((codeLine, index) => (
          <code
            key={index}
            className={[
              styles.codeLine,
              index === lit && styles.current,
              codeLine.step && made.has(codeLine.step) && styles.made,
            ]
              .filter(Boolean)
              .join(' ')}
            aria-current={index === lit ? 'step' : undefined}
          >
            {codeLine.comment ? codeLine.text + t(`code.comments.${codeLine.comment}`) : codeLine.text || ' '}
          </code>
        ))}
      </pre>
    </figure>
  );
}

const rolesOf = (sockets: readonly TrackedSocket[]) =>
  new Map(sockets.map((socket) => [socket.socketId, socket.role] as const));

function callText({ call, bytes, times }: TimelineCall, protocol: Protocol): string {
  const amount = bytes === undefined ? '' : ` ${bytes} B`;
  return `${callName(call, protocol)}${amount}${times > 1 ? ` ×${times}` : ''}`;
}
