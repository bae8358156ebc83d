import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageCode } from '@locales/languages';
import { i18nOptions } from '@locales/translator';

export async function startI18n(language: LanguageCode): Promise<void> {
  await i18next.use(initReactI18next).init(i18nOptions(language));
  document.documentElement.lang = language;
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
}
