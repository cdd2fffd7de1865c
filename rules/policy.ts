import { type Missing, parseSelect, SELECT_SYNTAX, type SelectModel, type SelectPath, selectAll, selectMissing, type Selected } from '../src/model/select.js';
import { defineRule, type Range, type RuleContext, type RuleDocumentKind, unicodeRegExpMatcher } from '../src/rule.js';

/** One site policy (docs/rules/policy.md; the same options for every kind's policy rule, policy-<kind>.md). */
export interface PolicyOptions {
  readonly select: string;
  readonly name?: string;
  readonly allow?: readonly string[];
  readonly deny?: readonly string[];
  readonly pattern?: string;
  readonly require?: boolean;
  readonly forbid?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly message?: string;
}

const CONSTRAINTS = ['allow', 'deny', 'pattern', 'require', 'forbid', 'min', 'max'] as const;

const SELECT_SCHEMA = { type: 'string', pattern: SELECT_SYNTAX, errorMessage: { pattern: "is not a path like devices/disk/driver@cache (element names or *, with [@a], [@a='v'] or [@a!='v'] filters, then an optional @attribute)" } };

const POLICY_SCHEMA = {
  type: 'object',
  properties: {
    select: SELECT_SCHEMA,
    name: { type: 'string', minLength: 1 },
    allow: { type: 'array', items: { type: 'string' }, minItems: 1 },
    deny: { type: 'array', items: { type: 'string' }, minItems: 1 },
    pattern: { type: 'string', virtlintRegExp: true },
    require: { type: 'boolean' },
    forbid: { type: 'boolean' },
    min: { type: 'integer', minimum: 0 },
    max: { type: 'integer', minimum: 0 },
    message: { type: 'string', minLength: 1 },
  },
  required: ['select'],
  additionalProperties: false,
  anyOf: CONSTRAINTS.map((c) => ({ required: [c] })),
  errorMessage: { anyOf: `needs at least one of ${CONSTRAINTS.join(', ')}` },
};

/**
 * The options schema of one kind's policy rule: `policy`'s, with each `select` also checked against
 * the kind's grammar (`virtlintSelect`, src/config/policy-paths.ts): a path naming nothing a
 * `<network>` can hold is refused when the configuration loads. `policy`'s own schema stays as it
 * was (a domain path the grammar lacks is still accepted), so every configuration it took still loads.
 */
export function policyOptionsSchema(kind: Exclude<RuleDocumentKind, 'domain'>): Readonly<Record<string, unknown>> {
  return { type: 'array', items: { ...POLICY_SCHEMA, properties: { ...POLICY_SCHEMA.properties, select: { ...SELECT_SCHEMA, virtlintSelect: kind } } } };
}

/** A policy ready to check: its path parsed and its pattern compiled (once per options array). */
interface Compiled {
  readonly options: PolicyOptions;
  readonly path: SelectPath;
  /** Whether a value matches `pattern` (linear-time where V8 allows it: a document's value meets a site's regex). */
  readonly matches?: (value: string) => boolean;
}

const compiledCache = new WeakMap<object, Compiled>();

/**
 * The longest value matched against a policy pattern. A site's pattern is JavaScript syntax (it may
 * backtrack without end on a crafted value); V8's linear-time engine takes over then, but needs
 * ~230 bytes per character: a 10 MiB value would take ~2.3 GB. Longer values are reported as not
 * checked, at the policy's level (a guard in CI must not be passed by making a value long).
 */
export const MAX_POLICY_PATTERN_VALUE = 65_536;

function compile(options: PolicyOptions): Compiled {
  let c = compiledCache.get(options);
  if (!c) {
    // The configuration validated both (the schema's pattern and regular-expression check).
    const path = parseSelect(options.select) as SelectPath;
    c = { options, path, ...(options.pattern !== undefined ? { matches: unicodeRegExpMatcher(options.pattern) } : {}) };
    compiledCache.set(options, c);
  }
  return c;
}

/** What a selected value is called in messages: `<model type>` for an attribute, `<type>` for an element's text. */
function subjectOf(s: Selected): string {
  return s.attribute ? `<${s.element.tag} ${s.attribute.name}>` : `<${s.element.tag}>`;
}

function check(model: SelectModel, policy: Compiled, report: (range: Range, message: string, value?: string) => void): void {
  const { options: o, path } = policy;
  const label = `policy '${o.name ?? o.select}'`;
  const selected = selectAll(model, path);

  for (const s of selected) {
    // Report at the whole attribute (`cache='writeback'`): the finding is about the setting, not only its value.
    const at = s.attribute?.attributeRange ?? s.range;
    if (o.forbid) report(at, `${subjectOf(s)} is forbidden by ${label}`, s.value);
    if (o.allow && !o.allow.includes(s.value)) {
      report(at, `${subjectOf(s)} is '${s.value}', which ${label} does not allow (allowed: ${o.allow.map((v) => `'${v}'`).join(', ')})`, s.value);
    }
    if (o.deny?.includes(s.value)) report(at, `${subjectOf(s)} is '${s.value}', which ${label} denies`, s.value);
    if (policy.matches && s.value.length > MAX_POLICY_PATTERN_VALUE) {
      report(at, `${subjectOf(s)} is ${s.value.length} characters long, more than virtlint matches against a pattern (${MAX_POLICY_PATTERN_VALUE}): not checked against ${label} (/${o.pattern}/)`, s.value);
    } else if (policy.matches && !policy.matches(s.value)) {
      report(at, `${subjectOf(s)} is '${s.value}', which does not match ${label} (/${o.pattern}/)`, s.value);
    }
  }

  if (o.require) for (const m of selectMissing(model, path)) report(m.element.nameRange, `${missingText(m)}, which ${label} requires`);

  if (o.max !== undefined && selected.length > o.max) {
    const first = selected[o.max] as Selected;
    report(first.attribute?.attributeRange ?? first.range, `${selected.length} × ${path.source} in this document; ${label} allows at most ${o.max}`);
  }
  if (o.min !== undefined && selected.length < o.min) {
    report(model.nameRange, `${selected.length} × ${path.source} in this document; ${label} requires at least ${o.min}`);
  }
}

/**
 * `require`: what the path names must be there wherever its parent is (selectMissing), e.g.
 * `devices/disk/driver@cache` requires a <driver cache> in every disk.
 */
function missingText(m: Missing): string {
  if (m.child === undefined) return `<${m.element.tag}> has no ${m.attribute} attribute`;
  return `<${m.element.tag}> has no <${m.child === '*' ? 'child element' : m.child}>${m.attribute !== undefined ? ` with ${m.attribute}` : ''}`;
}

/** Every configured policy (the rule's options) checked on one document's model, whatever its kind. */
export function checkPolicies(model: SelectModel, context: RuleContext): void {
  if (context.options.length === 0) return;
  for (const raw of context.options) {
    const policy = compile(raw as PolicyOptions);
    const custom = policy.options.message;
    check(model, policy, (range, message, value) =>
      context.report({ range, message: custom ? custom.replaceAll('{value}', value ?? '').replaceAll('{select}', policy.options.select) : message }),
    );
  }
}

export default defineRule({
  meta: {
    id: 'policy',
    description: 'Site policies from configuration: allowed values, patterns, required or forbidden elements and attributes, counts',
    // Inert without options: a policy exists only where the configuration writes one.
    defaultSeverity: 'error',
    // The options array is one policy per element: ["error", {…}, {…}].
    schema: { type: 'array', items: POLICY_SCHEMA },
  },
  check: checkPolicies,
});
