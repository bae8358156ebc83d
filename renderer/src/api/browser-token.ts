const STORAGE_KEY = 'socketscope.token';

/**
 * Browser mode's access token arrives in the URL fragment (#token=...), which never reaches a
 * server log or a Referer header. It is kept for this tab only and removed from the address bar
 * so it is not bookmarked or shared by accident.
 */
export function takeBrowserToken(location: Location, history: History, storage: Storage): string | undefined {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY) ?? undefined;
}
