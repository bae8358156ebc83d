/**
 * What Chromium prints when Linux will not let Electron's sandbox start: on Ubuntu 23.10 and
 * later, AppArmor restricts unprivileged user namespaces, and a chrome-sandbox that is not
 * setuid root cannot stand in (electron/electron#42510).
 */
const SANDBOX_ABORT = 'The SUID sandbox helper binary was found, but is not configured correctly';

/**
 * Watches Electron's standard error, chunk by chunk, for the sandbox abort; keeps only a short
 * tail between chunks, so it costs nothing however much Electron prints.
 */
export function createSandboxAbortWatcher(): { take(chunk: string): void; readonly seen: boolean } {
  let tail = '';
  let seen = false;
  return {
    take(chunk) {
      if (seen) return;
      const text = tail + chunk;
      seen = text.includes(SANDBOX_ABORT);
      tail = text.slice(-SANDBOX_ABORT.length);
    },
    get seen() {
      return seen;
    },
  };
}
