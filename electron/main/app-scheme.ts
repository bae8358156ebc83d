import type { CustomScheme } from 'electron';

/** The built renderer is served as app://socketscope/..., never from file:. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'socketscope';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before the app is ready. standard: relative URLs, a real origin for 'self' in the
 * CSP and for web storage; secure: treated like https. Deliberately not corsEnabled (it would let
 * other origins read these files) nor bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};
