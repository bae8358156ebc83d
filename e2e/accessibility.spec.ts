import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browser-mode';
import { randomPort, startServerAndClient } from './journeys/lesson';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's findings, as "rule: how many elements" so that a failure names what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.length} (${violation.nodes[0]?.target.join(' ') ?? ''})`,
  );
}

/** The accessible name a user hears for the focused element: its label, aria-label or text. */
async function focusedName(page: Page): Promise<string> {
  const focused = page.locator(':focus');
  const id = await focused.getAttribute('id');
  const label = id ? page.locator(`label[for="${id}"]`) : undefined;
  if (label && (await label.count()) > 0) return (await label.innerText()).trim();
  return ((await focused.getAttribute('aria-label')) ?? (await focused.innerText())).trim();
}

/** Presses Tab until the focused element is the one named, as a keyboard user would; bounded. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** The focused element's focus ring: its outline width in pixels. */
const focusRingWidth = async (page: Page) =>
  Number.parseFloat(
    await page
      .locator(':focus')
      .evaluate(
        (element) => element.ownerDocument.defaultView?.getComputedStyle(element).outlineWidth ?? '0',
      ),
  );

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.1 AA violations in either view (${colorScheme} theme)`, async ({ page, app }) => {
    test.slow(true, 'axe checks every element of both views twice, which takes a while on 2 cores');
    await page.emulateMedia({ colorScheme });
    await page.goto(app.url);
    const card = await startServerAndClient(page);
    await card.getByRole('button', { name: 'Send' }).click();
    await expect(card).toContainText('Echo received');
    await page.getByRole('switch', { name: 'Step mode' }).click();
    await card.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText('1 write is waiting')).toBeVisible();
    await page.getByRole('log', { name: 'Event log' }).getByRole('button').nth(2).click();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Sockets' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('the lesson works from the keyboard alone, with the focus always visible', async ({ page, app }) => {
  await page.goto(app.url);
  await tabTo(page, 'Server port');
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(randomPort()));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Listening on 127\.0\.0\.1:\d+$/)).toBeVisible();

  await tabTo(page, 'Add client');
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: /^Client client-\d+$/ });
  await expect(card).toContainText('open');

  await tabTo(page, 'Send');
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(card).toContainText('Echo received');

  // The tabs follow the arrow keys, as the ARIA tabs pattern has it.
  await page.getByRole('tab', { name: 'Lab' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Sockets' })).toBeFocused();
  await expect(page.getByRole('table')).toBeVisible();
});

/** The little of the page's globals the reduced-motion test reads. */
interface PageGlobals {
  document: { querySelector(selector: string): object | null };
  getComputedStyle(element: object): { animationName: string };
}

test('with reduced motion, packets appear where they arrive instead of travelling', async ({ page, app }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(app.url);
  const card = await startServerAndClient(page);
  // A packet is on the wire only for a moment: find it and read its animation in one go, in the
  // page. A function, not a string: the page's CSP forbids eval.
  const animationOfNextPacket = async () => {
    await card.getByRole('button', { name: 'Send' }).click();
    const found = await page.waitForFunction(() => {
      // This file is type-checked for Node, which has no DOM types.
      const view = globalThis as unknown as PageGlobals;
      const packet = view.document.querySelector('[data-testid="moving-packet"]');
      return packet && view.getComputedStyle(packet).animationName;
    });
    return found.jsonValue();
  };
  expect(await animationOfNextPacket()).toBe('none');

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // CSS Modules prefix the keyframes' names.
  expect(await animationOfNextPacket()).toMatch(/travel-(left|right)/);
});
