import type { CommandName } from '@contract/commands';
import type { CommandError, CommandResponse } from '@contract/responses';

/** A call that threw or rejected instead of answering, as the error the page explains. */
export function internalError(thrown: unknown): CommandError {
  return { kind: 'internal', message: thrown instanceof Error ? thrown.message : String(thrown) };
}

/**
 * The response of one command, also when the call itself failed (the transport threw or
 * rejected instead of answering): that becomes an internal error, which the page explains like
 * any other, so no failure goes unseen.
 */
export async function settleCommand<C extends CommandName>(
  call: () => Promise<CommandResponse<C>>,
): Promise<CommandResponse<C>> {
  try {
    return await call();
  } catch (thrown) {
    return { ok: false, error: internalError(thrown) };
  }
}
