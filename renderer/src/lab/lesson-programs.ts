import type { CallStep } from './call-step';
import type { CodeLine, Programs } from './programs/code-line';
import { nodePrograms } from './programs/node-programs';
import type { ProgramSettings } from './programs/program-settings';
import { pythonPrograms } from './programs/python-programs';

export type CodeLanguage = 'python' | 'node';
export type ProgramSide = keyof Programs;
export const CODE_LANGUAGES: readonly CodeLanguage[] = ['python', 'node'];

/** The lesson's echo server and client, written for the settings the Lab runs with. */
export function programsFor(language: CodeLanguage, settings: ProgramSettings): Programs {
  return language === 'python' ? pythonPrograms(settings) : nodePrograms(settings);
}

/** The line of a program that a step lights up. */
export function lineOfStep(lines: readonly CodeLine[], step: CallStep | undefined): number {
  return step === undefined ? -1 : lines.findIndex((candidate) => candidate.step === step);
}
