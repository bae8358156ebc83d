import type { z } from 'zod';
import type { CommandName, CommandResults } from './commands';
import type { SocketErrorInfo } from './events';
import type { Problem } from './problems';

/** One thing wrong with a payload, at the field where it was made. */
export interface PayloadIssue {
  /** Field path, e.g. ["port"] or ["message", "hex"]. */
  path: (string | number)[];
  message: string;
  /** Present when the issue is one a user can make in a form: translatable. */
  problem?: Problem;
}

export type CommandError =
  | { kind: 'invalid-payload'; message: string; issues: PayloadIssue[] }
  | { kind: 'unknown-command'; message: string; command: string }
  | { kind: 'unknown-socket'; message: string; socketId: string; problem: Problem }
  | { kind: 'invalid-state'; message: string; socketId: string; problem: Problem }
  | { kind: 'socket-error'; message: string; socketId?: string; error: SocketErrorInfo }
  | { kind: 'internal'; message: string }
  /** Made by the renderer's transport: the back end went away before it answered. */
  | { kind: 'disconnected'; message: string };

export type CommandResponse<C extends CommandName> =
  { ok: true; result: CommandResults[C] } | { ok: false; error: CommandError };

export function invalidPayload(error: z.ZodError): Extract<CommandError, { kind: 'invalid-payload' }> {
  const issues = error.issues.map((issue): PayloadIssue => {
    const problem = issue.code === 'custom' ? (issue.params as Problem | undefined) : undefined;
    return {
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      message: issue.message,
      ...(problem ? { problem } : {}),
    };
  });
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return { kind: 'invalid-payload', message: `${where}${first?.message ?? 'Invalid payload.'}`, issues };
}
