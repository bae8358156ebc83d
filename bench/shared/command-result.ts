import type { BackendApi } from '../../electron/backend/backend-api';
import type { CommandName, CommandPayload, CommandResults } from '../../electron/contract/commands';

/** Runs a command as the renderer would (validated by the back end) and returns its result, or throws. */
export async function commandResultOrThrow<C extends CommandName>(
  backend: BackendApi,
  name: C,
  payload: CommandPayload<C>,
): Promise<CommandResults[C]> {
  const response = await backend.handle(name, payload);
  if (!response.ok) throw new Error(`${name} failed: ${response.error.message}`);
  return response.result as CommandResults[C];
}
