import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : [...leaves(value, `${prefix}${key}.`)],
    ),
  );
}

describe('the Spanish texts', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('have every English key, and no other, each with some text', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const text of spanish.values()) expect(text.trim()).not.toBe('');
  });
});
