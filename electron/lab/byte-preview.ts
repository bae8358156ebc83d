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

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => HEX_OF_BYTE[byte]).join(' ');
}

function escapeBytes(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    const codePoint = utf8CodePointAt(bytes, i);
    if (codePoint !== undefined) {
      text += String.fromCodePoint(codePoint.value);
      i += codePoint.length;
      continue;
    }
    text += escapeAscii(bytes[i] as number);
    i += 1;
  }
  return text;
}

/**
 * The multi-byte UTF-8 character starting at `start`, if its bytes form a valid one (no overlong
 * forms, no surrogates, nothing past U+10FFFF). Checked by hand: a decoder that throws on every
 * invalid sequence made previews of random bytes the slowest part of echoing them.
 */
function utf8CodePointAt(bytes: Uint8Array, start: number): { value: number; length: number } | undefined {
  const lead = bytes[start] as number;
  const [length, secondMin, secondMax] = utf8Shape(lead);
  if (length === 1 || start + length > bytes.length) return undefined;
  const second = bytes[start + 1] as number;
  if (second < secondMin || second > secondMax) return undefined;
  let value = lead & (0xff >> (length + 1));
  for (let offset = 1; offset < length; offset += 1) {
    const continuation = bytes[start + offset] as number;
    if ((continuation & 0xc0) !== 0x80) return undefined;
    value = (value << 6) | (continuation & 0x3f);
  }
  return { value, length };
}

/** Length of the sequence a lead byte starts, and the range its second byte must fall in. */
function utf8Shape(lead: number): [length: number, secondMin: number, secondMax: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [1, 0, 0];
}

function escapeAscii(byte: number): string {
  if (byte === 0x0a) return '\\n';
  if (byte === 0x0d) return '\\r';
  if (byte === 0x09) return '\\t';
  if (byte === 0x5c) return '\\\\';
  if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte);
  return `\\x${HEX_OF_BYTE[byte] ?? ''}`;
}
