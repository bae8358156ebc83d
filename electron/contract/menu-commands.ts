import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../locales/languages';
import type { CommandError } from './responses';

/**
 * The desktop application menu's side of the contract. Main sends the actions the page must
 * perform itself (its forms hold the address, port and buffer size) on MENU_COMMAND_CHANNEL; the
 * page tells main which language it speaks on MENU_LANGUAGE_CHANNEL so the menu follows it (the
 * channel names are in menu-channels.ts). Browser mode has no menu, so none of this crosses its
 * WebSocket.
 */

export type AppLanguage = LanguageCode;

const APP_VIEWS = ['lab', 'sockets'] as const;

export const appLanguageSchema = z.enum(LANGUAGE_CODES);

export const menuCommandSchema = z.discriminatedUnion('type', [
  /** Start the echo server with the values in the Lab's server form. */
  z.strictObject({ type: z.literal('start-server') }),
  /** Stop the echo server the Lab is running. */
  z.strictObject({ type: z.literal('stop-server') }),
  /** Open one more client with the values in the Lab's client form. */
  z.strictObject({ type: z.literal('new-client') }),
  z.strictObject({ type: z.literal('show-view'), view: z.enum(APP_VIEWS) }),
  z.strictObject({ type: z.literal('set-language'), language: appLanguageSchema }),
]);

export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** What setMenuLanguage resolves with: an invalid language is a typed error, never a crash. */
export type MenuLanguageResponse = { ok: true } | { ok: false; error: CommandError };
