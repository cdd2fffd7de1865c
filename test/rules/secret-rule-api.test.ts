/**
 * The rule API's 'secret' document kind: rules of `meta.document: 'secret'` run on <secret> documents
 * only and read the Secret model; no other rule sees a secret; configuration and RuleTester treat
 * secret rules like any other.
 */
import { expect } from 'chai';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import { SECRET_RULES } from '../../rules/registry-secret.js';
import { lintText } from '../../src/linter/lint.js';
import type { Network } from '../../src/model/network/index.js';
import { buildSecret } from '../../src/model/secret/secret.js';
import { runRule } from '../../src/rule-tester.js';
import { defineRule, defineSecretRule, defineVolumeRule, isSecretRule, ruleDocument, type Domain, type Rule, type Secret } from '../../src/rule.js';
import { parseXml } from '../../src/xml/parse.js';
import { SEED } from './helpers.js';
import { secret } from './secret-helpers.js';
import { volumeWithPermissions } from './volume-helpers.js';

const SPACED = secret("<usage type='ceph'>\n    <name>client.vol15</name>\n  </usage>", " private='yes '");

/** A secret rule, a volume rule and a domain rule that record what they were given. */
function spies(): { seen: string[]; rules: Rule[] } {
  const seen: string[] = [];
  const s = defineSecretRule({
    meta: { id: 'spy-secret', description: 'records secrets', defaultSeverity: 'warning' },
    check(model: Secret, context) {
      seen.push(`secret rule: <${model.tag} private='${model.private?.value ?? ''}'> for ${model.usage?.type?.value ?? ''} ${model.usage?.name?.value ?? ''}`);
      context.report({ range: model.nameRange, message: 'seen' });
    },
  });
  const v = defineVolumeRule({ meta: { id: 'spy-volume', description: 'records volumes', defaultSeverity: 'warning' }, check: (model) => void seen.push(`volume rule: ${model.tag}`) });
  const dom = defineRule({ meta: { id: 'spy-domain', description: 'records domains', defaultSeverity: 'warning' }, check: (model) => void seen.push(`domain rule: ${model.tag}`) });
  return { seen, rules: [s, v, dom] };
}

describe('rule API: the secret document kind', () => {
  it('gives secret rules the Secret model of <secret> documents only, and secrets to no other rule', async () => {
    const { seen, rules } = spies();
    const onSecret = await lintText(SPACED, { ruleSet: rules });
    await lintText(SEED, { ruleSet: rules });
    await lintText(volumeWithPermissions('<mode>0600</mode>'), { ruleSet: rules });
    expect(seen).to.deep.equal(["secret rule: <secret private='yes '> for ceph client.vol15", 'domain rule: domain', 'volume rule: volume']);
    // The white space around 'yes' is the schema step's (schema/value-whitespace), whatever the rule set.
    expect(onSecret.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}`)).to.deep.equal(['spy-secret 1:2', 'schema/value-whitespace 1:18']);
    expect(rules.map(ruleDocument)).to.deep.equal(['secret', 'volume', 'domain']);
    expect(rules.map(isSecretRule)).to.deep.equal([true, false, false]);
  });

  it('types a rule by its kind: a secret check typed for a Domain or a Network does not compile', () => {
    const mistaken = [
      // @ts-expect-error defineRule makes domain rules: meta.document may only be 'domain'
      defineRule({ meta: { id: 'y', description: 'y', defaultSeverity: 'warning', document: 'secret' }, check() {} }),
      // @ts-expect-error a secret rule's check reads a Secret, not a Domain
      defineSecretRule({ meta: { id: 'x', description: 'x', defaultSeverity: 'warning' }, check(model: Domain) { void model.devices; } }),
      // @ts-expect-error nor a Network
      defineSecretRule({ meta: { id: 'z', description: 'z', defaultSeverity: 'warning' }, check(model: Network) { void model.ips; } }),
    ];
    expect(mistaken.map(ruleDocument)).to.deep.equal(['secret', 'secret', 'secret']);
  });

  it('registers the bundled secret rules as secret rules, named secret-*', () => {
    for (const r of SECRET_RULES) expect(RULES_BY_ID.get(r.meta.id), r.meta.id).to.equal(r);
    // …and the kind's site policy rule (rules/registry-policy.ts), which anticipates nothing of libvirt's.
    expect(RULES.filter((r) => ruleDocument(r) === 'secret').map((r) => r.meta.id)).to.deep.equal([...SECRET_RULES.map((r) => r.meta.id), 'policy-secret'].sort());
    expect(RULES.filter((r) => r.meta.id.startsWith('secret-')).every((r) => ruleDocument(r) === 'secret')).to.equal(true);
  });

  it('reads a secret into the model with the ranges its values are written at', () => {
    const text = secret("<uuid>0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f</uuid>\n  <usage type='iscsi'>\n    <target>libvirtiscsi</target>\n  </usage>", " ephemeral='no'");
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error('does not parse');
    const model = buildSecret(parsed.document.root);
    const at = (v: { range: { start: { offset: number }; end: { offset: number } } } | undefined): string | undefined => v && text.slice(v.range.start.offset, v.range.end.offset);
    expect([model.ephemeral?.value, model.private, at(model.uuid), model.usage?.type?.value, at(model.usage?.target), model.usage?.name]).to.deep.equal(['no', undefined, '0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f', 'iscsi', 'libvirtiscsi', undefined]);
  });

  it('lints a secret with the bundled rules and a plugin secret rule; configuration turns them off; RuleTester refuses other documents', async () => {
    const at = (r: Awaited<ReturnType<typeof lintText>>): string[] => r.diagnostics.map((d) => `${d.severity} ${d.ruleId}`);
    const spy = spies().rules[0]!;
    expect(at(await lintText(SPACED))).to.deep.equal(['error schema/value-whitespace']);
    expect(at(await lintText(SPACED, { ruleSet: [...RULES, spy] }))).to.deep.equal(['warning spy-secret', 'error schema/value-whitespace']);
    expect(at(await lintText(SPACED, { ruleSet: [...RULES, spy], rules: { 'spy-secret': 'off', 'schema/value-whitespace': 'off' } }))).to.deep.equal([]);
    expect(() => runRule(spy, SEED)).to.throw('spy-secret checks <secret> documents, not <domain>');
  });
});
