import { z } from 'zod';
import { bindPortSchema, connectPortSchema, hostSchema, refineWith } from './addresses';
import type { CommandName } from './command-names';
import type { Endpoint, LabEvent, LabSocket } from './events';
import { messageSchema } from './message';
import type { Problem } from './problems';
import {
  MAX_SCAN_INTERVAL_MS,
  MIN_SCAN_INTERVAL_MS,
  type ScanSettings,
  type FullSocketTable,
} from './socket-table-stream';
import { MAX_STEP_INTERVAL_MS, MIN_STEP_INTERVAL_MS, STEP_MODES, type StepModeState } from './step-mode';

/** The most copies one burst sends. */
export const MAX_BURST = 10;

/** recv(1024), as in the lesson. */
export const DEFAULT_RECV_BUFFER = 1024;
export const MIN_RECV_BUFFER = 1;
export const MAX_RECV_BUFFER = 65536;

function bufferProblem(size: number): Problem | undefined {
  return Number.isInteger(size) && size >= MIN_RECV_BUFFER && size <= MAX_RECV_BUFFER
    ? undefined
    : { key: 'bufferOutOfRange', params: { min: MIN_RECV_BUFFER, max: MAX_RECV_BUFFER, value: size } };
}

const recvBufferSchema = z.number().superRefine(refineWith(bufferProblem));
const socketIdSchema = z.string().regex(/^(server|client|conn)-\d{1,9}$/, 'Not a socket id of this app.');

/**
 * Every command the renderer can send, with the schema its payload must pass and the shape
 * of its result. Both transports (IPC and WebSocket) validate against these before running.
 */
export const commandSchemas = {
  startServer: z.strictObject({
    protocol: z.enum(['tcp', 'udp']),
    host: hostSchema,
    port: bindPortSchema,
    recvBufferSize: recvBufferSchema,
  }),
  stopServer: z.strictObject({ serverId: socketIdSchema }),
  connectClient: z.strictObject({
    protocol: z.enum(['tcp', 'udp']),
    host: hostSchema,
    port: connectPortSchema,
    recvBufferSize: recvBufferSchema,
  }),
  send: z.strictObject({
    socketId: socketIdSchema,
    message: messageSchema,
    /** A burst: the same message sent this many times back to back (TCP may merge or split them). */
    repeat: z.number().int().min(1).max(MAX_BURST).optional(),
  }),
  halfClose: z.strictObject({ socketId: socketIdSchema }),
  closeSocket: z.strictObject({ socketId: socketIdSchema }),
  resetSocket: z.strictObject({ socketId: socketIdSchema }),
  getLabState: z.strictObject({}),
  getSocketTable: z.strictObject({}),
  setSocketScan: z.strictObject({
    intervalMs: z.number().int().min(MIN_SCAN_INTERVAL_MS).max(MAX_SCAN_INTERVAL_MS).optional(),
    paused: z.boolean().optional(),
  }),
  setStepMode: z.strictObject({
    mode: z.enum(STEP_MODES),
    intervalMs: z.number().int().min(MIN_STEP_INTERVAL_MS).max(MAX_STEP_INTERVAL_MS).optional(),
  }),
  stepNext: z.strictObject({}),
} as const satisfies Record<CommandName, z.ZodType>;

export type { CommandName };
export type CommandPayload<C extends CommandName> = z.input<(typeof commandSchemas)[C]>;
export type ValidPayload<C extends CommandName> = z.output<(typeof commandSchemas)[C]>;

export interface CommandResults extends Record<CommandName, unknown> {
  startServer: { serverId: string; local: Endpoint };
  stopServer: { closedSockets: number };
  connectClient: { clientId: string; local: Endpoint; remote: Endpoint };
  send: { bytes: number };
  halfClose: Record<string, never>;
  closeSocket: Record<string, never>;
  resetSocket: Record<string, never>;
  getLabState: {
    sockets: LabSocket[];
    stepMode: StepModeState;
    /** The latest Lab events streamed (at most 5,000), oldest first: a new page continues from them. */
    events: LabEvent[];
  };
  getSocketTable: FullSocketTable;
  setSocketScan: ScanSettings;
  setStepMode: StepModeState;
  /** released: false when nothing was waiting. */
  stepNext: { released: boolean };
}

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commandSchemas, name);
}
