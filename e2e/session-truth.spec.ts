import { expect, test } from './fixtures/browser-mode';
import { randomPort } from './journeys/lesson';

test('a reload continues the session: events, call trails, code language and a working address', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Server port').fill(String(randomPort()));
  await page.getByRole('button', { name: 'Start server' }).click();
  await page.getByRole('button', { name: 'Add client' }).click();
  const card = page.getByRole('region', { name: /^Client client-\d+$/ });
  await card.getByRole('button', { name: 'Send' }).click();
  const clientCalls = page
    .getByRole('figure', { name: /^Client program/ })
    .getByRole('list', { name: 'Calls made, in order' })
    .getByRole('listitem');
  const trail = ['socket()', 'connect()', 'send() 52 B', 'recv() 52 B'];
  await expect(clientCalls).toHaveText(trail);
  await page.getByLabel('Code language').selectOption('node');
  const log = page.getByRole('log', { name: 'Event log' });
  await expect(log).toContainText('52 B');
  const before = await log.getByRole('listitem').count();

  await page.reload();
  await expect(clientCalls).toHaveText(trail);
  await expect(page.getByLabel('Code language')).toHaveValue('node');
  await expect(log.getByRole('listitem')).toHaveCount(before);

  // The address bar still holds an address that works, in a second tab too.
  const second = await page.context().newPage();
  await second.goto(page.url());
  await expect(
    second.getByRole('list', { name: 'Calls made, in order' }).last().getByRole('listitem'),
  ).toHaveText(trail);
});
