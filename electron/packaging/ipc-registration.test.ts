import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRawIpc } from './raw-ipc';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The one file allowed to register IPC: it checks the sender and hands payloads to validation. */
const WRAPPER = 'electron/main/ipc-handler.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !path.split(/[\\/]/).includes('node_modules'))
    .map((path) => relative(projectRoot, join(projectRoot, folder, path)).replaceAll('\\', '/'));
}

describe('findRawIpc', () => {
  it.each([
    ["import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);", 2],
    ["import { ipcMain } from 'electron';\nipcMain['on']('x', () => 1);", 2],
    ["import { ipcMain as bus } from 'electron';\nbus.once('x', () => 1);", 2],
    ["import { ipcMain } from 'electron';\nconst main = ipcMain;\nmain.on('x', f);", 2],
    ["import { ipcMain } from 'electron';\nconst { handle } = ipcMain;", 2],
    ["import * as electron from 'electron';\nelectron.ipcMain.addListener('x', f);", 2],
    ["window.webContents.ipc.handle('x', () => 1);", 1],
    ["contents.ipc.on('x', f);", 1],
    ["export function listen(ipcMain: Bus) {\n  ipcMain.handle('x', f);\n}", 2],
    ["import type { IpcMain } from 'electron';\nexport function listen(bus: IpcMain) {}", 2],
  ])('flags %j', (source, line) => {
    expect(findRawIpc('fixture.ts', source).map((use) => use.line)).toContain(line);
  });

  it.each([
    "import { ipcMain } from 'electron';\nregisterCommandHandler({ ipcMain, window, backend, appUrl });",
    "import { ipcMain } from 'electron';\nregister({ ipcMain: ipcMain });\nwire(ipcMain);",
    "import { ipcRenderer } from 'electron';\nipcRenderer.on('x', f);",
    "emitter.on('ipcMain', f);",
  ])('lets %j be', (source) => {
    expect(findRawIpc('fixture.ts', source)).toEqual([]);
  });

  it("lets a test drive a fake named ipcMain, but not Electron's", () => {
    const fake = "const ipcMain = { handle: vi.fn() };\nipcMain.handle('x', f);";
    expect(findRawIpc('fixture.test.ts', fake)).toEqual([]);
    const real = "import { ipcMain } from 'electron';\nipcMain.handle('x', f);";
    expect(findRawIpc('fixture.test.ts', real)).toHaveLength(1);
  });
});

describe('IPC registration', () => {
  const files = [...sourceFiles('electron'), ...sourceFiles('renderer/src')];

  it('scans the main process, the preload and the wrapper itself', () => {
    expect(files).toEqual(
      expect.arrayContaining(['electron/main/index.ts', 'electron/preload/index.ts', WRAPPER]),
    );
  });

  it(`happens only in ${WRAPPER}: no raw ipcMain.handle/on anywhere else`, () => {
    const raw = files
      .filter((file) => file !== WRAPPER)
      .flatMap((file) =>
        findRawIpc(file, readFileSync(join(projectRoot, file), 'utf8')).map(
          (use) => `${file}:${use.line}: ${use.code}`,
        ),
      );
    expect(raw).toEqual([]);
  });
});
