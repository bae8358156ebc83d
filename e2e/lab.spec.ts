import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { expect, test } from './fixtures/browser-mode';
import { connectError, randomPort, runLesson, startServerAndClient } from './journeys/lesson';

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'SocketScope' })).toBeVisible();
});

test('the lesson: a server, two clients, both echoes, then every socket closed', async ({ page }) => {
  await runLesson(page, randomPort());
});

test('a port out of range is explained at the field and opens nothing', async ({ page }) => {
  const port = page.getByLabel('Server port');
  await port.fill('70000');
  await page.getByRole('button', { name: 'Start server' }).click();
  await expect(page.getByText('Ports go from 0 to 65535; 70000 is outside that range.')).toBeVisible();
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('figure', { name: 'Socket diagram' }).getByRole('button')).toHaveCount(0);

  await page.getByLabel('Server address').fill('999.1.1.1');
  await port.fill('5346');
  await page.getByRole('button', { name: 'Start server' }).click();
  await expect(
    page.getByText('"999.1.1.1" is not a valid IPv4 address: 999 is not between 0 and 255.'),
  ).toBeVisible();
});

test.describe('with the port already taken by another program', () => {
  let blocker: Server;
  let port: number;
  test.beforeEach(async () => {
    blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    port = (blocker.address() as { port: number }).port;
  });
  test.afterEach(() => blocker.close());

  test('starting the server explains EADDRINUSE, and the other program keeps its port', async ({ page }) => {
    await page.getByLabel('Server port').fill(String(port));
    await page.getByRole('button', { name: 'Start server' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'EADDRINUSE' })).toContainText(
      `another socket already listens on 127.0.0.1:${port}`,
    );
    // This test's own process holds the port, and the socket table says so.
    await expect(page.getByRole('alert').filter({ hasText: 'EADDRINUSE' })).toContainText(
      `(PID ${process.pid})`,
    );
    await expect(page.getByRole('button', { name: 'Start server' })).toBeEnabled();
    expect(await connectError(port)).toBe('connected');
  });
});

test('a client to a port where nothing listens explains ECONNREFUSED', async ({ page }) => {
  const closed = createServer();
  closed.listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const port = (closed.address() as { port: number }).port;
  closed.close();
  await once(closed, 'close');

  await page.getByLabel('Server port').fill(String(port));
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ECONNREFUSED' }).first()).toContainText(
    `nothing listens on 127.0.0.1:${port}`,
  );
});

