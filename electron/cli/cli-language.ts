import { languageFor, type LanguageCode } from '../locales/languages';

/**
 * The language to speak on the command line: the locale POSIX programs follow (LC_ALL, then
 * LC_MESSAGES, then LANG; the first one set decides), or else the OS's (Windows and macOS
 * terminals often set none of them).
 */
export function cliLanguage(
  env: Record<string, string | undefined>,
  systemLocale = Intl.DateTimeFormat().resolvedOptions().locale,
): LanguageCode {
  const posixLocale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return languageFor([posixLocale || systemLocale]);
}
