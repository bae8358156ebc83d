import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePreview, PREVIEW_BYTES } from './byte-preview';
import { MAX_LISTED_SLICES, recvSlices } from './recv-slices';

describe('makePreview', () => {
  it('shows text as text, valid UTF-8 whole, and every other byte escaped', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Hola ñ\n'), 0x00, 0xff, 0xc3]);
    expect(makePreview(bytes)).toEqual({
      text: 'Hola ñ\\n\\x00\\xff\\xc3',
      hex: '48 6f 6c 61 20 c3 b1 0a 00 ff c3',
      truncated: false,
    });
  });

  it('is bounded, and says so', () => {
    const preview = makePreview(new Uint8Array(PREVIEW_BYTES * 10).fill(0x61));
    expect(preview.text).toHaveLength(PREVIEW_BYTES);
    expect(preview.truncated).toBe(true);
  });
});

/** Turns a preview's text back into bytes: escapes to their byte, every other character to its UTF-8. */
function unescapePreview(text: string): Uint8Array {
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, '\\': 0x5c };
  for (let i = 0; i < text.length;) {
    if (text[i] === '\\') {
      const next = text[i + 1] ?? '';
      if (next === 'x') {
        bytes.push(Number.parseInt(text.slice(i + 2, i + 4), 16));
        i += 4;
      } else {
        bytes.push(simple[next] ?? Number.NaN);
        i += 2;
      }
      continue;
    }
    const character = String.fromCodePoint(text.codePointAt(i) ?? 0);
    bytes.push(...new TextEncoder().encode(character));
    i += character.length;
  }
  return Uint8Array.from(bytes);
}

/** Backslashes and control characters, which a preview shows as escapes rather than as themselves. */
function isEscapedInPreviews(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return character === '\\' || code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

describe('makePreview on any bytes', () => {
  it('loses nothing: its text turns back into exactly the bytes shown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: PREVIEW_BYTES }), (bytes) => {
        expect(unescapePreview(makePreview(bytes).text)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('shows valid UTF-8 text as itself', () => {
    const printable = fc
      .string({ unit: 'grapheme', maxLength: 30 })
      .filter((text) => ![...text].some(isEscapedInPreviews));
    fc.assert(
      fc.property(printable, (text) => {
        const bytes = new TextEncoder().encode(text);
        fc.pre(bytes.length <= PREVIEW_BYTES);
        expect(makePreview(bytes).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('recvSlices', () => {
  it('splits like repeated recv(bufferSize) calls', () => {
    expect(recvSlices(2500, 1024)).toEqual({ slices: [1024, 1024, 452] });
    expect(recvSlices(1024, 1024)).toEqual({ slices: [1024] });
    expect(recvSlices(52, 1024)).toEqual({ slices: [52] });
    expect(recvSlices(0, 1024)).toEqual({ slices: [] });
  });

  it('lists a bounded number of calls and counts the rest, so one chunk never floods the stream', () => {
    const { slices, sliceCount } = recvSlices(65_536, 1);
    expect(slices).toHaveLength(MAX_LISTED_SLICES);
    expect(slices.every((length) => length === 1)).toBe(true);
    expect(sliceCount).toBe(65_536);
    expect(recvSlices(MAX_LISTED_SLICES * 10 + 3, 10).sliceCount).toBe(MAX_LISTED_SLICES + 1);
  });
});
