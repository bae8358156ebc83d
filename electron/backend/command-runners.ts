import { messageToBytes } from '../contract/message';
import type { CommandName, CommandResults, ValidPayload } from '../contract/commands';
import type { Lab } from '../lab/lab';
import type { SocketTableFeed } from '../socket-table/feed';
import type { LabEventHistory } from './lab-event-history';

type CommandRunners = { [C in CommandName]: (payload: ValidPayload<C>) => Promise<CommandResults[C]> };

/** What each command does to the Lab, once its payload has been validated. */
export function createCommandRunners(
  lab: Lab,
  socketTable: SocketTableFeed,
  history: LabEventHistory,
): CommandRunners {
  return {
    startServer: (request) => lab.startServer(request),
    stopServer: async ({ serverId }) => ({ closedSockets: await lab.stopServer(serverId) }),
    connectClient: (request) => lab.connectClient(request),
    send: async ({ socketId, message, repeat }) => ({
      bytes: await lab.send(socketId, messageToBytes(message), repeat ?? 1),
    }),
    halfClose: async ({ socketId }) => {
      lab.halfClose(socketId);
      return {};
    },
    resetSocket: async ({ socketId }) => {
      await lab.resetSocket(socketId);
      return {};
    },
    closeSocket: async ({ socketId }) => {
      await lab.closeSocket(socketId);
      return {};
    },
    getLabState: async () => ({
      sockets: lab.describe(),
      stepMode: lab.stepModeState(),
      events: history.events(),
    }),
    getSocketTable: () => socketTable.snapshot(),
    setSocketScan: (change) => socketTable.configure(change),
    setStepMode: async ({ mode, intervalMs }) => lab.setStepMode(mode, intervalMs),
    stepNext: async () => ({ released: lab.stepNext() }),
  };
}
