import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { findElectronBinary } from '../electron/cli/electron-binary';
import { COMMAND_NAMES } from '../electron/contract/command-names';
import { randomPort, runLesson } from './journeys/lesson';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const binary = findElectronBinary({ projectRoot, env: process.env, platform: process.platform });
const skipReason = binary.found
  ? ''
  : `No Electron binary, so the desktop app cannot run here: ${binary.reason}`;
if (!binary.found) console.log(`Skipping the Electron e2e test. ${skipReason}`);

test.describe('desktop app', () => {
  test.skip(!binary.found, skipReason);

  let userDataDir: string;
  test.beforeEach(() => {
    userDataDir = mkdtempSync(join(tmpdir(), 'socketscope-e2e-'));
  });
  test.afterEach(() => rmSync(userDataDir, { recursive: true, force: true }));

  test('runs the lesson: a server, two clients, two echoes, then everything closed', async () => {
    if (!binary.found) return;
    expect(existsSync(join(projectRoot, 'out/main/index.js')), 'run "npm run build" first').toBe(true);
    // Loaded here so that this file loads, and skips, where the binary is missing.
    const { _electron } = await import('@playwright/test');
    const app = await _electron.launch({
      executablePath: binary.path,
      // Chromium refuses to run as root with its OS sandbox (CI containers); the page keeps sandbox: true.
      args: [projectRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, SOCKETSCOPE_USER_DATA_DIR: userDataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle(/SocketScope/);
      // The page has no Node, and the preload gave it the API object and nothing else.
      const exposed = await page.evaluate(() => {
        const scope = globalThis as { require?: unknown; process?: unknown; socketscope?: object };
        return {
          require: typeof scope.require,
          process: typeof scope.process,
          api: Object.keys(scope.socketscope ?? {}).sort(),
        };
      });
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        api: [...COMMAND_NAMES, 'subscribe', 'onMenuCommand', 'setMenuLanguage'].sort(),
      });
      // Served through the app's own protocol, never file://.
      expect(page.url()).toBe('app://socketscope/index.html');
      await runLesson(page, randomPort());

      // The application menu drives the page: switch to the Sockets view and back.
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('show-sockets')?.click());
      await expect(page.getByRole('tab', { name: 'Sockets' })).toHaveAttribute('aria-selected', 'true');
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('show-lab')?.click());
      await expect(page.getByRole('tab', { name: 'Lab' })).toHaveAttribute('aria-selected', 'true');
    } finally {
      await app.close();
    }
  });
});
