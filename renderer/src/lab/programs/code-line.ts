import type { CallStep } from '../call-step';

/** Comments of the programs, translated like the rest of the page (code.comments.*). */
export type CodeComment =
  | 'leavingWithClosesConn'
  | 'recvReturnsEmpty'
  | 'leavingWithClosesS'
  | 'oneCallPerConnection'
  | 'osPicksPort'
  | 'oneSocketAllClients';

export interface CodeLine {
  /** The code, or for a comment line the indentation and comment sign before its words. */
  text: string;
  comment?: CodeComment;
  step?: CallStep;
}

export const line = (text: string, step?: CallStep): CodeLine => (step ? { text, step } : { text });

export const commentLine = (prefix: string, comment: CodeComment, step?: CallStep): CodeLine =>
  step ? { text: prefix, comment, step } : { text: prefix, comment };

export interface Programs {
  server: CodeLine[];
  client: CodeLine[];
}
