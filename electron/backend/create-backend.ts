import { commandSchemas, isCommandName, type CommandName, type CommandResults } from '../contract/commands';
import type { EventBatch } from '../contract/events';
import { invalidPayload, type CommandResponse } from '../contract/responses';
import { createEventStamper } from '../lab/event-sink';
import { Lab } from '../lab/lab';
import type { BackendApi } from './backend-api';
import { toCommandError } from './command-error';
import { EventBatcher } from './event-batcher';
import { createCommandRunners } from './run-command';

export interface BackendOptions {
  batchIntervalMs?: number;
  maxDataEventsPerBatch?: number;
}

export function createBackend(options: BackendOptions = {}): BackendApi {
  const listeners = new Set<(batch: EventBatch) => void>();
  const batcher = new EventBatcher({
    intervalMs: options.batchIntervalMs ?? 16,
    maxDataEventsPerBatch: options.maxDataEventsPerBatch ?? 200,
    deliver: (batch) => listeners.forEach((listener) => listener(batch)),
  });
  const lab = new Lab(createEventStamper((event) => batcher.push(event)));
  const runners = createCommandRunners(lab);

  async function handle(command: unknown, payload: unknown): Promise<CommandResponse<CommandName>> {
    if (!isCommandName(command)) {
      const name = typeof command === 'string' ? command.slice(0, 64) : typeof command;
      return {
        ok: false,
        error: { kind: 'unknown-command', command: name, message: `There is no command "${name}".` },
      };
    }
    const parsed = commandSchemas[command].safeParse(payload);
    if (!parsed.success) return { ok: false, error: invalidPayload(parsed.error) };
    try {
      const run = runners[command] as (valid: unknown) => Promise<unknown>;
      return { ok: true, result: (await run(parsed.data)) as CommandResults[CommandName] };
    } catch (error) {
      return { ok: false, error: toCommandError(error) };
    }
  }

  return {
    handle,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await lab.closeAll();
      batcher.flush();
    },
  };
}
