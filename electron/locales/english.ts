import { translatorFor } from './translator';

/** English, for what the back end writes whoever reads it: logs, and the message field on the wire. */
export const inEnglish = translatorFor('en');
