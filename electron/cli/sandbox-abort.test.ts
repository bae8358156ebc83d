import { describe, expect, it } from 'vitest';
import { createSandboxAbortWatcher } from './sandbox-abort';

const ABORT_LINE =
  "[4711:1203/120000.000000:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /opt/SocketScope/chrome-sandbox is owned by root and has mode 4755.\n";

describe('createSandboxAbortWatcher', () => {
  it('sees the abort in one chunk, or split across chunks at any point', () => {
    for (let cut = 0; cut <= ABORT_LINE.length; cut += 7) {
      const watcher = createSandboxAbortWatcher();
      watcher.take('Gtk-Message: loading module\n'.repeat(3) + ABORT_LINE.slice(0, cut));
      watcher.take(ABORT_LINE.slice(cut));
      expect(watcher.seen, `cut at ${cut}`).toBe(true);
    }
  });

  it('sees nothing in an ordinary start, however long', () => {
    const watcher = createSandboxAbortWatcher();
    for (let i = 0; i < 1000; i++) watcher.take("[warn] GPU process isn't usable. Goodbye.\n");
    expect(watcher.seen).toBe(false);
  });
});
