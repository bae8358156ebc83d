import 'i18next';
import type { en } from './en';

// Makes t() check its keys against the English strings at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    // Problem and error keys are chosen at run time, each with its own parameters.
    parseInterpolation: false;
  }
}
