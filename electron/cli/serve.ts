import { translatorFor } from '../locales/translator';
import { cliLanguage } from './cli-language';
import { serveUntilSignalled } from './serve-process';

/** `npm run serve`: browser mode on purpose. */

void serveUntilSignalled(process.argv.slice(2), translatorFor(cliLanguage(process.env)));
