/** The programmatic entry of @doyensec/electronegativity (dist/runner.js), which ships no types. */
declare module '@doyensec/electronegativity' {
  export interface ElectronegativityOptions {
    input: string;
    output?: string;
    isSarif?: boolean;
    isRelative?: boolean;
    isVerbose?: boolean;
    customScan?: string[];
    excludeFromScan?: string[];
    electronVersionOverride?: string;
    parserPlugins?: string[];
  }

  export interface ElectronegativityRun {
    /** Files it could not read or parse; tolerable ones were still checked. */
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: unknown[];
  }

  export default function run(
    options: ElectronegativityOptions,
    forCli?: false,
  ): Promise<ElectronegativityRun>;
}
