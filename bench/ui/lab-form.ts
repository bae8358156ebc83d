import type { Page } from '@playwright/test';
import { freePort } from './free-port';

const SOCKET_TIMEOUT_MS = 30_000;

/** Starts the Lab's TCP echo server through its form on a free port; resolves once its socket is drawn. */
export async function startLabServer(page: Page): Promise<number> {
  await page.locator('#tab-lab').click();
  const port = await freePort();
  await page.getByLabel('Server port').fill(String(port));
  await page.getByRole('button', { name: 'Start server' }).click();
  await page
    .getByRole('button', { name: new RegExp(`^Listening socket server-\\d+ 127\\.0\\.0\\.1:${port} `) })
    .waitFor({ timeout: SOCKET_TIMEOUT_MS });
  return port;
}

/** Connects one Lab client to the running server with "Add client"; resolves once its socket is drawn open. */
export async function addLabClient(page: Page): Promise<void> {
  await page.locator('#tab-lab').click();
  await page.getByRole('button', { name: 'Add client' }).click();
  await page
    .getByRole('button', { name: /^Client socket client-\d+ 127\.0\.0\.1:\d+ \(open\)$/ })
    .first()
    .waitFor({ timeout: SOCKET_TIMEOUT_MS });
}
