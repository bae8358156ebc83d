import type { CommandError } from '../contract/responses';
import { UnknownSocketError } from '../lab/socket-error';
import { LabSocketError, LabStateError } from '../lab/socket-error';
import { thrownMessage } from './thrown-message';

/** Turns what a command threw into the typed error the renderer shows where it happened. */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof LabSocketError) {
    return { kind: 'socket-error', message: error.message, socketId: error.socketId, error: error.info };
  }
  if (error instanceof LabStateError) {
    const { message, socketId, problem } = error;
    const kind = error instanceof UnknownSocketError ? 'unknown-socket' : 'invalid-state';
    return { kind, message, socketId, problem };
  }
  return { kind: 'internal', message: thrownMessage(error) };
}
