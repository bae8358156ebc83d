import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import runElectronegativity from '@doyensec/electronegativity';
import { formatFinding, sarifFindings, type Finding } from './sarif-findings';

/**
 * Runs Electronegativity over the app's sources and fails on any finding. The tool itself exits 0
 * whatever it finds, and with a report file it drops its parse errors, so both are checked here.
 * A finding that is reviewed and wrong is silenced where it occurs, with the reason beside it:
 * `// eng-disable CHECK_ID (why)` on the reported line.
 */

// Built to out/packaging/electronegativity-check.js, two folders below the project root.
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = ['electron', 'renderer', 'package.json'];
const REPORT = join(projectRoot, 'out', 'security', 'electronegativity.sarif');

/** Its global checks (CSP, navigation limits, permission handler) need main and renderer in one input. */
function copySources(): string {
  const scanRoot = mkdtempSync(join(tmpdir(), 'socketscope-electronegativity-'));
  for (const source of SOURCES) {
    cpSync(join(projectRoot, source), join(scanRoot, source), {
      recursive: true,
      filter: (path) => basename(path) !== 'node_modules',
    });
  }
  return scanRoot;
}

function electronVersion(): string {
  const manifest = join(projectRoot, 'node_modules', 'electron', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The tool writes its report without waiting for the write to finish; wait until all of it is there. */
async function readReport(issueCount: number): Promise<Finding[]> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if (existsSync(REPORT)) {
        const findings = sarifFindings(JSON.parse(readFileSync(REPORT, 'utf8')));
        if (findings.length === issueCount) return findings;
      }
    } catch {
      // Not complete yet.
    }
    await sleep(50);
  }
  throw new Error(`${REPORT} was not written, or does not list the ${issueCount} issue(s) found.`);
}

async function main(): Promise<number> {
  const scanRoot = copySources();
  mkdirSync(dirname(REPORT), { recursive: true });
  rmSync(REPORT, { force: true });
  try {
    const { errors, issues } = await runElectronegativity({
      input: scanRoot,
      output: REPORT,
      isSarif: true,
      isRelative: true,
      electronVersionOverride: electronVersion(),
    });
    const unread = errors.filter((error) => !error.tolerable);
    const findings = await readReport(issues.length);

    for (const error of unread)
      console.error(`Not checked: ${error.file.replace(scanRoot, '.')}: ${error.message}`);
    for (const finding of findings) console.error(formatFinding(finding));
    if (findings.length === 0 && unread.length === 0) {
      console.log('Electronegativity: no findings.');
      return 0;
    }
    console.error(
      `Electronegativity: ${findings.length} finding(s), ${unread.length} file(s) not checked. Report: ${REPORT}`,
    );
    return 1;
  } finally {
    rmSync(scanRoot, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Electronegativity could not run:', error);
    process.exit(1);
  },
);
