import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** The first of the OS's preferred languages that SocketScope speaks; English otherwise. */
export function preferredLanguage(preferences: readonly string[]): LanguageCode {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language.code === base);
    if (match) return match.code;
  }
  return 'en';
}

export async function startI18n(language: LanguageCode): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, es: { translation: es } },
    // React escapes what it renders; escaping here too would show &quot; in the page.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
}
