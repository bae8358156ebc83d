import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EchoServer } from '../shared/echo-server';

// Built into out/bench/, so the script is two levels up, in bench/echo/.
const SCRIPT = fileURLToPath(new URL('../../bench/echo/lesson_echo_server.py', import.meta.url));

/** The lesson's Python echo server, in its own python3 process; it exits when its stdin closes. */
export async function startPythonEcho(): Promise<EchoServer> {
  const child = spawn('python3', [SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    exited.then(() => {
      throw new Error(`python3 ${SCRIPT} exited before it listened.`);
    }),
  ])) as [string];
  lines.close();
  return {
    name: 'Python (lesson)',
    port: Number(line),
    async close() {
      child.stdin.end();
      await exited;
    },
  };
}
