import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostileInputs } from '../shared/test-support/hostile-inputs';
import { parseTasklistPrograms } from './tasklist-programs';

const tasklist = readFileSync(new URL('./fixtures/tasklist.txt', import.meta.url), 'utf8');

describe('parseTasklistPrograms', () => {
  const programs = parseTasklistPrograms(tasklist);

  it('names each pid by its image', () => {
    expect(programs.size).toBe(17);
    expect(programs.get(4)).toBe('System');
    expect(programs.get(8812)).toBe('chrome.exe');
    expect(programs.get(10344)).toBe('Code - Insiders.exe');
  });

  it('reads quotes and commas inside a quoted field', () => {
    expect(programs.get(11020)).toBe('Report "Q3", final.exe');
  });

  it('passes over a cut line and garbage', () => {
    expect([...programs.values()]).not.toContain('dllhost.exe');
  });

  it('never throws', () => {
    for (const text of hostileInputs(tasklist)) expect(() => parseTasklistPrograms(text)).not.toThrow();
  });
});
