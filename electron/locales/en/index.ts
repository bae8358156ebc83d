import { cli } from './cli';
import { menu } from './menu';
import { page } from './page';
import { problems } from './problems';

/** Every English text of SocketScope: the page's, the problems', the menu's, the command line's. */
export const en = { ...page, problems, menu, cli };
