import { describe, expect, it } from 'vitest';
import { formatFinding, sarifFindings } from './sarif-findings';

function result(ruleId: string, uri: string, startLine?: number) {
  const region = startLine === undefined ? {} : { region: { startLine } };
  return {
    ruleId,
    level: 'warning',
    message: { text: `${ruleId} message` },
    locations: [{ physicalLocation: { artifactLocation: { uri }, ...region } }],
  };
}

describe('sarifFindings', () => {
  it('lists every result of every run, with its file and line', () => {
    const log = {
      version: '2.1.0',
      runs: [
        { results: [result('SANDBOX_JS_CHECK', 'electron/main/main-window.ts', 6)] },
        { results: [result('CSP_GLOBAL_CHECK', 'file:///')] },
      ],
    };
    const findings = sarifFindings(log);
    expect(findings.map(formatFinding)).toEqual([
      'electron/main/main-window.ts:6  SANDBOX_JS_CHECK (warning): SANDBOX_JS_CHECK message',
      'file:///  CSP_GLOBAL_CHECK (warning): CSP_GLOBAL_CHECK message',
    ]);
  });

  it('finds nothing in a run without results', () => {
    expect(sarifFindings({ version: '2.1.0', runs: [{ results: [] }] })).toEqual([]);
  });

  it.each([
    ['no log at all', undefined],
    ['a log without runs', { version: '2.1.0', runs: [] }],
    ['a run without results', { version: '2.1.0', runs: [{}] }],
    ['another SARIF version', { version: '1.0.0', runs: [{ results: [] }] }],
  ])('refuses %s rather than passing it', (_case, log) => {
    expect(() => sarifFindings(log)).toThrow();
  });
});
