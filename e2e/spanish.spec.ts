import type { Page } from '@playwright/test';
import { en } from '../electron/locales/en';
import { es } from '../electron/locales/es';
import { expect, test } from './fixtures/browser-mode';
import { randomPort } from './journeys/lesson';

type Strings = { readonly [key: string]: string | Strings };

/** Every string of a translation, by its key path. */
function flatten(strings: Strings, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') flat.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`).forEach((text, path) => flat.set(path, text));
  }
  return flat;
}

/**
 * Pieces of English the page could show: the parts of each English string between its
 * placeholders, where Spanish says something else. Short pieces (names such as "TCP") are left
 * out, since they read the same in both languages.
 */
function englishPieces(): string[] {
  const spanish = flatten(es);
  const pieces = new Set<string>();
  for (const [path, english] of flatten(en)) {
    const translated = spanish.get(path) ?? '';
    for (const piece of english.split(/\{\{\w+\}\}/)) {
      const trimmed = piece.trim();
      if (trimmed.length >= 12 && /[a-z]{3}/i.test(trimmed) && !translated.includes(trimmed))
        pieces.add(trimmed);
    }
  }
  return [...pieces];
}

const ENGLISH = englishPieces();

/** What the page shows now, to the eye and to a screen reader (labels and titles of visible elements). */
async function visibleWords(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  const labels = await page
    .locator('[aria-label], [title], [placeholder]')
    .evaluateAll((elements) =>
      elements
        .filter((element) => (element as unknown as { offsetParent: unknown }).offsetParent !== null)
        .flatMap((element) =>
          ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
        ),
    );
  return [text, ...labels].join('\n');
}

async function expectNoEnglish(page: Page, where: string): Promise<void> {
  const words = await visibleWords(page);
  const found = ENGLISH.filter((piece) => words.includes(piece));
  expect(found, `English left in ${where}`).toEqual([]);
}

test('in Spanish, the Lab and the Sockets view show no English, whatever the user does', async ({
  page,
  app,
}) => {
  expect(ENGLISH.length).toBeGreaterThan(100);
  await page.goto(app.url);
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expectNoEnglish(page, 'the empty Lab');

  await page.getByLabel(es.server.port).fill(String(randomPort()));
  await page.getByRole('button', { name: es.server.start }).click();
  await page.getByRole('button', { name: es.clients.add }).click();
  const card = page.getByRole('region', { name: /client-\d+$/ }).first();
  await card.getByRole('button', { name: es.client.send, exact: true }).click();
  await expect(card).toContainText('Eco recibido');
  await card.getByRole('button', { name: /Ráfaga/ }).click();

  await page.getByRole('switch', { name: es.step.heading }).click();
  await card.getByRole('button', { name: es.client.send, exact: true }).click();
  await expect(page.getByText(/escritura espera/)).toBeVisible();
  await expectNoEnglish(page, 'the Lab with step mode holding a write');

  const log = page.getByRole('log', { name: es.log.label });
  await log.getByRole('button').nth(3).click();
  await expect(page.getByText(/Se muestra el laboratorio justo después del evento/)).toBeVisible();
  await expectNoEnglish(page, 'the Lab going back in time, with event details');
  await page.getByRole('button', { name: es.timeline.backToLive }).click();
  await page.getByRole('switch', { name: es.step.heading }).click();

  // A socket error explained where it happens, and a half-closed client.
  await page.getByRole('button', { name: es.scenarios.connectionRefused }).click();
  await expect(page.getByRole('status', { name: es.scenarios.result })).toContainText('ECONNREFUSED');
  await card.getByRole('button', { name: es.client.halfClose }).click();
  await expect(card).toContainText(es.client.endSent);
  await expectNoEnglish(page, 'the Lab after errors');

  await page.getByRole('tab', { name: es.app.sockets }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoEnglish(page, 'the Sockets view');
});
