import { describe, expect, it } from 'vitest';
import { translatorFor } from '@locales/translator';
import { slicesText } from './slices-text';

const en = translatorFor('en');
const es = translatorFor('es');

describe('slicesText: how recv() calls split what arrived', () => {
  it('lists every call when all of them are listed', () => {
    expect(slicesText(en, { slices: [1024, 1024, 904] })).toBe('1024 + 1024 + 904');
    expect(slicesText(es, { slices: [1024, 1024, 904] })).toBe('1024 + 1024 + 904');
    expect(slicesText(en, { slices: [52] })).toBe('52');
  });

  it('past the listed calls, says how many there were in all, in English and Spanish', () => {
    const many = { slices: [1024, 1024], sliceCount: 40 };
    expect(slicesText(en, many)).toBe('1024 + 1024 + … (40 recv() calls in all)');
    expect(slicesText(es, many)).toBe('1024 + 1024 + … (40 llamadas a recv() en total)');
  });

  it('is empty when nothing says how the bytes were read', () => {
    expect(slicesText(en, {})).toBe('');
  });
});
