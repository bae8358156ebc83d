import type { TFunction } from 'i18next';
import type { SocketErrorInfo } from '@contract/events';
import type { CommandError, PayloadIssue } from '@contract/responses';
import { en } from '@locales/en';
import { endpointText } from './endpoint-text';

type ExplainedCode = keyof typeof en.errors;

function isExplained(code: string): code is ExplainedCode {
  return Object.hasOwn(en.errors, code) && code === code.toUpperCase();
}

/** A failed socket call in plain words, naming the address it concerned. */
export function explainSocketError(t: TFunction, error: SocketErrorInfo): string {
  const where =
    error.address !== undefined
      ? error.port !== undefined
        ? endpointText({ address: error.address, port: error.port })
        : error.address
      : '?';
  if (error.code === 'EADDRINUSE' && error.timeWait) return t('errors.timeWait', { where });
  if (isExplained(error.code)) {
    const explanation = t(`errors.${error.code}`, { where });
    return error.heldBy ? `${explanation} ${t('errors.heldBy', error.heldBy)}` : explanation;
  }
  return t('errors.unknown', { syscall: error.syscall ?? error.code, message: error.message });
}

/** What went wrong with a command, for the place in the UI where the user made it. */
export function explainCommandError(t: TFunction, error: CommandError): string {
  switch (error.kind) {
    case 'socket-error':
      return `${error.error.code}: ${explainSocketError(t, error.error)}`;
    case 'invalid-payload':
      return error.issues.map((issue) => issueText(t, issue)).join(' ');
    case 'unknown-socket':
    case 'invalid-state':
      return t(`problems.${error.problem.key}`, error.problem.params);
    case 'unknown-command':
      return t('errors.unknownCommand', { command: error.command });
    case 'internal':
      return t('errors.lost', { message: error.message });
    case 'disconnected':
      return t('errors.disconnected');
  }
}

/** The translated problem for one form field (by its payload key), if the command named one. */
export function fieldProblem(
  t: TFunction,
  error: CommandError | undefined,
  field: string,
): string | undefined {
  if (error?.kind !== 'invalid-payload') return undefined;
  const issue = error.issues.find((candidate) => candidate.path[0] === field);
  return issue && issueText(t, issue);
}

function issueText(t: TFunction, issue: PayloadIssue): string {
  return issue.problem ? t(`problems.${issue.problem.key}`, issue.problem.params) : issue.message;
}
