import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabEvent } from '@contract/events';
import { callTimeline, type TimelineCall } from '../../lab/call-timeline';
import type { LabState, TrackedSocket } from '../../lab/lab-state';
import { lineOfStep, PROGRAMS, type CodeLanguage, type ProgramSide } from '../../lab/lesson-programs';

interface CodePanelProps {
  lab: LabState;
  /** The log at the moment shown, whose events make the programs' call timelines. */
  log: readonly LabEvent[];
  selectedId: string | undefined;
}

/**
 * The lesson's two programs beside the diagram, with the line behind the latest call lit:
 * the server's (its listening socket and the sockets it accepted) and the selected client's.
 * Switching language keeps the same call lit.
 */
export function CodePanel({ lab, log, selectedId }: CodePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState<CodeLanguage>('python');
  const sockets = Object.values(lab.sockets).sort((a, b) => a.createdSeq - b.createdSeq);
  const selected = selectedId ? lab.sockets[selectedId] : undefined;
  const client =
    selected?.role === 'client' ? selected : sockets.findLast((socket) => socket.role === 'client');
  const listener =
    selected?.role === 'listener'
      ? selected
      : selected?.role === 'accepted'
        ? lab.sockets[selected.serverId ?? '']
        : sockets.findLast((socket) => socket.role === 'listener');
  // The server program runs on two kinds of socket: the listener, then each accepted one.
  const serverSide = sockets.filter(
    (socket) => socket === listener || (socket.role === 'accepted' && socket.serverId === listener?.socketId),
  );
  const latestServerSocket = selected?.role === 'accepted' ? selected : serverSide.at(-1);

  return (
    <section className="panel code-panel" aria-labelledby={`${id}-heading`}>
      <div className="panel-title-row">
        <h2 id={`${id}-heading`}>{t('code.heading')}</h2>
        <div className="inline-field">
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
      <div className="programs">
        <Program
          side="server"
          language={language}
          sockets={serverSide}
          current={latestServerSocket}
          timeline={callTimeline(log, rolesOf(serverSide))}
        />
        <Program
          side="client"
          language={language}
          sockets={client ? [client] : []}
          current={client}
          timeline={callTimeline(log, rolesOf(client ? [client] : []))}
        />
      </div>
    </section>
  );
}

interface ProgramProps {
  side: ProgramSide;
  language: CodeLanguage;
  /** The sockets this program has run so far. */
  sockets: readonly TrackedSocket[];
  /** The socket whose latest call is lit. */
  current: TrackedSocket | undefined;
  /** The calls the program made so far, in order. */
  timeline: readonly TimelineCall[];
}

function Program({ side, language, sockets, current, timeline }: ProgramProps) {
  const { t } = useTranslation();
  const lines = PROGRAMS[language][side];
  const lit = lineOfStep(lines, current?.lastCall);
  const made = new Set(sockets.flatMap((socket) => socket.calls));
  const label = t(`code.${side}`, { socket: current?.socketId ?? '—' });
  return (
    <figure className="program" aria-label={label}>
      <figcaption>{label}</figcaption>
      <ol className="call-timeline" aria-label={t('code.calls')}>
        {timeline.map((entry, index) => (
          <li key={entry.seq} className={index === timeline.length - 1 ? 'latest' : undefined}>
            {callText(entry)}
          </li>
        ))}
      </ol>
      {/* Focusable so that a keyboard can scroll long lines sideways. */}
      <pre tabIndex={0}>
        {lines.map((codeLine, index) => (
          <code
            key={index}
            className={`code-line${index === lit ? ' current' : ''}${codeLine.step && made.has(codeLine.step) ? ' made' : ''}`}
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

/** The socket API's own names, the same in every language. */
const CALL_NAMES: Record<TimelineCall['call'], string> = {
  socket: 'socket()',
  bind: 'bind()',
  listen: 'listen()',
  accept: 'accept()',
  connect: 'connect()',
  send: 'send()',
  recv: 'recv()',
  'recv-end': 'recv() → 0 B',
  close: 'close()',
};

function callText({ call, bytes, times }: TimelineCall): string {
  const amount = bytes === undefined ? '' : ` ${bytes} B`;
  return `${CALL_NAMES[call]}${amount}${times > 1 ? ` ×${times}` : ''}`;
}
