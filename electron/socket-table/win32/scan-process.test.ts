import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createScanProcess, type ScanProcess } from './scan-process';

const STAND_IN = fileURLToPath(new URL('./test-support/stand-in-powershell.mjs', import.meta.url));
const opened: ScanProcess[] = [];
const children: ChildProcess[] = [];
const closed = new WeakSet<ChildProcess>();

function standIn(mode: string, timeoutMs = 5000): { process: ScanProcess; starts: () => number } {
  let starts = 0;
  const scanProcess = createScanProcess({
    start: () => {
      starts += 1;
      const child = spawn(process.execPath, [STAND_IN, mode]);
      children.push(child);
      child.on('close', () => closed.add(child));
      return child;
    },
    timeoutMs,
  });
  opened.push(scanProcess);
  return { process: scanProcess, starts: () => starts };
}

const childHandles = () =>
  process.getActiveResourcesInfo().filter((kind) => kind === 'ProcessWrap' || kind === 'PipeWrap').length;

afterEach(async () => {
  for (const scanProcess of opened.splice(0)) scanProcess.close();
  // Gone for good, so that the next test counts only its own child's handles.
  await Promise.all(children.splice(0).map((child) => closed.has(child) || once(child, 'close')));
});

describe('createScanProcess with a stand-in child', () => {
  it('answers every scan from one child, each reply whole though it came in pieces', async () => {
    const { process: scanProcess, starts } = standIn('answer');
    const first = await scanProcess.query();
    const second = await scanProcess.query();
    expect(first).toHaveLength(3);
    expect(first[0]).toMatch(/^tcp\t127\.0\.0\.1\t5346\t0\.0\.0\.0\t0\tListen\t\d+$/);
    expect(first[2]).toMatch(/\tstand-in 1$/);
    expect(second[2]).toMatch(/\tstand-in 2$/);
    expect(second[2]?.split('\t')[1]).toBe(first[2]?.split('\t')[1]);
    expect(starts()).toBe(1);
  });

  it('answers queries asked at once in turn, each with its own reply', async () => {
    const { process: scanProcess } = standIn('answer');
    const replies = await Promise.all([scanProcess.query(), scanProcess.query(), scanProcess.query()]);
    expect(replies.map((lines) => lines[2]?.split('\t')[2])).toEqual([
      'stand-in 1',
      'stand-in 2',
      'stand-in 3',
    ]);
  });

  it('holds the event loop only while a scan is waiting', async () => {
    const before = childHandles();
    const { process: scanProcess } = standIn('answer');
    const reply = scanProcess.query();
    await new Promise(setImmediate);
    expect(childHandles()).toBe(before + 4);
    await reply;
    expect(childHandles()).toBe(before);
  });

  it('rejects this scan and every later one once the child exits, and starts no other', async () => {
    const { process: scanProcess, starts } = standIn('exit-after-one');
    await scanProcess.query();
    await expect(scanProcess.query()).rejects.toThrow('The scan process ended (3).');
    await expect(scanProcess.query()).rejects.toThrow('The scan process ended (3).');
    expect(starts()).toBe(1);
  });

  it('ends a child that does not answer in time', async () => {
    const { process: scanProcess } = standIn('silent', 300);
    await expect(scanProcess.query()).rejects.toThrow('no answer within 300 ms');
  });

  it('rejects when the child cannot start', async () => {
    const scanProcess = createScanProcess({
      start: () => spawn('/nonexistent/powershell.exe', []),
      timeoutMs: 5000,
    });
    opened.push(scanProcess);
    await expect(scanProcess.query()).rejects.toThrow('ENOENT');
  });
});
