import { isAppDocument } from './app-location';

/** True when an IPC message's frame shows the app's own page, and nothing else. */
export function isTrustedSender(senderUrl: string, appUrl: string): boolean {
  return isAppDocument(senderUrl, appUrl, { ignoreSearch: true });
}

/** The parts of an Electron IPC event the sender check reads. */
export interface IpcSenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * True when the message comes from the top frame of our window's web contents and that frame
 * shows the app. A frame that has navigated away or been destroyed has no senderFrame: refused.
 */
export function isFromAppMainFrame(event: IpcSenderEvent, webContentsId: number, appUrl: string): boolean {
  const frame = event.senderFrame;
  return (
    event.sender.id === webContentsId &&
    frame !== null &&
    frame.parent === null &&
    isTrustedSender(frame.url, appUrl)
  );
}
