import type { CommandName } from '../contract/command-names';
import type { CommandResponse } from '../contract/responses';
import type { StreamListener, StreamName } from '../contract/streams';

/**
 * The one back end both transports serve. It validates every payload itself, so a transport
 * only has to check who is calling and pass the untrusted command name and payload through.
 */
export interface BackendApi {
  /** Runs a command; never throws: bad input and failures come back as { ok: false }. */
  handle(command: unknown, payload: unknown): Promise<CommandResponse<CommandName>>;
  /**
   * Receives one stream's batches until the returned function is called: the Lab's events about
   * once per animation frame, the socket table's changes at each scan that found any.
   */
  subscribe<S extends StreamName>(stream: S, listener: StreamListener<S>): () => void;
  /** Closes every socket the app opened; resolves when they are all closed. */
  close(): Promise<void>;
}
