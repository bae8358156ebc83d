import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The rules of eslint.config.js that keep IPC registration inside electron/main/ipc-handler.ts. */
const IPC_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: projectRoot });

async function ipcLines(file: string, source: string): Promise<number[]> {
  const [result] = await eslint.lintText(source, { filePath: join(projectRoot, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && IPC_RULES.has(message.ruleId))
    .map((message) => message.line);
}

describe('the lint rule on IPC registration', () => {
  it.each([
    ["import { ipcMain } from 'electron';\nregister({ ipcMain });", 1],
    ["ipcMain.handle('x', () => 1);", 1],
    ["ipcMain['on']('x', () => 1);", 1],
    ["import { ipcMain as bus } from 'electron';", 1],
    ["const main = ipcMain;\nmain.on('x', f);", 1],
    ['const { handle } = ipcMain;', 1],
    ["const { ipcMain: bus } = require('electron');", 1],
    ["import * as electron from 'electron';\nelectron.ipcMain.addListener('x', f);", 2],
    ["window.webContents.ipc.handle('x', () => 1);", 1],
    ["contents.ipc['once']('x', f);", 1],
    ["export function listen(ipcMain: Bus) {\n  ipcMain.handle('x', f);\n}", 2],
    ["import type { IpcMain } from 'electron';", 1],
    ['export function listen(bus: Electron.IpcMain) {}', 1],
  ])('flags %j in the main process', async (source, line) => {
    expect(await ipcLines('electron/main/fixture.ts', source)).toContain(line);
  });

  it('lets electron/main/index.ts take ipcMain and hand it on, and nothing more', async () => {
    const handedOn =
      "import { ipcMain } from 'electron';\nregister({ ipcMain, window });\nwire({ ipcMain: ipcMain });";
    expect(await ipcLines('electron/main/index.ts', handedOn)).toEqual([]);
    const listens = "import { ipcMain } from 'electron';\nipcMain.on('x', f);";
    expect(await ipcLines('electron/main/index.ts', listens)).toEqual([2]);
  });

  it.each(["import { ipcRenderer } from 'electron';\nipcRenderer.on('x', f);", "emitter.on('ipcMain', f);"])(
    'lets %j be',
    async (source) => {
      expect(await ipcLines('electron/preload/fixture.ts', source)).toEqual([]);
    },
  );

  it("lets a test drive a fake named ipcMain, but not Electron's", async () => {
    const fake = "const ipcMain = { handle: vi.fn() };\nipcMain.handle('x', f);";
    expect(await ipcLines('electron/main/fixture.test.ts', fake)).toEqual([]);
    const real = "import { ipcMain } from 'electron';\nipcMain.handle('x', f);";
    expect(await ipcLines('electron/main/fixture.test.ts', real)).toEqual([1]);
  });

  it('lets the wrapper itself register IPC', async () => {
    const wrapper = "export function listen(ipcMain: IpcMain) {\n  ipcMain.handle('x', f);\n}";
    expect(await ipcLines('electron/main/ipc-handler.ts', wrapper)).toEqual([]);
  });
});
