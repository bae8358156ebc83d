/** The languages SocketScope speaks, each under its own name as language pickers show it. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

export function isLanguageCode(code: string): code is LanguageCode {
  return LANGUAGE_CODES.some((known) => known === code);
}

/**
 * The first of the preferred locales that SocketScope speaks, English otherwise. Takes the
 * browser's tags (es-419), the OS's (es_ES) and POSIX locales (es_ES.UTF-8, C).
 */
export function languageFor(preferences: readonly string[]): LanguageCode {
  for (const locale of preferences) {
    const base = locale.toLowerCase().split(/[-_.@]/)[0] ?? '';
    if (isLanguageCode(base)) return base;
  }
  return 'en';
}
