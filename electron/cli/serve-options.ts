import { parseArgs } from 'node:util';
import { isLoopbackName, isWildcardAddress } from '../browser-mode/listen-host';
import { hostProblem, portProblem } from '../contract/addresses';
import { problemMessageEn } from '../contract/problems';
import { argumentProblems, type Bilingual } from './serve-messages';

export interface ServeOptions {
  port: number;
  host: string;
  allowRemote: boolean;
  json: boolean;
  help: boolean;
}

/** What is wrong with serve.js's arguments, in English (the message) and Spanish. */
export class ServeOptionsError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'ServeOptionsError';
  }
}

const OPTION_TYPES = {
  port: { type: 'string' },
  host: { type: 'string' },
  'allow-remote': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTION_TYPES;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTION_TYPES, name);
}

/**
 * Parses serve.js's arguments (without node and the script); throws a ServeOptionsError that
 * says what to fix. Node's own strict mode would explain itself in English only.
 */
export function parseServeOptions(argv: readonly string[]): ServeOptions {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTION_TYPES,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const strings: Partial<Record<OptionName, string>> = {};
  const flags = new Set<OptionName>();
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      throw new ServeOptionsError(argumentProblems.unexpectedArgument(token.value));
    }
    if (!isOptionName(token.name)) {
      throw new ServeOptionsError(argumentProblems.unknownOption(token.rawName));
    }
    const takesValue = OPTION_TYPES[token.name].type === 'string';
    if (takesValue && token.value === undefined) {
      throw new ServeOptionsError(argumentProblems.missingValue(token.rawName));
    }
    if (!takesValue && token.value !== undefined) {
      throw new ServeOptionsError(argumentProblems.unwantedValue(token.rawName));
    }
    if (token.value === undefined) flags.add(token.name);
    else strings[token.name] = token.value;
  }

  const portText = strings.port ?? '0';
  const port = /^-?\d+$/.test(portText) ? Number(portText) : Number.NaN;
  const portIssue = portProblem(port, 0);
  if (portIssue) throw new ServeOptionsError(argumentProblems.badPort(portText, problemMessageEn(portIssue)));

  const host = strings.host ?? '127.0.0.1';
  const hostIssue = hostProblem(host);
  if (hostIssue) throw new ServeOptionsError(argumentProblems.badHost(host, problemMessageEn(hostIssue)));
  const allowRemote = flags.has('allow-remote');
  if (!isLoopbackName(host) && !allowRemote) {
    throw new ServeOptionsError(argumentProblems.remoteNeedsConsent(host));
  }
  if (isWildcardAddress(host)) throw new ServeOptionsError(argumentProblems.wildcardHost(host));

  return { port, host, allowRemote, json: flags.has('json'), help: flags.has('help') };
}
