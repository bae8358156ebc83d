import { expect, test } from './fixtures/browser-mode';
import { randomPort } from './journeys/lesson';

test('the programs follow the lesson, line by line, in Python and in Node', async ({ page, app }) => {
  await page.goto(app.url);
  const server = page.getByRole('figure', { name: /^Server program/ });
  const client = page.getByRole('figure', { name: /^Client program/ });
  const lit = (program: typeof server) => program.locator('[aria-current="step"]');

  await page.getByLabel('Server port').fill(String(randomPort()));
  await page.getByRole('button', { name: 'Start server' }).click();
  await expect(lit(server)).toHaveText('    s.listen()');

  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(lit(client)).toHaveText('    s.connect((HOST, PORT))');
  await expect(lit(server)).toHaveText('    conn, addr = s.accept()');

  await page
    .getByRole('region', { name: /^Client client-\d+$/ })
    .getByRole('button', { name: 'Send' })
    .click();
  await expect(lit(client)).toHaveText('    data = s.recv(1024)');
  await expect(lit(server)).toHaveText('            conn.sendall(data)');

  await page.getByLabel('Code language').selectOption('node');
  await expect(lit(client)).toHaveText("socket.on('data', (data) => console.log('Received', data));");
  await expect(lit(server)).toHaveText('    conn.write(data);');

  await page
    .getByRole('region', { name: /^Client client-\d+$/ })
    .getByRole('button', { name: 'Half-close' })
    .click();
  await expect(lit(server)).toHaveText("  conn.on('close', () => console.log('closed'));");
  await page.getByLabel('Code language').selectOption('python');
  await expect(lit(server)).toHaveText('# leaving "with" closes conn, then s');
});
