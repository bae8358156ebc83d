import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostileInputs } from '../shared/test-support/hostile-inputs';
import { parsePsPrograms } from './ps-programs';

const ps = readFileSync(new URL('./fixtures/ps.txt', import.meta.url), 'utf8');

describe('parsePsPrograms', () => {
  const programs = parsePsPrograms(ps);

  it('names each pid by the last part of its executable path', () => {
    expect(programs.size).toBe(14);
    expect(programs.get(1)).toBe('launchd');
    expect(programs.get(733)).toBe('Google Chrome Helper');
    expect(programs.get(5120)).toBe('Code Helper (Plugin)');
    expect(programs.get(4812)).toBe('node');
    expect(programs.get(6001)).toBe('<defunct>');
  });

  it('passes over a cut line and garbage', () => {
    expect(programs.has(71)).toBe(false);
  });

  it('never throws', () => {
    for (const text of hostileInputs(ps)) expect(() => parsePsPrograms(text)).not.toThrow();
  });
});
