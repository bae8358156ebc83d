import { inEnglish } from '../locales/english';
import type { problems } from '../locales/en/problems';

/**
 * What can be wrong with something a user typed, or with what a command asked of a socket, as a
 * message key with its parameters; each side turns it into text where it shows it (the texts
 * are in electron/locales).
 */
export type ProblemKey = keyof typeof problems;
type ProblemParams = Record<string, string | number>;

export interface Problem {
  key: ProblemKey;
  params: ProblemParams;
}

/** The problem in English, for the message field that logs and the wire carry beside the key. */
export function problemMessageEn(problem: Problem): string {
  return inEnglish(`problems.${problem.key}`, problem.params);
}
