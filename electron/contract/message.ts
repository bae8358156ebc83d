import { z } from 'zod';
import { refineWith } from './addresses';
import type { Problem } from './problems';

/** The most one send carries: enough to show slicing many times over, small enough to stay responsive. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

const HEX_TEXT = /^(?:[0-9a-f]{2}\s*)*$/i;
const utf8 = new TextEncoder();

function textProblem(text: string): Problem | undefined {
  // A UTF-8 byte is never less than one UTF-16 unit, so this bounds the size before encoding it.
  if (text.length > MAX_MESSAGE_BYTES) return tooLarge(text.length);
  if (!text.isWellFormed()) return { key: 'messageBadText', params: {} };
  const size = utf8.encode(text).length;
  return size > MAX_MESSAGE_BYTES ? tooLarge(size) : undefined;
}

function hexProblem(hex: string): Problem | undefined {
  const compact = hex.replace(/\s+/g, '');
  if (compact.length / 2 > MAX_MESSAGE_BYTES) return tooLarge(Math.floor(compact.length / 2));
  if (!HEX_TEXT.test(hex.trim())) return { key: 'messageBadHex', params: { sample: hex.slice(0, 24) } };
  return undefined;
}

function tooLarge(size: number): Problem {
  return { key: 'messageTooLarge', params: { size, max: MAX_MESSAGE_BYTES } };
}

/** A message as the user wrote it: text (sent as its UTF-8 bytes) or hex (any bytes at all). */
export const messageSchema = z.discriminatedUnion('encoding', [
  z.strictObject({ encoding: z.literal('text'), text: z.string().superRefine(refineWith(textProblem)) }),
  z.strictObject({ encoding: z.literal('hex'), hex: z.string().superRefine(refineWith(hexProblem)) }),
]);

export type Message = z.infer<typeof messageSchema>;

export function messageToBytes(message: Message): Uint8Array {
  if (message.encoding === 'text') return utf8.encode(message.text);
  const compact = message.hex.replace(/\s+/g, '');
  const bytes = new Uint8Array(compact.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(compact.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
