import type { CommandName, CommandPayload } from './commands';
import type { EventBatch } from './events';
import type { CommandResponse } from './responses';

/**
 * What the renderer talks to. The Electron preload implements it over IPC, browser mode over a
 * WebSocket; the renderer cannot tell which.
 */
export type SocketScopeApi = {
  [C in CommandName]: (payload: CommandPayload<C>) => Promise<CommandResponse<C>>;
} & {
  /** Receives every event batch from now on; returns a function that stops it. */
  onEvents(listener: (batch: EventBatch) => void): () => void;
};

/** Names of the IPC channels; the only two the preload and main use. */
export const IPC_COMMAND_CHANNEL = 'socketscope:command';
export const IPC_EVENTS_CHANNEL = 'socketscope:events';
