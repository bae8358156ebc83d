import { expect, test } from './fixtures/browser-mode';
import { randomPort } from './journeys/lesson';
import type { Page } from '@playwright/test';

const program = (page: Page, side: 'Server' | 'Client') =>
  page.getByRole('figure', { name: new RegExp(`^${side} program`) });
const code = (page: Page, side: 'Server' | 'Client') => program(page, side).locator('pre');
const calls = (page: Page, side: 'Server' | 'Client') =>
  program(page, side).getByRole('list', { name: 'Calls made, in order' }).getByRole('listitem');

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

test('UDP on port 6000 with a 16-byte buffer: the programs are UDP ones, with those settings', async ({
  page,
}) => {
  await page.getByRole('tabpanel').getByLabel('Protocol').selectOption('udp');
  await page.getByLabel('Server port').fill('6000');
  await page.getByLabel('Receive buffer (bytes)').fill('16');
  await page.getByRole('button', { name: 'Start server' }).click();
  await page.getByRole('button', { name: 'Add client' }).click();
  const card = page.getByRole('region', { name: /^Client client-\d+$/ });
  await card.getByLabel('Message').fill('my own words');
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(calls(page, 'Client')).toContainText(['sendto() 12 B', 'recvfrom() 12 B']);

  for (const side of ['Server', 'Client'] as const) {
    await expect(code(page, side)).toContainText('socket.SOCK_DGRAM');
    await expect(code(page, side)).toContainText('recvfrom(16)');
    await expect(code(page, side)).toContainText('HOST, PORT = "127.0.0.1", 6000');
    await expect(code(page, side)).not.toContainText(/SOCK_STREAM|listen\(|accept\(/);
  }
  await expect(code(page, 'Client')).toContainText('s.sendto(b"my own words", (HOST, PORT))');
  await expect(code(page, 'Server')).toContainText('s.sendto(data, addr)');
  await expect(program(page, 'Server').locator('[aria-current="step"]')).toHaveText(
    '        s.sendto(data, addr)',
  );

  await page.getByLabel('Code language').selectOption('node');
  for (const side of ['Server', 'Client'] as const) {
    await expect(code(page, side)).toContainText("dgram.createSocket('udp4')");
    await expect(code(page, side)).toContainText('PORT = 6000, RECV_BUFFER = 16');
    await expect(code(page, side)).not.toContainText(/net\.|listen\(|accept/);
  }
  await expect(code(page, 'Client')).toContainText("socket.send('my own words', PORT, HOST);");
});

test('TCP: the port and buffer the server runs with are in both programs, in both languages', async ({
  page,
}) => {
  const port = randomPort();
  await page.getByLabel('Server port').fill(String(port));
  await page.getByLabel('Receive buffer (bytes)').fill('16');
  await page.getByRole('button', { name: 'Start server' }).click();
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(code(page, 'Server')).toContainText(`HOST, PORT = "127.0.0.1", ${port}`);
  await expect(code(page, 'Server')).toContainText('conn.recv(16)');
  await expect(code(page, 'Client')).toContainText('s.recv(16)');
  await page.getByLabel('Code language').selectOption('node');
  for (const side of ['Server', 'Client'] as const) {
    await expect(code(page, side)).toContainText(`PORT = ${port}, RECV_BUFFER = 16`);
  }
  await expect(code(page, 'Server')).toContainText('net.createServer');
});

test('with two clients, a send from the first shows its own programs and calls', async ({ page }) => {
  await page.getByLabel('Server port').fill(String(randomPort()));
  await page.getByRole('button', { name: 'Start server' }).click();
  const add = page.getByRole('button', { name: 'Add client' });
  await add.click();
  await expect(program(page, 'Server')).toHaveAccessibleName('Server program (conn-1)');
  await add.click();
  await expect(program(page, 'Client')).toHaveAccessibleName('Client program (client-2)');
  await expect(program(page, 'Server')).toHaveAccessibleName('Server program (conn-2)');
  const first = page.getByRole('region', { name: 'Client client-1', exact: true });
  await first.getByRole('button', { name: 'Send' }).click();
  await expect(calls(page, 'Client')).toHaveText(['socket()', 'connect()', 'send() 52 B', 'recv() 52 B']);
  await expect(program(page, 'Client')).toHaveAccessibleName('Client program (client-1)');
  await expect(program(page, 'Server')).toHaveAccessibleName('Server program (conn-1)');
  await expect(calls(page, 'Server')).toHaveText([
    'socket()',
    'bind()',
    'listen()',
    'accept()',
    'recv() 52 B',
    'send() 52 B',
  ]);
});

test('step mode: Send then Next counts send() once', async ({ page }) => {
  await page.getByLabel('Server port').fill(String(randomPort()));
  await page.getByRole('button', { name: 'Start server' }).click();
  await page.getByRole('button', { name: 'Add client' }).click();
  const card = page.getByRole('region', { name: /^Client client-\d+$/ });
  await expect(card.getByText('open', { exact: true })).toBeVisible();
  await page.getByRole('switch', { name: 'Step mode' }).click();
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(calls(page, 'Client')).toHaveText(['socket()', 'connect()', 'send() 52 B']);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText(/^1 write is waiting/)).toBeVisible();
  await expect(calls(page, 'Client')).toHaveText(['socket()', 'connect()', 'send() 52 B']);
});
