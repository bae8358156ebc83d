import type { SocketScopeApi } from './api';
import { COMMAND_NAMES, type CommandName } from './command-names';
import type { CommandResponse } from './responses';

/** Sends one command to the back end and resolves with its response. */
export type InvokeCommand = (command: CommandName, payload: unknown) => Promise<CommandResponse<CommandName>>;

/** What only the desktop app offers: its application menu. */
export type DesktopMenuApi = Required<Pick<SocketScopeApi, 'onMenuCommand' | 'setMenuLanguage'>>;

type CommandFunctions = Pick<SocketScopeApi, CommandName>;

/**
 * The one way a SocketScopeApi is made, by the preload (over IPC) and by browser mode's page
 * (over a WebSocket): one function per command, each passing on exactly one argument, the
 * stream subscription and, in the desktop app, the menu's two functions. Frozen, so a page
 * cannot swap a function for its own.
 */
export function buildSocketScopeApi(
  invoke: InvokeCommand,
  subscribe: SocketScopeApi['subscribe'],
  menu?: DesktopMenuApi,
): SocketScopeApi {
  const commands: Partial<Record<CommandName, (payload: unknown) => Promise<unknown>>> = {};
  for (const name of COMMAND_NAMES) commands[name] = (payload) => invoke(name, payload);
  return Object.freeze({
    // Each function's payload and result types are the contract's; the back end validates whatever arrives.
    ...(commands as CommandFunctions),
    subscribe,
    ...(menu ? { onMenuCommand: menu.onMenuCommand, setMenuLanguage: menu.setMenuLanguage } : {}),
  });
}
