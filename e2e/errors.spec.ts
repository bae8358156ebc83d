import { expect, test, unprivilegedUnavailable } from './fixtures/browser-mode';

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

const outcome = (page: import('@playwright/test').Page) =>
  page.getByRole('status', { name: 'What happened' });

test.describe('errors that teach, one click each', () => {
  test('port already in use', async ({ page }) => {
    await page.getByRole('button', { name: 'Port already in use' }).click();
    await expect(outcome(page)).toContainText(
      'EADDRINUSE: Address already in use: another socket already listens on 127.0.0.1:',
    );
    await expect(
      page.getByRole('log', { name: 'Event log' }).getByRole('button', { name: /EADDRINUSE/ }),
    ).toHaveCount(1);
  });

  test('connection refused', async ({ page }) => {
    await page.getByRole('button', { name: 'Connection refused' }).click();
    await expect(outcome(page)).toContainText(
      'ECONNREFUSED: Connection refused: nothing listens on 127.0.0.1:',
    );
  });

  test('address not on this machine', async ({ page }) => {
    await page.getByRole('button', { name: 'Address not on this machine' }).click();
    await expect(outcome(page)).toContainText('EADDRNOTAVAIL: Address not available: 192.0.2.1');
  });

  test('connection reset reaches the client as ECONNRESET', async ({ page }) => {
    await page.getByRole('button', { name: 'Connection reset' }).click();
    await expect(outcome(page)).toContainText('got ECONNRESET');
    // The client is drawn in the scenario's own scene, not among the Lab's clients.
    const scene = page.getByRole('region', { name: 'Scene: Connection reset' });
    const card = scene.getByRole('group', { name: /^Client socket client-\d+$/ });
    await expect(card.getByRole('alert')).toContainText('ECONNRESET: Connection reset');
  });

  test('localhost against a server on ::1: found, or explained why not', async ({ page }) => {
    await page.getByRole('button', { name: 'localhost: ::1 or 127.0.0.1?' }).click();
    // Whether localhost names ::1 depends on the machine (/etc/hosts); both answers are explained.
    await expect(outcome(page)).toContainText(
      /The client asked for "localhost" and reached ::1\.|on this machine "localhost" means only 127\.0\.0\.1/,
    );
  });

  test('a port below 1024 as the administrator: it opens, and that is explained', async ({ page }) => {
    test.skip(process.getuid?.() !== 0, 'These tests do not run as root, so port 80 cannot open here.');
    await page.getByRole('button', { name: 'Port below 1024' }).click();
    await expect(outcome(page)).toContainText('Port 80 opened: SocketScope runs with administrator rights');
  });

  test('the scenarios speak Spanish too', async ({ page }) => {
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await page.getByRole('button', { name: 'Conexión rechazada' }).click();
    await expect(page.getByRole('status', { name: 'Qué pasó' })).toContainText(
      'ECONNREFUSED: Conexión rechazada: nada escucha en 127.0.0.1:',
    );
  });
});

test('a scenario runs in a scene of its own, names the address it tried, and leaves the Lab alone', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Connection refused' }).click();
  const scene = page.getByRole('region', { name: 'Scene: Connection refused' });
  await expect(outcome(page)).toContainText('ECONNREFUSED');
  const clientSocket = page.getByRole('group', { name: /^Client socket client-\d+$/ });
  const failed = scene.locator(clientSocket);
  await expect(failed).toContainText(/tried 127\.0\.0\.1:\d+/);
  await expect(failed).not.toContainText('no address yet');
  // Its explanation sits beside the socket that failed, in the same row.
  await expect(scene.getByRole('listitem').filter({ has: clientSocket })).toContainText('nothing listens on');
  const diagram = page.getByRole('figure', { name: 'Socket diagram' });
  await expect(diagram.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Client client-\d+$/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'No answer (timeout)' }).click();
  const timeout = page.getByRole('region', { name: 'Scene: No answer (timeout)' });
  await expect(timeout.getByRole('group', { name: 'Another machine, far away' })).toContainText(
    '10.255.255.1:80',
  );
  // The far peer is not drawn as one of this machine's sockets.
  const ownSockets = timeout.getByRole('group', { name: 'This machine' }).getByRole('group');
  await expect(ownSockets).not.toHaveText([/10\.255\.255\.1/]);
  await expect(outcome(page)).toBeVisible({ timeout: 15_000 });
  await expect(diagram.getByRole('button')).toHaveCount(0);
  await timeout.getByRole('button', { name: 'Close scene' }).click();
  await expect(timeout).toBeHidden();
});

test.describe('as an ordinary user', () => {
  test.use({ serveAs: 'unprivileged' });

  test('a port below 1024 gives EACCES, explained at the scenario and in the log', async ({ page }) => {
    const unavailable = unprivilegedUnavailable();
    test.skip(unavailable !== undefined, `Cannot run the back end as an ordinary user: ${unavailable}.`);
    await page.getByRole('button', { name: 'Port below 1024' }).click();
    await expect(outcome(page)).toContainText(
      'EACCES: Permission denied: ports below 1024 are reserved for the administrator. Choose a port from 1024 up.',
    );
    await expect(
      page.getByRole('log', { name: 'Event log' }).getByRole('button', { name: /EACCES/ }),
    ).toHaveCount(1);

    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect(page.getByRole('status', { name: 'Qué pasó' })).toContainText('EACCES: Permiso denegado');
  });
});
