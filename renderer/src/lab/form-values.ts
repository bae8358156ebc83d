import { messageSchema, messageToBytes } from '@contract/message';

/**
 * What a number field holds, for the contract to judge: a number when the text is one,
 * otherwise the text itself, so the back end can say exactly what is wrong with it.
 */
export function numberFieldValue(text: string): number | string {
  const trimmed = text.trim();
  return /^[-+]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export type Encoding = 'text' | 'hex';

const utf8 = new TextEncoder();

/**
 * The same bytes written the other way when the user switches encoding: text becomes its UTF-8
 * bytes in hex; hex becomes text only when its bytes are valid UTF-8 (otherwise it stays hex
 * and the send explains the problem).
 */
export function convertMessageText(content: string, to: Encoding): string {
  if (to === 'hex') {
    return Array.from(utf8.encode(content), (byte) => byte.toString(16).padStart(2, '0')).join(' ');
  }
  const parsed = messageSchema.safeParse({ encoding: 'hex', hex: content });
  if (!parsed.success) return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(messageToBytes(parsed.data));
  } catch {
    return content;
  }
}
