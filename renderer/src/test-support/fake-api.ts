import type { SocketScopeApi } from '@contract/api';
import { buildSocketScopeApi } from '@contract/build-api';
import type { CommandName, CommandPayload } from '@contract/commands';
import type { CommandResponse } from '@contract/responses';
import { createStreamFanOut } from '@contract/stream-fan-out';
import type { StreamName, Streams } from '@contract/streams';

/** How a fake back end answers one command. */
export type FakeHandlers = {
  [C in CommandName]?: (payload: CommandPayload<C>) => Promise<CommandResponse<C>>;
};

export interface FakeApi {
  api: SocketScopeApi;
  /** Hands one batch to the stream's subscribers, as the back end's transport would. */
  deliver<S extends StreamName>(stream: S, batch: Streams[S]): void;
}

/**
 * The renderer tests' back end: a real SocketScopeApi (built as the preload and browser mode
 * build theirs) whose commands `handlers` answer and whose streams the test drives. A command
 * without a handler rejects, naming itself.
 */
export function createFakeApi(handlers: FakeHandlers): FakeApi {
  const streams = createStreamFanOut();
  const invoke = (command: CommandName, payload: unknown) => {
    const handler = handlers[command] as
      ((payload: unknown) => Promise<CommandResponse<CommandName>>) | undefined;
    return handler ? handler(payload) : Promise.reject(new Error(`The fake API has no ${command}.`));
  };
  return {
    api: buildSocketScopeApi(invoke, streams.subscribe),
    deliver: (stream, batch) => streams.deliver({ stream, batch } as Parameters<typeof streams.deliver>[0]),
  };
}
