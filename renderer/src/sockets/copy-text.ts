/** Why text did not reach the clipboard: none here (an insecure page), or the browser said no. */
export type CopyFailure = 'unavailable' | 'refused';

/** Puts text on the clipboard; resolves to why it failed, or undefined once it is there. */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
): Promise<CopyFailure | undefined> {
  if (!clipboard) return 'unavailable';
  try {
    await clipboard.writeText(text);
    return undefined;
  } catch {
    return 'refused';
  }
}
