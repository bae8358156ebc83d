import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/browser-mode';
import { startServerAndClient } from './journeys/lesson';

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'SocketScope' })).toBeVisible();
});

test('step mode: an echo goes one write at a time, and the session can be replayed and exported', async ({
  page,
}) => {
  const diagram = page.getByRole('figure', { name: 'Socket diagram' });
  const log = page.getByRole('log', { name: 'Event log' });
  const card = await startServerAndClient(page);
  await expect(card.getByText('open', { exact: true })).toBeVisible();

  const stepSwitch = page.getByRole('switch', { name: 'Step mode' });
  await stepSwitch.click();
  await expect(stepSwitch).toBeChecked();
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeDisabled();
  await card.getByLabel('Message').fill('step by step');
  await card.getByRole('button', { name: 'Send' }).click();

  const queue = page.getByRole('list', { name: 'Writes waiting, oldest first' });
  await expect(queue.getByRole('listitem')).toHaveText([/client-\d+ send\(\) 12 B “step by step”/]);
  await expect(page.getByText('1 write is waiting (12 B).')).toBeVisible();
  await expect(log).toContainText('send(): 12 B “step by step” waits for its step (step mode)');
  const connection = diagram.getByRole('group', { name: /^Connection client-\d+ ↔ conn-\d+$/ });
  await expect(connection).not.toContainText('→ 12 B');

  // Next: the client's write leaves; the server receives it and its echo waits in turn.
  await next.click();
  await expect(connection).toContainText('→ 12 B “step by step”');
  await expect(queue.getByRole('listitem')).toHaveText([/conn-\d+ send\(\) 12 B “step by step”/]);
  await expect(connection).not.toContainText('← 12 B');

  await next.click();
  await expect(connection).toContainText('← 12 B echoed “step by step”');
  await expect(page.getByText('Nothing is waiting.')).toBeVisible();
  await expect(next).toBeDisabled();

  // Play releases on its own, at the chosen speed.
  await page.getByLabel('Speed').selectOption({ label: 'one every 0.2 s' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await card.getByLabel('Message').fill('played');
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(connection).toContainText('← 6 B echoed “played”');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await stepSwitch.click();
  await expect(stepSwitch).not.toBeChecked();
  await expect(queue).toBeHidden();

  // Back in time: the first log entry of the first send shows the Lab before any echo.
  await log
    .getByRole('button', { name: /send\(\): 12 B “step by step” waits/ })
    .first()
    .click();
  await expect(page.getByText(/^Showing the Lab right after event #\d+/)).toBeVisible();
  await expect(connection).not.toContainText('← 12 B');
  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(connection).toContainText('← 6 B echoed “played”');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session (JSON)' }).click();
  const session = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as {
    format: string;
    events: { type: string; bytes?: number }[];
  };
  expect(session.format).toBe('socketscope-session');
  const held = session.events.filter((event) => event.type === 'data-held');
  expect(held.map((event) => event.bytes)).toEqual([12, 12, 6, 6]);

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export sequence diagram (SVG)' }).click();
  const svg = await readFile(await (await svgDownload).path(), 'utf8');
  // Opened as an SVG document, the file must parse as XML and hold an arrow for each send.
  const svgPage = await page.context().newPage();
  await svgPage.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
  await expect(svgPage.locator('parsererror')).toHaveCount(0);
  await expect(svgPage.locator('line.arrow.data-sent')).toHaveCount(4);
  await svgPage.close();
});
