import i18next, { type InitOptions, type TFunction } from 'i18next';
import { en } from './en';
import { es } from './es';
import type { LanguageCode } from './languages';

/** The i18next set-up every side shares: the page adds React to it, Node uses it as it is. */
export function i18nOptions(language: LanguageCode): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, es: { translation: es } },
    // React escapes what it renders, and menus and terminals show text as it is: escaping here
    // would show &quot; instead of ".
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}

/** A translator fixed to one language, ready when this returns (the texts are bundled, not loaded). */
export function translatorFor(language: LanguageCode): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nOptions(language), initAsync: false });
  return instance.t;
}
