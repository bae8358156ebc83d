/**
 * The command names alone, free of the schema library, so that the sandboxed preload can
 * build its named functions without bundling validation code it never runs.
 */
export const COMMAND_NAMES = [
  'startServer',
  'stopServer',
  'connectClient',
  'send',
  'halfClose',
  'closeSocket',
  'resetSocket',
  'getLabState',
  'getSocketTable',
  'setSocketScan',
  'setStepMode',
  'stepNext',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];
