import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Rule } from '../rule.js';
import { validateSelect } from './policy-paths.js';

// Ajv is loaded on first use: most runs configure no rule options, and loading it costs ~35 ms of start-up.
const requireHere = createRequire(import.meta.url);
let ajvInstance: Ajv | undefined;
const ajv = (): Ajv => (ajvInstance ??= withKeywords(new (requireHere('ajv') as { Ajv: typeof Ajv }).Ajv({ allErrors: true, strict: false, useDefaults: false, verbose: true })));
// Keyed by the rule object: two configurations may load different plugins under the same rule id.
const compiled = new WeakMap<Rule, ValidateFunction | null>();

/**
 * `virtlintRegExp: true`: the string must compile as a JavaScript regular expression (u flag).
 * `virtlintSelect: '<kind>'`: a policy path must name something a document of that kind can hold.
 */
function withKeywords(instance: Ajv): Ajv {
  const validate = (_schema: unknown, data: unknown): boolean => {
    try {
      new RegExp(String(data), 'u');
      return true;
    } catch (e) {
      validate.errors = [{ keyword: 'virtlintRegExp', message: `is not a valid regular expression (${(e as Error).message})`, params: {} }];
      return false;
    }
  };
  validate.errors = [] as { keyword: string; message: string; params: object }[];
  instance.addKeyword({ keyword: 'virtlintRegExp', type: 'string', errors: true, validate });
  const select = (kind: unknown, data: unknown): boolean => {
    const problem = validateSelect(kind, data);
    select.errors = problem === undefined ? [] : [{ keyword: 'virtlintSelect', message: problem, params: {} }];
    return problem === undefined;
  };
  select.errors = [] as { keyword: string; message: string; params: object }[];
  instance.addKeyword({ keyword: 'virtlintSelect', type: 'string', schemaType: 'string', errors: true, validate: select });
  return instance;
}

/**
 * A rule's `meta.schema` follows ESLint: an array of JSON Schemas, one per positional option,
 * or one schema for the whole options array. No schema means the rule takes no options.
 */
function validatorFor(rule: Rule): ValidateFunction | null {
  if (compiled.has(rule)) return compiled.get(rule) ?? null;
  const schema = rule.meta.schema;
  let fn: ValidateFunction | null = null;
  if (schema !== undefined) {
    const whole = Array.isArray(schema)
      ? { type: 'array', items: schema, minItems: 0, maxItems: schema.length }
      : (schema as object);
    fn = ajv().compile(whole);
  }
  compiled.set(rule, fn);
  return fn;
}

/**
 * The error to show when several are found: an unknown key first (a typo also makes the key it
 * misspells "missing", and the typo is what the user must see), then any error that is not one
 * branch of an anyOf/oneOf (those say "must have property allow" for each branch), then the rest.
 */
function mostTelling(errors: readonly ErrorObject[]): ErrorObject | undefined {
  return (
    errors.find((e) => e.keyword === 'additionalProperties') ??
    errors.find((e) => !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath)) ??
    errors[0]
  );
}

/** Returns a problem description for a rule's options, or undefined when they are valid. */
export function checkRuleOptions(rule: Rule, options: readonly unknown[]): string | undefined {
  const validate = validatorFor(rule);
  if (!validate) return options.length > 0 ? `rule '${rule.meta.id}' takes no options` : undefined;
  if (validate(options)) return undefined;
  const err = mostTelling(validate.errors ?? []);
  if (!err) return 'invalid options';
  // instancePath is like /0/maxCount: show it as option 1 → maxCount.
  const where = err.instancePath
    .split('/')
    .filter(Boolean)
    .map((p, i) => (i === 0 ? `option ${Number(p) + 1}` : p))
    .join(' → ');
  const extra = err.keyword === 'additionalProperties' ? ` ('${(err.params as { additionalProperty: string }).additionalProperty}')` : '';
  // A schema may word a failure itself, `errorMessage: { keyword: text }` as in ajv-errors: ajv's own
  // "must match a schema in anyOf" or "must match pattern <regex>" tells the user little.
  const own = (err.parentSchema as { errorMessage?: Record<string, unknown> } | undefined)?.errorMessage?.[err.keyword];
  const message = typeof own === 'string' ? own : (err.message ?? 'is invalid');
  return `${where || 'options'} ${message}${extra}`;
}
