import { describe, expect, it } from 'vitest';
import { cliLanguage } from './cli-language';

describe('cliLanguage', () => {
  it.each([
    [{ LANG: 'es_ES.UTF-8' }, 'es'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_MX.UTF-8' }, 'es'],
    [{ LANG: 'es_ES.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'es_ES.UTF-8', LC_ALL: '' }, 'es'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en'],
  ])('speaks the locale the environment sets: %j gives %s', (env, language) => {
    expect(cliLanguage(env, 'en-US')).toBe(language);
  });

  it("falls back to the OS's locale when the environment sets none", () => {
    expect(cliLanguage({}, 'es-419')).toBe('es');
    expect(cliLanguage({ LANG: '' }, 'en-GB')).toBe('en');
  });
});
