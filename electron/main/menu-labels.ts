import type { AppLanguage } from '../contract/menu-commands';
import { languageFor } from '../locales/languages';

/** The menu's language for the OS locale app.getLocale() gives, such as "es-419" or "en-GB". */
export function menuLanguageFor(locale: string): AppLanguage {
  return languageFor([locale]);
}
