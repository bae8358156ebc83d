import type { CommandName } from '../contract/command-names';
import type { EventBatch } from '../contract/events';
import type { CommandResponse } from '../contract/responses';

/**
 * The one back end both transports serve. It validates every payload itself, so a transport
 * only has to check who is calling and pass the untrusted command name and payload through.
 */
export interface BackendApi {
  /** Runs a command; never throws: bad input and failures come back as { ok: false }. */
  handle(command: unknown, payload: unknown): Promise<CommandResponse<CommandName>>;
  /** Receives event batches (about one per animation frame) until the returned function is called. */
  subscribe(listener: (batch: EventBatch) => void): () => void;
  /** Closes every socket the app opened; resolves when they are all closed. */
  close(): Promise<void>;
}
