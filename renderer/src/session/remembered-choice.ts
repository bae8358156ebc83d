/**
 * A choice the page keeps across reloads and tabs (localStorage), read back only when it is still
 * one of `allowed`: a stale or edited value falls back to the default.
 */
export function rememberedChoice<T extends string>(
  storage: Storage | undefined,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const saved = readSafely(storage, key);
  return allowed.find((choice) => choice === saved) ?? fallback;
}

export function rememberChoice(storage: Storage | undefined, key: string, choice: string): void {
  try {
    storage?.setItem(key, choice);
  } catch {
    // Storage full or forbidden (private mode): the choice lasts for this page only.
  }
}

function readSafely(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The page's localStorage, where the browser allows it. */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
