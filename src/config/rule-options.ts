import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import type { Rule } from '../rule.js';

// Ajv is loaded on first use: most runs configure no rule options, and loading it costs ~35 ms of start-up.
const requireHere = createRequire(import.meta.url);
let ajvInstance: Ajv | undefined;
const ajv = (): Ajv => (ajvInstance ??= new (requireHere('ajv') as { Ajv: typeof Ajv }).Ajv({ allErrors: false, strict: false, useDefaults: false }));
const compiled = new Map<string, ValidateFunction | null>();

/**
 * A rule's `meta.schema` follows ESLint: an array of JSON Schemas, one per positional option,
 * or one schema for the whole options array. No schema means the rule takes no options.
 */
function validatorFor(rule: Rule): ValidateFunction | null {
  const id = rule.meta.id;
  if (compiled.has(id)) return compiled.get(id) ?? null;
  const schema = rule.meta.schema;
  let fn: ValidateFunction | null = null;
  if (schema !== undefined) {
    const whole = Array.isArray(schema)
      ? { type: 'array', items: schema, minItems: 0, maxItems: schema.length }
      : (schema as object);
    fn = ajv().compile(whole);
  }
  compiled.set(id, fn);
  return fn;
}

/** Returns a problem description for a rule's options, or undefined when they are valid. */
export function checkRuleOptions(rule: Rule, options: readonly unknown[]): string | undefined {
  const validate = validatorFor(rule);
  if (!validate) return options.length > 0 ? `rule '${rule.meta.id}' takes no options` : undefined;
  if (validate(options)) return undefined;
  const err = validate.errors?.[0];
  if (!err) return 'invalid options';
  // instancePath is like /0/maxCount: show it as option 1 → maxCount.
  const where = err.instancePath
    .split('/')
    .filter(Boolean)
    .map((p, i) => (i === 0 ? `option ${Number(p) + 1}` : p))
    .join(' → ');
  const extra = err.keyword === 'additionalProperties' ? ` ('${(err.params as { additionalProperty: string }).additionalProperty}')` : '';
  return `${where || 'options'} ${err.message ?? 'is invalid'}${extra}`;
}
