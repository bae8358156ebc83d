import { DEFAULT_RECV_BUFFER } from '@contract/commands';
import type { BytePreview, Protocol } from '@contract/events';

/** What the generated programs are written for: the settings the Lab's sockets really run with. */
export interface ProgramSettings {
  protocol: Protocol;
  /** The server's address and port, as the client connects to them. */
  host: string;
  port: number;
  /** Each program's recv()/recvfrom() size. */
  serverBuffer: number;
  clientBuffer: number;
  /** What the client last sent (a preview: at most its first bytes). */
  message: BytePreview;
}

/** The lesson's own settings, shown before any socket runs. */
export const LESSON_SETTINGS: ProgramSettings = {
  protocol: 'tcp',
  host: '127.0.0.1',
  port: 5346,
  serverBuffer: DEFAULT_RECV_BUFFER,
  clientBuffer: DEFAULT_RECV_BUFFER,
  message: {
    text: 'Hello world! This is an echo server made with python',
    hex: '',
    truncated: false,
  },
};
