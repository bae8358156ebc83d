import type { SocketScopeApi } from '../contract/api';
import { COMMAND_NAMES, type CommandName } from '../contract/command-names';

/** Sends one command to the main process and resolves with its response. */
export type InvokeCommand = (command: CommandName, payload: unknown) => Promise<unknown>;

/**
 * The object the page sees as window.socketscope: one function per command, each passing on
 * exactly one argument, and onEvents. Nothing of Electron's IPC is reachable from it.
 */
export function buildSocketScopeApi(
  invoke: InvokeCommand,
  onEvents: SocketScopeApi['onEvents'],
): SocketScopeApi {
  const commands = Object.fromEntries(
    COMMAND_NAMES.map((name) => [name, (payload: unknown) => invoke(name, payload)]),
  );
  // The per-command types come from the contract; the back end validates whatever arrives.
  return Object.freeze({ ...commands, onEvents }) as unknown as SocketScopeApi;
}
