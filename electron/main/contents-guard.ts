import type { WebContents } from 'electron';
import { externalLinkToOpen, isNavigationAllowed } from './navigation-policy';

export interface ContentsGuardOptions {
  appUrl: string;
  /** shell.openExternal; only ever given https URLs. */
  openExternal: (url: string) => Promise<void>;
}

/**
 * Applied to every web contents the app creates (app 'web-contents-created'): no navigation away
 * from the app's page, no new windows (https links go to the system browser), no <webview>.
 */
export function guardWebContents(
  contents: WebContents,
  { appUrl, openExternal }: ContentsGuardOptions,
): void {
  const refuseNavigation = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkToOpen(url);
    if (external !== undefined) {
      openExternal(external).catch((error: unknown) => console.error('SocketScope: could not open', error));
    }
    return { action: 'deny' };
  });
}
