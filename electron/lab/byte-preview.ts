import type { BytePreview } from '../contract/events';

/** How many bytes of each chunk the event stream shows; byte counts always stay exact. */
export const PREVIEW_BYTES = 128;

/**
 * Shows bytes as a person reads them: printable text as is, a UTF-8 character whole when its
 * bytes are valid, and anything else as \xNN, so invalid bytes are visible rather than replaced.
 */
export function makePreview(bytes: Uint8Array): BytePreview {
  const shown = bytes.subarray(0, PREVIEW_BYTES);
  return { text: escapeBytes(shown), hex: toHex(shown), truncated: bytes.length > PREVIEW_BYTES };
}

const HEX_OF_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** What a byte that is not part of a valid multi-byte character shows as, in ASCII. */
const SHOWN_AS = Array.from({ length: 256 }, (_, byte) => Buffer.from(escapeByte(byte), 'latin1'));

function escapeByte(byte: number): string {
  if (byte === 0x0a) return '\\n';
  if (byte === 0x0d) return '\\r';
  if (byte === 0x09) return '\\t';
  if (byte === 0x5c) return '\\\\';
  if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte);
  return `\\x${HEX_OF_BYTE[byte] ?? ''}`;
}

/**
 * Previews are made for every chunk a socket moves, so both strings are written into one reused
 * buffer and decoded once: building them a character at a time made a flood of random bytes
 * spend much of its time collecting the pieces.
 */
const scratch = Buffer.allocUnsafe(PREVIEW_BYTES * 4);

export function toHex(bytes: Uint8Array): string {
  if (bytes.length === 0) return '';
  const out = bytes.length * 3 > scratch.length ? Buffer.allocUnsafe(bytes.length * 3) : scratch;
  let at = 0;
  for (const byte of bytes) {
    const hex = HEX_OF_BYTE[byte] ?? '';
    out[at] = hex.charCodeAt(0);
    out[at + 1] = hex.charCodeAt(1);
    out[at + 2] = 0x20;
    at += 3;
  }
  return out.toString('latin1', 0, at - 1);
}

/** Valid UTF-8 sequences are copied as they are and the rest escaped, so the result decodes as is. */
function escapeBytes(bytes: Uint8Array): string {
  let at = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 1) {
      for (let end = i + length; i < end; i += 1) scratch[at++] = bytes[i] as number;
      continue;
    }
    const shown = SHOWN_AS[bytes[i] as number] as Buffer;
    for (let k = 0; k < shown.length; k += 1) scratch[at++] = shown[k] as number;
    i += 1;
  }
  return scratch.toString('utf8', 0, at);
}

/**
 * The length of the multi-byte UTF-8 character starting at `start` if its bytes form a valid one
 * (no overlong forms, no surrogates, nothing past U+10FFFF), else 1.
 */
function utf8SequenceLength(bytes: Uint8Array, start: number): number {
  const lead = bytes[start] as number;
  if (lead < 0xc2 || lead > 0xf4) return 1;
  const length = lead <= 0xdf ? 2 : lead <= 0xef ? 3 : 4;
  if (start + length > bytes.length) return 1;
  // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
  const second = bytes[start + 1] as number;
  const secondMin = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const secondMax = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < secondMin || second > secondMax) return 1;
  for (let offset = 2; offset < length; offset += 1) {
    if (((bytes[start + offset] as number) & 0xc0) !== 0x80) return 1;
  }
  return length;
}
