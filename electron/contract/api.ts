import type { CommandName, CommandPayload } from './commands';
import type { AppLanguage, MenuCommand, MenuLanguageResponse } from './menu-commands';
import type { CommandResponse } from './responses';
import type { StreamListener, StreamName } from './streams';

/**
 * What the renderer talks to. The Electron preload implements it over IPC, browser mode over a
 * WebSocket; the renderer cannot tell which.
 */
export type SocketScopeApi = {
  [C in CommandName]: (payload: CommandPayload<C>) => Promise<CommandResponse<C>>;
} & {
  /** Receives one stream's batches from now on; returns a function that stops it. */
  subscribe<S extends StreamName>(stream: S, listener: StreamListener<S>): () => void;
  /**
   * Desktop app only (absent in browser mode): receives the application menu's commands, which
   * the page performs as if its own controls had been used; returns a function that stops it.
   */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** Desktop app only: tells the application menu the language the page now speaks. */
  setMenuLanguage?(language: AppLanguage): Promise<MenuLanguageResponse>;
};

/** Names of the command and stream IPC channels (the menu's two are in menu-channels.ts). */
export const IPC_COMMAND_CHANNEL = 'socketscope:command';
export const IPC_STREAM_CHANNEL = 'socketscope:stream';
