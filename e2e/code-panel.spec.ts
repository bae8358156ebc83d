import { en } from '../electron/locales/en';
import { es } from '../electron/locales/es';
import { expect, test } from './fixtures/browser-mode';
import { randomPort } from './journeys/lesson';

/** The page's words in each language, taken from the translations the page itself uses. */
const LANGUAGES = [
  { code: 'en', words: en, lastServerLine: '# leaving "with" closes conn, then s' },
  { code: 'es', words: es, lastServerLine: '# al salir del "with" se cierra conn, y luego s' },
] as const;

for (const { code, words, lastServerLine } of LANGUAGES) {
  test(`the programs follow the lesson line by line, in Python and in Node (page in ${code})`, async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await page.getByLabel('Language', { exact: true }).selectOption(code);
    const programName = (label: string) => new RegExp(`^${label.replace(' ({{socket}})', '')}`);
    const server = page.getByRole('figure', { name: programName(words.code.server) });
    const client = page.getByRole('figure', { name: programName(words.code.client) });
    const lit = (program: typeof server) => program.locator('[aria-current="step"]');
    const card = page.getByRole('region', { name: /client-\d+$/ });

    await page.getByLabel(words.server.port).fill(String(randomPort()));
    await page.getByRole('button', { name: words.server.start }).click();
    await expect(lit(server)).toHaveText('    s.listen()');

    await page.getByRole('button', { name: words.clients.add }).click();
    await expect(lit(client)).toHaveText('    s.connect((HOST, PORT))');
    await expect(lit(server)).toHaveText('    conn, addr = s.accept()');

    await card.getByRole('button', { name: words.client.send, exact: true }).click();
    await expect(lit(client)).toHaveText('    data = s.recv(1024)');
    await expect(lit(server)).toHaveText('            conn.sendall(data)');
    // Above each program, the calls it made, in the order they happened.
    const calls = (program: typeof server) =>
      program.getByRole('list', { name: words.code.calls }).getByRole('listitem');
    await expect(calls(server)).toHaveText([
      'socket()',
      'bind()',
      'listen()',
      'accept()',
      'recv() 52 B',
      'send() 52 B',
    ]);
    await expect(calls(client)).toHaveText(['socket()', 'connect()', 'send() 52 B', 'recv() 52 B']);

    // Switching the program's language keeps the same call lit.
    await page.getByLabel(words.code.language).selectOption('node');
    await expect(lit(client)).toHaveText("socket.on('data', (data) => {");
    await expect(lit(server)).toHaveText('    conn.write(data);');

    await card.getByRole('button', { name: words.client.halfClose }).click();
    await expect(lit(server)).toHaveText("  conn.on('close', () => console.log('closed'));");
    await page.getByLabel(words.code.language).selectOption('python');
    await expect(lit(server)).toHaveText(lastServerLine);
  });
}
