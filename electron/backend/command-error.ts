import type { CommandError } from '../contract/responses';
import { UnknownSocketError } from '../lab/lab';
import { LabSocketError, LabStateError } from '../lab/socket-error';

/** Turns what a command threw into the typed error the renderer shows where it happened. */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof LabSocketError) {
    return { kind: 'socket-error', message: error.message, socketId: error.socketId, error: error.info };
  }
  if (error instanceof LabStateError) {
    return { kind: 'invalid-state', message: error.message, socketId: error.socketId };
  }
  if (error instanceof UnknownSocketError) {
    return { kind: 'unknown-socket', message: error.message, socketId: error.socketId };
  }
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
