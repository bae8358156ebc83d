import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/browser-mode';
import { randomPort, startServerAndClient } from './journeys/lesson';

test.skip(
  process.platform !== 'linux',
  'The socket table is read from /proc on Linux; other systems have parser tests only.',
);

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

test("the Lab server's LISTEN row appears tagged as the app's, and goes when the server stops", async ({
  page,
}) => {
  const port = randomPort();
  await page.getByLabel('Server port').fill(String(port));
  await page.getByRole('button', { name: 'Start server' }).click();
  const listener = page.getByRole('button', {
    name: new RegExp(`^Listening socket (server-\\d+) 127\\.0\\.0\\.1:${port} `),
  });
  await expect(listener).toContainText('socket table: LISTEN');
  const serverId = /server-\d+/.exec((await listener.getAttribute('aria-label')) ?? '')?.[0] ?? '';

  await page.getByRole('tab', { name: 'Sockets' }).click();
  await page.getByRole('tabpanel').getByLabel('Port', { exact: true }).fill(String(port));
  const table = page.getByRole('table', { name: 'Socket table' });
  const row = table.getByRole('row').filter({ hasText: `127.0.0.1:${port}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('LISTEN');
  await expect(row).toContainText(`Lab ${serverId}`);
  await expect(row.getByRole('cell').nth(4)).toHaveText(/^\d+$/);

  await page.getByLabel('Lab sockets only').check();
  await expect(row).toHaveCount(1);

  await page.getByRole('button', { name: `Show ${serverId} in the Lab` }).click();
  await expect(listener).toHaveAttribute('aria-pressed', 'true');
  // The focus follows the user to the socket they asked to see.
  await expect(listener).toBeFocused();
  await page.getByRole('button', { name: 'Stop server' }).click();
  await page.getByRole('tab', { name: 'Sockets' }).click();
  await page.getByRole('tabpanel').getByLabel('Port', { exact: true }).fill(String(port));
  await expect(table.getByRole('row').filter({ hasText: `127.0.0.1:${port}` })).toHaveCount(0, {
    timeout: 10_000,
  });
});

test('a client adds two ESTABLISHED rows, one per end, each named in the Lab', async ({ page }) => {
  const port = randomPort();
  await startServerAndClient(page, port);
  const diagram = page.getByRole('figure', { name: 'Socket diagram' });
  await expect(diagram.getByRole('button', { name: /^Client socket/ })).toContainText(
    'socket table: ESTABLISHED',
  );
  await expect(diagram.getByRole('button', { name: /^Accepted socket/ })).toContainText(
    'socket table: ESTABLISHED',
  );

  await page.getByRole('tab', { name: 'Sockets' }).click();
  await page.getByRole('tabpanel').getByLabel('Port', { exact: true }).fill(String(port));
  await page.getByRole('combobox', { name: 'State' }).selectOption('ESTABLISHED');
  const rows = page
    .getByRole('table', { name: 'Socket table' })
    .getByRole('row')
    .filter({ hasText: 'ESTABLISHED' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: /Lab client-\d+/ })).toHaveCount(1);
  await expect(rows.filter({ hasText: /Lab conn-\d+/ })).toHaveCount(1);
});

test('sorting orders the rows, and exports contain exactly the rows shown', async ({ page }) => {
  await page.getByRole('tab', { name: 'Sockets' }).click();
  await page.getByLabel('Listening only').check();
  const table = page.getByRole('table', { name: 'Socket table' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // Other tests' servers come and go on this machine: paused, the table holds still to be compared.
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Pause' }).click();
  await expect(panel.getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-pressed', 'true');

  await table.getByRole('button', { name: 'Local address' }).click();
  await expect(table.getByRole('columnheader', { name: 'Local address' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const shown = await table
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => row.querySelector('[data-testid="cell-local"]')?.textContent ?? ''),
    );
  const status = await page
    .getByRole('status')
    .filter({ hasText: /^Showing/ })
    .innerText();
  const total = Number(/Showing (\d+)/.exec(status)?.[1]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('protocol,local,remote,state,pid,program,sendQueue,recvQueue,lab');
  expect(lines).toHaveLength(total + 1);
  // The table draws only the rows in view; those are the export's first rows, in the same order.
  expect(lines.slice(1, shown.length + 1).map((line) => line.split(',')[1])).toEqual(shown);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const json = JSON.parse(await readFile((await (await jsonDownload).path()) ?? '', 'utf8')) as {
    state: string;
  }[];
  expect(json).toHaveLength(total);
  expect(json.every((row) => row.state === 'LISTEN' || row.state === 'UNCONN')).toBe(true);
});

test('a copy the clipboard refuses says so at the row, until a copy gets through', async ({
  page,
  context,
  app,
}) => {
  const origin = new URL(app.url).origin;
  const cdp = await context.newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  // As Electron did when its clipboard grant compared origins as strings (issue 15).
  await cdp.send('Browser.setPermission', {
    permission: { name: 'clipboard-write' },
    setting: 'denied',
    origin,
    browserContextId: targetInfo.browserContextId,
  });
  const port = randomPort();
  await page.getByLabel('Server port').fill(String(port));
  await page.getByRole('button', { name: 'Start server' }).click();
  await page.getByRole('tab', { name: 'Sockets' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('Port', { exact: true }).fill(String(port));
  const address = `127.0.0.1:${port}`;

  await panel.getByRole('button', { name: `Copy address ${address}` }).click();
  await expect(panel.getByRole('button', { name: `Not copied: ${address}. Try again` })).toHaveText(
    'Not copied',
  );
  await expect(panel.getByRole('alert')).toHaveText(
    `Could not copy ${address}: SocketScope was not allowed to use the clipboard. Select the address in the table and press Ctrl+C (⌘C on a Mac).`,
  );

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await panel.getByRole('button', { name: `Not copied: ${address}. Try again` }).click();
  await expect(panel.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(`copied ${address}`);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: `Copy address ${address}` })).toHaveText('Copy');
  // A string, as the page runs it: this file is type-checked for Node, which has no navigator.
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(address);
});
