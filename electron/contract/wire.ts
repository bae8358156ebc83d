import { z } from 'zod';
import type { CommandName } from './commands';
import type { CommandResponse } from './responses';
import type { StreamEnvelope } from './streams';

/** Largest WebSocket frame browser mode accepts: a maximal hex message plus its envelope. */
export const MAX_WIRE_FRAME_BYTES = 3 * 1024 * 1024;

/** What browser mode's renderer sends: one command, with an id to match its reply. */
export const wireRequestSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  command: z.string().max(64),
  payload: z.unknown(),
});

/** What browser mode's server sends: a reply to one request, or one stream's batch. */
export type WireMessage =
  | { type: 'response'; id: number; response: CommandResponse<CommandName> }
  | { type: 'stream'; envelope: StreamEnvelope }
  | { type: 'protocol-error'; message: string };

/** Why browser mode closed a page's WebSocket, as the close code the page receives. */
export const WIRE_CLOSE_CODES = {
  /** 1013, "try again later": the page had stopped reading; it reconnects and resyncs. */
  notReading: 1013,
  /** As many pages as browser mode serves are open already: reconnecting will not help. */
  tooManyPages: 4001,
} as const;
