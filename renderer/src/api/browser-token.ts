const STORAGE_KEY = 'socketscope.token';

/**
 * Browser mode's access token arrives in the URL fragment (#token=...), which never reaches a
 * server log or a Referer header (the page sends no referrer at all). It stays in the address
 * bar, so that the address there keeps working in a reload, a second tab or a bookmark; this
 * tab also keeps it, for a page reloaded without it.
 */
export function takeBrowserToken(location: Location, storage: Storage): string | undefined {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY) ?? undefined;
}
