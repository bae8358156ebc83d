import type { SocketErrorInfo } from '../contract/events';
import { problemMessageEn, type Problem } from '../contract/problems';

/** Node's system errors carry code, syscall, address and port; keep exactly those. */
export function toSocketErrorInfo(error: unknown): SocketErrorInfo {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Partial<
    Record<'code' | 'syscall' | 'address' | 'port' | 'message', unknown>
  >;
  return {
    code: typeof fields.code === 'string' ? fields.code : 'UNKNOWN',
    ...(typeof fields.syscall === 'string' ? { syscall: fields.syscall } : {}),
    ...(typeof fields.address === 'string' ? { address: fields.address } : {}),
    ...(typeof fields.port === 'number' ? { port: fields.port } : {}),
    message: typeof fields.message === 'string' ? fields.message : String(error),
  };
}

/** A failure of a socket the Lab opened, carrying which socket and Node's error details. */
export class LabSocketError extends Error {
  constructor(
    readonly socketId: string,
    readonly info: SocketErrorInfo,
  ) {
    super(info.message);
    this.name = 'LabSocketError';
  }
}

/** A command that does not fit the socket's role or state, e.g. sending on a closed socket. */
export class LabStateError extends Error {
  readonly problem: Problem;

  constructor(
    readonly socketId: string,
    key: Problem['key'],
    params: Problem['params'] = {},
  ) {
    const problem = { key, params: { socket: socketId, ...params } };
    super(problemMessageEn(problem));
    this.name = 'LabStateError';
    this.problem = problem;
  }
}

/** Thrown for an id the Lab never gave out or has already closed and forgotten. */
export class UnknownSocketError extends LabStateError {
  constructor(socketId: string) {
    super(socketId, 'socketUnknown');
    this.name = 'UnknownSocketError';
  }
}
