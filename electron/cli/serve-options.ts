import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { isLoopbackName, isWildcardAddress } from '../browser-mode/listen-host';
import { hostProblem, portProblem } from '../contract/addresses';
import type { Problem } from '../contract/problems';
import type { en } from '../locales/en';
import { inEnglish } from '../locales/english';

export interface ServeOptions {
  port: number;
  host: string;
  allowRemote: boolean;
  json: boolean;
  help: boolean;
}

type ArgumentProblemKey = keyof typeof en.cli.arguments;

/**
 * What is wrong with serve.js's arguments, as a message key (cli.arguments) and its parameters;
 * a bad port or host also carries the contract's problem with it. The message is in English.
 */
export class ServeOptionsError extends Error {
  constructor(
    readonly key: ArgumentProblemKey,
    readonly params: Record<string, string>,
    readonly problem?: Problem,
  ) {
    super();
    this.name = 'ServeOptionsError';
    this.message = this.textIn(inEnglish);
  }

  textIn(t: TFunction): string {
    const detail = this.problem && t(`problems.${this.problem.key}`, this.problem.params);
    return t(`cli.arguments.${this.key}`, { ...this.params, detail });
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
      throw new ServeOptionsError('unexpectedArgument', { value: token.value });
    }
    if (!isOptionName(token.name)) {
      throw new ServeOptionsError('unknownOption', { option: token.rawName });
    }
    const takesValue = OPTION_TYPES[token.name].type === 'string';
    if (takesValue && token.value === undefined) {
      throw new ServeOptionsError('missingValue', { option: token.rawName });
    }
    if (!takesValue && token.value !== undefined) {
      throw new ServeOptionsError('unwantedValue', { option: token.rawName });
    }
    if (token.value === undefined) flags.add(token.name);
    else strings[token.name] = token.value;
  }

  const portText = strings.port ?? '0';
  const port = /^-?\d+$/.test(portText) ? Number(portText) : Number.NaN;
  const portIssue = portProblem(port, 0);
  if (portIssue) throw new ServeOptionsError('badPort', { value: portText }, portIssue);

  const host = strings.host ?? '127.0.0.1';
  const hostIssue = hostProblem(host);
  if (hostIssue) throw new ServeOptionsError('badHost', { value: host }, hostIssue);
  const allowRemote = flags.has('allow-remote');
  if (!isLoopbackName(host) && !allowRemote) throw new ServeOptionsError('remoteNeedsConsent', { host });
  if (isWildcardAddress(host)) throw new ServeOptionsError('wildcardHost', { host });

  return { port, host, allowRemote, json: flags.has('json'), help: flags.has('help') };
}
