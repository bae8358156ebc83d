import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { CommandName } from '@contract/commands';
import type { CommandError, CommandResponse } from '@contract/responses';
import { useAppServices } from '../app-context';
import { createCommandRunner, type PayloadCandidate } from './command-runner';

export interface CommandControl {
  pending: boolean;
  /** The last run's failure, shown beside the control that started it. */
  error: CommandError | undefined;
  /** Stable for the component's life. */
  run<C extends CommandName>(command: C, candidate: PayloadCandidate<C>): Promise<CommandResponse<C>>;
}

/** Runs commands from one place in the UI (see createCommandRunner) and redraws as they go. */
export function useCommand(): CommandControl {
  const { api } = useAppServices();
  const runner = useMemo(() => createCommandRunner(api), [api]);
  const pending = useStore(runner.state, (state) => state.pending);
  const error = useStore(runner.state, (state) => state.error);
  return { pending, error, run: runner.run };
}
