import { useCallback, useState } from 'react';
import { commandSchemas, type CommandName, type CommandPayload } from '@contract/commands';
import { invalidPayload, type CommandError, type CommandResponse } from '@contract/responses';
import { useAppServices } from '../app-context';

export interface CommandRunner {
  pending: boolean;
  /** The last run's failure, shown beside the control that started it. */
  error: CommandError | undefined;
  /**
   * Checks `candidate` against the contract here first, so a mistake is explained at once and
   * without a round trip; the back end checks it again before touching a socket.
   */
  run<C extends CommandName>(command: C, candidate: unknown): Promise<CommandResponse<C>>;
}

/** Runs commands from one place in the UI and remembers how the last one went. */
export function useCommand(): CommandRunner {
  const { api } = useAppServices();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CommandError>();

  const run = useCallback(
    async <C extends CommandName>(command: C, candidate: unknown): Promise<CommandResponse<C>> => {
      const parsed = commandSchemas[command].safeParse(candidate);
      if (!parsed.success) {
        const invalid: CommandResponse<C> = { ok: false, error: invalidPayload(parsed.error) };
        setError(invalid.error);
        return invalid;
      }
      setPending(true);
      setError(undefined);
      // TypeScript cannot narrow api[command] for a generic C; the schema above made the payload fit.
      const send = api[command] as unknown as (payload: CommandPayload<C>) => Promise<CommandResponse<C>>;
      try {
        const response = await send(parsed.data as CommandPayload<C>);
        if (!response.ok) setError(response.error);
        return response;
      } finally {
        setPending(false);
      }
    },
    [api],
  );

  return { pending, error, run };
}
