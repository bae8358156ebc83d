/** Where browser mode names the back end that answers now (electron/browser-mode/instance-endpoint.ts). */
const INSTANCE_PATH = '/api/instance';
const STORAGE_KEY = 'socketscope.instance';

/** The id of the back end serving this page's origin now; undefined when none answers. */
export async function currentInstance(pageUrl: URL): Promise<string | undefined> {
  try {
    const response = await fetch(new URL(INSTANCE_PATH, pageUrl), { cache: 'no-store' });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { instance?: unknown };
    return typeof body.instance === 'string' ? body.instance : undefined;
  } catch {
    return undefined;
  }
}

/** The back end this tab last worked with, kept across reloads (sessionStorage). */
export const rememberedInstance = (storage: Storage): string | undefined =>
  storage.getItem(STORAGE_KEY) ?? undefined;

export function rememberInstance(storage: Storage, instance: string): void {
  storage.setItem(STORAGE_KEY, instance);
}
