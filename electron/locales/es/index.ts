import type { Texts } from '../texts';
import type { en } from '../en';
import { cli } from './cli';
import { menu } from './menu';
import { page } from './page';
import { problems } from './problems';

export const es: Texts<typeof en> = { ...page, problems, menu, cli };
