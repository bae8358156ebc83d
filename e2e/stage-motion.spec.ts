import { expect, test } from './fixtures/browser-mode';
import { startServerAndClient } from './journeys/lesson';
import type { Locator, Page } from '@playwright/test';

test.beforeEach(async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'SocketScope' })).toBeVisible();
});

interface DrawnStep {
  kind: string;
  socket?: string;
  direction?: string;
  bytes?: number;
  packet?: string;
}

/** The stage's own record of what it drew, in the order it drew it. */
function drawnSteps(page: Page): Promise<DrawnStep[]> {
  return page
    .getByTestId('drawn-steps')
    .locator('li')
    .evaluateAll((items) =>
      items.map((item) => {
        const data = (name: string) => item.getAttribute(`data-${name}`) ?? undefined;
        const bytes = data('bytes');
        return {
          kind: data('kind') ?? '',
          socket: data('socket'),
          direction: data('direction'),
          bytes: bytes === undefined ? undefined : Number(bytes),
          packet: data('packet'),
        };
      }),
    );
}

const connectionOf = (page: Page): Locator =>
  page
    .getByRole('figure', { name: 'Socket diagram' })
    .getByRole('group', { name: /^Connection client-\d+ ↔ conn-\d+$/ });

test('a 5,000-byte send at recv(1024): read in five slices, and only then echoed', async ({ page }) => {
  const card = await startServerAndClient(page);
  const connection = connectionOf(page);
  await expect(connection.getByRole('group', { name: 'Requests, to the server' })).toBeVisible();
  await expect
    .poll(async () => (await drawnSteps(page)).map((step) => step.packet ?? step.kind))
    .toEqual(['SYN', 'SYN-ACK', 'ACK']);

  await card.getByLabel('Message').fill('x'.repeat(5000));
  await card.getByRole('button', { name: 'Send' }).click();
  const serverBuffer = connection.getByRole('group', { name: /^receive buffer of conn-\d+$/ });
  await expect(
    serverBuffer.getByRole('list', { name: 'recv(1024) returned' }).getByRole('listitem'),
  ).toHaveText(['1024 B', '1024 B', '1024 B', '1024 B', '904 B'], { timeout: 15_000 });
  const clientBuffer = connection.getByRole('group', { name: /^receive buffer of client-\d+$/ });
  await expect(
    clientBuffer.getByRole('list', { name: 'recv(1024) returned' }).getByRole('listitem'),
  ).toHaveCount(5, {
    timeout: 15_000,
  });

  const steps = (await drawnSteps(page)).filter((step) => step.kind !== 'kernel');
  const request = steps.findIndex((step) => step.kind === 'send' && step.direction === 'to-server');
  const arrival = steps.findIndex((step) => step.kind === 'arrive' && step.direction === 'to-server');
  const lastRead = steps.findLastIndex((step) => step.kind === 'read' && step.direction === 'to-server');
  const echo = steps.findIndex((step) => step.kind === 'send' && step.direction === 'to-client');
  expect(request).toBeGreaterThanOrEqual(0);
  expect(arrival).toBeGreaterThan(request);
  expect(echo).toBeGreaterThan(lastRead);
  expect(steps.slice(arrival + 1, lastRead + 1).map((step) => step.bytes)).toEqual([
    1024, 1024, 1024, 1024, 904,
  ]);
});

test('a half-close shows the half-open state until the server ends its side', async ({ page }) => {
  const card = await startServerAndClient(page);
  const connection = connectionOf(page);
  await expect(connection.getByRole('group', { name: 'Requests, to the server' })).toBeVisible();
  // Step mode holds the server's echo, and with it the server's own end.
  await page.getByRole('switch', { name: 'Step mode' }).click();
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await card.getByLabel('Message').fill('bye');
  await card.getByRole('button', { name: 'Send' }).click();
  await card.getByRole('button', { name: 'Half-close' }).click();
  await next.click();

  const halfOpen = connection.getByText(/^half-open client-\d+ has ended its side \(FIN\)/);
  await expect(halfOpen).toBeVisible({ timeout: 10_000 });
  // The server has not ended: the state stays while its echo is held.
  await page.waitForTimeout(1500);
  await expect(halfOpen).toBeVisible();
  expect((await drawnSteps(page)).filter((step) => step.packet === 'FIN')).toHaveLength(1);

  await next.click();
  await expect(connection.getByText('ended: a FIN each way')).toBeVisible({ timeout: 10_000 });
  await expect(halfOpen).toHaveCount(0);
  const fins = (await drawnSteps(page)).filter((step) => step.packet === 'FIN');
  expect(fins.map((step) => step.direction)).toEqual(['to-server', 'to-client']);
});

test('switching to Sockets and back replays nothing', async ({ page }) => {
  const card = await startServerAndClient(page);
  const connection = connectionOf(page);
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(connection).toContainText('echoed');
  await expect
    .poll(async () =>
      (await drawnSteps(page)).some((step) => step.kind === 'read' && step.direction === 'to-client'),
    )
    .toBe(true);
  await expect(page.getByText(/^Now: /)).toHaveCount(0, { timeout: 10_000 });
  const before = await drawnSteps(page);

  await page.getByRole('tab', { name: 'Sockets' }).click();
  await page.getByRole('tab', { name: 'Lab' }).click();
  // Nothing travels, nothing is drawn again, and the caption says nothing happens now.
  for (let sample = 0; sample < 5; sample += 1) {
    await expect(connection.getByTitle(/./)).toHaveCount(0);
    await page.waitForTimeout(100);
  }
  await expect(page.getByText(/^Now: /)).toHaveCount(0);
  expect(await drawnSteps(page)).toEqual(before);
});
