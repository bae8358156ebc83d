import type { SocketScopeApi } from '../contract/api';
import { COMMAND_NAMES, type CommandName } from '../contract/command-names';

/** Sends one command to the main process and resolves with its response. */
export type InvokeCommand = (command: CommandName, payload: unknown) => Promise<unknown>;

/** What only the desktop app offers: its application menu. */
export type DesktopMenuApi = Required<Pick<SocketScopeApi, 'onMenuCommand' | 'setMenuLanguage'>>;

/**
 * The object the page sees as window.socketscope: one function per command, each passing on
 * exactly one argument, onEvents, and the menu's two functions. Nothing of Electron's IPC is
 * reachable from it.
 */
export function buildSocketScopeApi(
  invoke: InvokeCommand,
  onEvents: SocketScopeApi['onEvents'],
  menu: DesktopMenuApi,
): SocketScopeApi {
  const commands = Object.fromEntries(
    COMMAND_NAMES.map((name) => [name, (payload: unknown) => invoke(name, payload)]),
  );
  const { onMenuCommand, setMenuLanguage } = menu;
  // The per-command types come from the contract; the back end validates whatever arrives.
  return Object.freeze({
    ...commands,
    onEvents,
    onMenuCommand,
    setMenuLanguage,
  }) as unknown as SocketScopeApi;
}
