import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ServeProcess {
  /** The page address with its token, as serve.js printed it. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts browser mode (`outDir`/main/serve.js, built by electron-vite) on a random loopback port.
 * Another build's out/ serves that build's page and back end.
 */
export async function startServe(outDir = 'out'): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(outDir, 'main/serve.js'), '--port', '0', '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { pid, stdout } = child;
  if (pid === undefined || !stdout) throw new Error('serve.js did not start');
  // Every later line is read and dropped, so a full pipe never blocks the server.
  const lines = createInterface({ input: stdout });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('serve.js printed no URL in 30 s')), START_TIMEOUT_MS);
      lines.once('line', (line) => {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(
          new Error(`${outDir}/main/serve.js exited with ${String(code)} (did "electron-vite build" run?)`),
        );
      });
    });
    return { url, pid, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** A process's resident set size from /proc/PID/status, in bytes. */
export async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (kib === undefined) throw new Error(`No VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}
