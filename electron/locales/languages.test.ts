import { describe, expect, it } from 'vitest';
import { isLanguageCode, languageFor, LANGUAGES } from './languages';

describe('languageFor', () => {
  it.each([
    [['es-419'], 'es'],
    [['es_ES.UTF-8'], 'es'],
    [['ES_mx'], 'es'],
    [['fr-FR', 'es-ES', 'en'], 'es'],
    [['en-GB', 'es'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [['C.UTF-8'], 'en'],
    [['estonian'], 'en'],
    // app.getLocale()'s forms, as the menu receives them.
    [['es'], 'es'],
    [['es-ES'], 'es'],
    [['en-US'], 'en'],
    [[''], 'en'],
    [[], 'en'],
  ])('gives %j the language %s: the first one spoken, English otherwise', (preferences, language) => {
    expect(languageFor(preferences)).toBe(language);
  });
});

describe('LANGUAGES', () => {
  it('names each language in itself and knows only their codes', () => {
    expect(LANGUAGES).toEqual([
      { code: 'en', name: 'English' },
      { code: 'es', name: 'Español' },
    ]);
    expect(isLanguageCode('es')).toBe(true);
    expect(isLanguageCode('fr')).toBe(false);
  });
});
