/**
 * Child process for the too-many-open-files test, bundled for plain Node and run under
 * `prlimit --nofile`. It starts a Lab echo server, forwards the Lab's error events to its parent
 * over IPC, and answers { type: 'fds' } with how many files it has open.
 */
import { readdirSync } from 'node:fs';
import { createEventStamper } from '../lab/event-stamper';
import { Lab } from '../lab/lab';
import type { ChildReport, ParentRequest } from './emfile-protocol';
import { LESSON_SOCKET } from './lab-requests';

const report = (message: ChildReport) => process.send?.(message);

function openFiles(): number {
  try {
    // The directory being listed is itself one open file, the same on every call.
    return readdirSync('/proc/self/fd').length;
  } catch {
    return -1;
  }
}

const lab = new Lab(
  createEventStamper((event) => {
    if (event.type === 'error') report({ type: 'error-event', event });
  }),
);

process.on('message', (request: ParentRequest) => {
  if (request.type === 'fds') {
    const server = lab.describe().find((socket) => socket.role === 'listener');
    report({ type: 'fds', count: openFiles(), listening: server?.state === 'listening' });
  }
  if (request.type === 'stop') void lab.closeAll().then(() => process.disconnect());
});

const { serverId, local } = await lab.startServer(LESSON_SOCKET);
report({ type: 'ready', serverId, port: local.port });
