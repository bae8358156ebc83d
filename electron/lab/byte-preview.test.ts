import { describe, expect, it } from 'vitest';
import { makePreview, PREVIEW_BYTES } from './byte-preview';
import { recvSliceLengths } from './recv-slices';

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

describe('recvSliceLengths', () => {
  it('splits like repeated recv(bufferSize) calls', () => {
    expect(recvSliceLengths(2500, 1024)).toEqual([1024, 1024, 452]);
    expect(recvSliceLengths(1024, 1024)).toEqual([1024]);
    expect(recvSliceLengths(52, 1024)).toEqual([52]);
    expect(recvSliceLengths(0, 1024)).toEqual([]);
  });
});
