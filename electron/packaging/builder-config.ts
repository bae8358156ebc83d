import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';

export const BUILDER_CONFIG_FILE = 'electron-builder.yml';

const schemas = new Map<string, object>();
// Compiling the 10,000-line schema takes about a second; each schema is compiled once.
const validators = new WeakMap<object, ValidateFunction<Configuration>>();

/** electron-builder's own JSON schema for its configuration, shipped in app-builder-lib. */
export function readBuilderSchema(projectRoot: string): object {
  const path = join(projectRoot, 'node_modules', 'app-builder-lib', 'scheme.json');
  const schema = schemas.get(path) ?? (JSON.parse(readFileSync(path, 'utf8')) as object);
  schemas.set(path, schema);
  return schema;
}

export type BuilderConfigCheck = { valid: true; config: Configuration } | { valid: false; errors: string[] };

/**
 * Validates the configuration the way electron-builder does before a build (Ajv, all errors,
 * unknown keywords tolerated), minus its type coercion: a string where a boolean belongs is an error.
 */
export function checkBuilderConfig(config: unknown, schema: object): BuilderConfigCheck {
  const validate =
    validators.get(schema) ?? new Ajv({ allErrors: true, strict: false }).compile<Configuration>(schema);
  validators.set(schema, validate);
  if (validate(config)) return { valid: true, config };
  return { valid: false, errors: (validate.errors ?? []).map(describeError) };
}

function describeError(error: ErrorObject): string {
  return `configuration${error.instancePath.replaceAll('/', '.')} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}

/** electron-builder.yml, parsed and validated; throws with every schema error listed. */
export function readBuilderConfig(projectRoot: string): Configuration {
  const text = readFileSync(join(projectRoot, BUILDER_CONFIG_FILE), 'utf8');
  const result = checkBuilderConfig(load(text), readBuilderSchema(projectRoot));
  if (!result.valid) throw new Error(`${BUILDER_CONFIG_FILE} is invalid:\n${result.errors.join('\n')}`);
  return result.config;
}
