import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from './window-state';
import { windowStateFile } from './window-state-file';

const state: WindowState = { x: -1500, y: 40, width: 1100, height: 700, maximized: true };
let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'socketscope-window-'));
  path = join(dir, 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('windowStateFile', () => {
  it('writes small JSON that reads back the same, leaving no temporary file', () => {
    windowStateFile(path).write(state);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(state);
    expect(windowStateFile(path).read()).toEqual(state);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it('reads nothing from a missing or corrupt file', () => {
    expect(windowStateFile(path).read()).toBeUndefined();
    writeFileSync(path, '{"x":');
    expect(windowStateFile(path).read()).toBeUndefined();
    writeFileSync(path, Buffer.from([0xff, 0xfe, 0x00]));
    expect(windowStateFile(path).read()).toBeUndefined();
  });

  it('never writes a state that would not read back', () => {
    windowStateFile(path).write({ ...state, width: Number.NaN });
    expect(existsSync(path)).toBe(false);
  });

  it('logs, and does not throw, when the folder cannot be written', () => {
    const log = vi.fn();
    expect(() => windowStateFile(join(dir, 'missing', 'window-state.json'), log).write(state)).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ code: 'ENOENT' }));
  });
});
