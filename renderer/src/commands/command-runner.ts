import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SocketScopeApi } from '@contract/api';
import { commandSchemas, type CommandName, type CommandPayload } from '@contract/commands';
import { invalidPayload, type CommandError, type CommandResponse } from '@contract/responses';
import { settleCommand } from './settle-command';

/** A payload as a form holds it: the command's own keys, values not yet checked. */
export type PayloadCandidate<C extends CommandName> = { [K in keyof CommandPayload<C>]: unknown };

export interface CommandRunnerState {
  pending: boolean;
  /** The last run's failure, shown beside the control that started it. */
  error: CommandError | undefined;
}

export interface CommandRunner {
  state: StoreApi<CommandRunnerState>;
  /**
   * Checks `candidate` against the contract here first, so a mistake is explained at once and
   * without a round trip; the back end checks it again before touching a socket.
   */
  run<C extends CommandName>(command: C, candidate: PayloadCandidate<C>): Promise<CommandResponse<C>>;
}

type Commands = { [C in CommandName]: (payload: CommandPayload<C>) => Promise<CommandResponse<C>> };

/** Runs commands from one place in the UI and remembers how the last one went. */
export function createCommandRunner(api: SocketScopeApi): CommandRunner {
  const state = createStore<CommandRunnerState>()(() => ({ pending: false, error: undefined }));
  const commands: Commands = api;

  async function run<C extends CommandName>(
    command: C,
    candidate: PayloadCandidate<C>,
  ): Promise<CommandResponse<C>> {
    const parsed = commandSchemas[command].safeParse(candidate);
    if (!parsed.success) {
      const error = invalidPayload(parsed.error);
      state.setState({ error });
      return { ok: false, error };
    }
    state.setState({ pending: true, error: undefined });
    // The schema's output is the payload the command takes; TypeScript cannot tie the two for a generic C.
    const payload = parsed.data as CommandPayload<C>;
    const response = await settleCommand(() => commands[command](payload));
    state.setState({ pending: false, error: response.ok ? undefined : response.error });
    return response;
  }

  return { state, run };
}
