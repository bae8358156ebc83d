import { describe, expect, it } from 'vitest';
import { copyText } from './copy-text';

describe('copyText', () => {
  it('puts the text on the clipboard and reports no failure', async () => {
    const written: string[] = [];
    const clipboard = { writeText: (text: string) => Promise.resolve(void written.push(text)) };
    await expect(copyText('127.0.0.1:5346', clipboard)).resolves.toBeUndefined();
    expect(written).toEqual(['127.0.0.1:5346']);
  });

  it('reports a page without a clipboard, instead of doing nothing', async () => {
    await expect(copyText('127.0.0.1:5346', undefined)).resolves.toBe('unavailable');
  });

  it('reports a clipboard that refuses the text, instead of letting it vanish', async () => {
    const clipboard = { writeText: () => Promise.reject(new DOMException('Write permission denied.')) };
    await expect(copyText('127.0.0.1:5346', clipboard)).resolves.toBe('refused');
  });
});
