// The e2e tests read the page's texts from here.
export { en } from '@locales/en';
