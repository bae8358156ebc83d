import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export type RunProgram = (file: string, args: readonly string[]) => Promise<string>;

/** A program's standard output; no shell in between. */
export const runProgram: RunProgram = async (file, args) => {
  const { stdout } = await execFileAsync(file, args, {
    timeout: 5000,
    maxBuffer: 32 * 1024 * 1024,
    // Otherwise Windows flashes a console window on every scan.
    windowsHide: true,
  });
  return stdout;
};
