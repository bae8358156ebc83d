import type { SocketErrorInfo } from '../contract/events';

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
  constructor(
    readonly socketId: string,
    message: string,
  ) {
    super(message);
    this.name = 'LabStateError';
  }
}
