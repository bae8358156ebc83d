import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Whether `file --version` runs: a tool the benchmarks compare with is on this machine. */
export async function hasCommand(file: string): Promise<boolean> {
  return promisify(execFile)(file, ['--version']).then(
    () => true,
    () => false,
  );
}
