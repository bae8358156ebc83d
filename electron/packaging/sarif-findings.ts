import { z } from 'zod';

/** The part of a SARIF 2.1.0 log (as Electronegativity writes it) that says what was found where. */
const sarifLog = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            level: z.string().optional(),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number() }).optional(),
                  }),
                }),
              )
              .optional(),
          }),
        ),
      }),
    )
    .min(1),
});

export interface Finding {
  rule: string;
  level: string;
  file: string;
  line: number | undefined;
  message: string;
}

/** Every result of every run; throws on anything that is not such a log, so a broken report never passes. */
export function sarifFindings(log: unknown): Finding[] {
  return sarifLog.parse(log).runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        rule: result.ruleId,
        level: result.level ?? 'warning',
        file: location?.artifactLocation.uri ?? '(whole app)',
        line: location?.region?.startLine,
        message: result.message.text,
      };
    }),
  );
}

export function formatFinding({ rule, level, file, line, message }: Finding): string {
  return `${file}${line === undefined ? '' : `:${line}`}  ${rule} (${level}): ${message}`;
}