test('switching to Spanish translates the Lab', async ({ page }) => {
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(page.getByRole('button', { name: 'Iniciar servidor' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Diagrama de sockets' })).toBeVisible();
  await expect(page.getByLabel('Puerto del servidor')).toHaveValue('5346');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('UDP: a bound server, a client, one datagram each way, and no connection', async ({ page }) => {
  const port = randomPort();
  await page.getByRole('tabpanel').getByLabel('Protocol').selectOption('udp');
  await page.getByLabel('Server port').fill(String(port));
  await page.getByRole('button', { name: 'Start server' }).click();
  const diagram = page.getByRole('figure', { name: 'Socket diagram' });
  await expect(
    diagram.getByRole('button', {
      name: new RegExp(`^UDP server socket server-\\d+ 127\\.0\\.0\\.1:${port} \\(open\\)$`),
    }),
  ).toBeVisible();
  await expect(page.getByText(`Bound to 127.0.0.1:${port} (UDP does not listen)`)).toBeVisible();

  await page.getByRole('button', { name: 'Add client' }).click();
  const card = page.getByRole('region', { name: /^Client client-\d+$/ });
  await expect(card.getByRole('button', { name: 'Half-close' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Send' }).click();

  const datagrams = diagram.getByRole('group', { name: /^Datagrams client-\d+ ↔ server-\d+$/ });
  await expect(datagrams).toContainText('no connection');
  await expect(datagrams).toContainText('← 52 B echoed “Hello world!');
  const log = page.getByRole('log', { name: 'Event log' });
  await expect(log.getByText(/recvfrom\(\): a whole datagram of 52 B from 127\.0\.0\.1:\d+/)).toHaveCount(2);
  await expect(log.getByText(/listen\(\)|accept\(\)/)).toHaveCount(0);
});

test('clicking an event shows its bytes as text and hex, and highlights its socket', async ({ page }) => {
  const card = await startServerAndClient(page);
  await card.getByRole('button', { name: 'Send' }).click();

  const log = page.getByRole('log', { name: 'Event log' });
  await log.getByRole('button', { name: /client-\d+ recv\(\): 52 B/ }).click();
  const details = page.getByRole('region', { name: /^Details of event \d+$/ });
  await expect(details).toContainText('48 65 6c 6c 6f 20 77 6f 72 6c 64 21');
  await expect(details).toContainText('Hello world! This is an echo server made with python');
  await expect(details).toContainText('recv() slices52');
  // How long after the client's send the echo came back, to the microsecond.
  await expect(details).toContainText(/Since its previous event\d+\.\d{3} ms \(after #\d+\)/);
  const diagram = page.getByRole('figure', { name: 'Socket diagram' });
  await expect(diagram.getByRole('button', { name: /^Client socket client-\d+/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a burst over TCP: five sends, one byte stream, every byte echoed', async ({ page }) => {
  const card = await startServerAndClient(page);
  await card.getByRole('button', { name: 'Burst ×5' }).click();
  await expect(card).toContainText('Sent 260 B in total');
  await expect(card).toContainText('Echo received: 260 B in total');
  const log = page.getByRole('log', { name: 'Event log' });
  await expect(log.getByRole('button', { name: /client-\d+ send\(\): 52 B/ })).toHaveCount(5);
});

test('bad input in the forms is explained at its field, and nothing already open is disturbed', async ({
  page,
}) => {
  test.slow(true, 'typing a message of more than 1 MiB into the page takes a while');
  const port = randomPort();
  const card = await startServerAndClient(page, port);
  await expect(card.getByText('open', { exact: true })).toBeVisible();

  // A message over the 1 MiB limit, then bytes that are not hex.
  const message = card.getByLabel('Message');
  await message.fill('x'.repeat(1024 * 1024 + 1));
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(
    card.getByText('The message is 1048577 bytes; the most one send can carry is 1048576 bytes.'),
  ).toBeVisible();
  await card.getByLabel('Encoding').selectOption('hex');
  await message.fill('zz 41');
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(card.getByText(/Hex is pairs of the digits 0-9 and a-f.*"zz 41" is not\./)).toBeVisible();
  await expect(message).toHaveAttribute('aria-invalid', 'true');

  // The running server and client were not touched: one more echo works.
  await message.fill('48 69');
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(card).toContainText('Echo received: 2 B in total');
  await expect(page.getByText(`Listening on 127.0.0.1:${port}`)).toBeVisible();
});

test.describe('the stage at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('with three clients, the third client’s Send is in view together with the diagram', async ({
    page,
  }) => {
    await startServerAndClient(page);
    const addClient = page.getByRole('button', { name: 'Add client' });
    await addClient.click();
    await addClient.click();
    const cards = page.getByRole('region', { name: /^Client client-\d+$/ });
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(2).getByText('open', { exact: true })).toBeVisible();
    const send = cards.nth(2).getByRole('button', { name: 'Send' });
    await send.click();
    await expect(cards.nth(2)).toContainText('Echo received');
    await page.mouse.wheel(0, -10_000);
    await expect(send).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('figure', { name: 'Socket diagram' })).toBeInViewport();
  });
});

test('while the past is shown, Send is off; Back to live is one click and Send works again', async ({
  page,
}) => {
  const card = await startServerAndClient(page);
  const send = card.getByRole('button', { name: 'Send' });
  await send.click();
  await expect(card).toContainText('Echo received: 52 B in total');

  await page.getByRole('log', { name: 'Event log' }).getByRole('button').first().click();
  await expect(page.getByText(/^Showing the Lab right after event #\d+/)).toBeVisible();
  await expect(page.getByText('You are looking at the past')).toBeVisible();
  await expect(send).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add client' })).toBeDisabled();

  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(send).toBeEnabled();
  await send.click();
  await expect(card).toContainText('Echo received: 104 B in total');
});

test('the timeline names events by the log’s own numbers', async ({ page }) => {
  const card = await startServerAndClient(page);
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(card).toContainText('Echo received');
  const log = page.getByRole('log', { name: 'Event log' });
  const entry = log.getByRole('button', { name: /client-\d+ send\(\): 52 B/ });
  const seq = /#(\d+)/.exec(await entry.innerText())?.[1];
  await entry.click();
  await expect(page.getByText(`Showing the Lab right after event #${seq} `)).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Moment shown in the diagram' })).toHaveAttribute(
    'aria-valuetext',
    `After event #${seq}`,
  );
});

test('Enter sends the message; Shift+Enter starts a new line instead', async ({ page }) => {
  const card = await startServerAndClient(page);
  const message = card.getByLabel('Message');
  await expect(card.getByText('open', { exact: true })).toBeVisible();
  await message.fill('one');
  await message.press('Shift+Enter');
  await message.pressSequentially('two');
  await expect(message).toHaveValue('one\ntwo');
  await expect(card).not.toContainText('Sent');
  await message.press('Enter');
  await expect(card).toContainText('Echo received: 7 B in total');
  await expect(message).toHaveValue('one\ntwo');
});
