import type { LabEvent, LabSocket } from '@contract/events';
import type { TrackedSocket } from './lab-state';
import type { SessionRecording } from './session-recording';

/** The file a recorded session is saved as: what the Lab held when recording began, then every event. */
export interface SessionFile {
  format: 'socketscope-session';
  version: 1;
  startedAt: string;
  /** The sockets open when recording began, as the Lab described them. */
  initialSockets: LabSocket[];
  events: readonly LabEvent[];
}

export function sessionToJson(recording: SessionRecording): string {
  const file: SessionFile = {
    format: 'socketscope-session',
    version: 1,
    startedAt: new Date(recording.startedAt).toISOString(),
    initialSockets: Object.values(recording.base.sockets).map(labSocketOf),
    events: recording.events.toArray(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A socket as the back end describes it, without what the renderer adds for drawing. */
function labSocketOf(view: TrackedSocket): LabSocket {
  const { socketId, role, protocol, state, serverId, local, remote, recvBufferSize } = view;
  return {
    socketId,
    role,
    protocol,
    state,
    ...(serverId ? { serverId } : {}),
    ...(local ? { local } : {}),
    ...(remote ? { remote } : {}),
    recvBufferSize,
    bytesSent: view.bytesSent,
    bytesReceived: view.bytesReceived,
    endSent: view.endSent,
    endReceived: view.endReceived,
  };
}
