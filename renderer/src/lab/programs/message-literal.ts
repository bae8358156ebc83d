import type { BytePreview } from '@contract/events';

// Previews already write \\, \n, \r, \t and \xNN as both languages read them; only quotes remain.

/** The message as Python bytes; a preview past ASCII is a text literal encoded to UTF-8. */
export function pythonBytes({ text }: BytePreview): string {
  const quoted = `"${text.replaceAll('"', '\\"')}"`;
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? `b${quoted}` : `${quoted}.encode()`;
}

/** The message as a Node string literal, written as its UTF-8 bytes by write()/send(). */
export function nodeString({ text }: BytePreview): string {
  return `'${text.replaceAll("'", "\\'")}'`;
}

/** How the line that sends the message ends: a preview of only its first bytes says so. */
export const truncation = ({ truncated }: BytePreview, commentSign: '#' | '//'): string =>
  truncated ? `  ${commentSign} …` : '';
