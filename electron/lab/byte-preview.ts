import type { BytePreview } from '../contract/events';

/** How many bytes of each chunk the event stream shows; byte counts always stay exact. */
export const PREVIEW_BYTES = 128;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Shows bytes as a person reads them: printable text as is, a UTF-8 character whole when its
 * bytes are valid, and anything else as \xNN, so invalid bytes are visible rather than replaced.
 */
export function makePreview(bytes: Uint8Array): BytePreview {
  const shown = bytes.subarray(0, PREVIEW_BYTES);
  return { text: escapeBytes(shown), hex: toHex(shown), truncated: bytes.length > PREVIEW_BYTES };
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += (hex ? ' ' : '') + byte.toString(16).padStart(2, '0');
  return hex;
}

function escapeBytes(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    const length = utf8SequenceLength(byte);
    if (length > 1 && i + length <= bytes.length) {
      const character = decodeStrict(bytes.subarray(i, i + length));
      if (character !== undefined) {
        text += character;
        i += length;
        continue;
      }
    }
    text += escapeAscii(byte);
    i += 1;
  }
  return text;
}

function utf8SequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0) return lead <= 0xef ? 3 : 1;
  if (lead >= 0xc2) return 2;
  return 1;
}

function decodeStrict(sequence: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(sequence);
  } catch {
    return undefined;
  }
}

function escapeAscii(byte: number): string {
  if (byte === 0x0a) return '\\n';
  if (byte === 0x0d) return '\\r';
  if (byte === 0x09) return '\\t';
  if (byte === 0x5c) return '\\\\';
  if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte);
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}
