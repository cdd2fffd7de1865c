/**
 * The rule API's 'filter' document kind: rules of `meta.document: 'filter'` run on network filter
 * <filter> documents only and read the NwFilter model; other rules never see a filter; configuration,
 * inline disables, --rule, RuleTester and crash reports treat nwfilter rules like any other.
 */
import fs from 'node:fs';
import { expect } from 'chai';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import { NWFILTER_RULES } from '../../rules/registry-nwfilter.js';
import { lintText } from '../../src/linter/lint.js';
import { buildNwFilter } from '../../src/model/nwfilter/nwfilter.js';
import type { Pool } from '../../src/model/pool/index.js';
import { runRule } from '../../src/rule-tester.js';
import { checkDocument, defineNwFilterRule, definePoolRule, defineRule, isNwFilterRule, ruleDocument, type Domain, type NwFilter, type Rule } from '../../src/rule.js';
import { parseXml } from '../../src/xml/parse.js';
import { runCli } from '../cli/run-cli.js';
import { SEED } from './helpers.js';
import { filter, ruleWith } from './nwfilter-helpers.js';
import { dirWithPermissions } from './pool-helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

const BAD_MASK = ruleWith("<mac srcmacaddr='52:54:00:00:00:00' srcmacmask='ff:00:ff:00:00:00'/>");

/** An nwfilter rule, a pool rule and a domain rule that record what they were given. */
function spies(): { seen: string[]; rules: Rule[] } {
  const seen: string[] = [];
  const f = defineNwFilterRule({
    meta: { id: 'spy-filter', description: 'records filters', defaultSeverity: 'warning' },
    check(model: NwFilter, context) {
      seen.push(`filter rule: <${model.tag} name='${model.name?.value ?? ''}'> ${model.rules.map((r) => `${r.action?.value}:${r.protocol?.tag ?? '-'}`).join(' ')}`);
      context.report({ range: model.nameRange, message: 'seen' });
    },
  });
  const p = definePoolRule({ meta: { id: 'spy-pool', description: 'records pools', defaultSeverity: 'warning' }, check: (model) => void seen.push(`pool rule: ${model.tag}`) });
  const dom = defineRule({ meta: { id: 'spy-domain', description: 'records domains', defaultSeverity: 'warning' }, check: (model: Domain) => void seen.push(`domain rule: ${model.tag}`) });
  return { seen, rules: [f, p, dom] };
}

describe('rule API: the network filter document kind', () => {
  it('gives nwfilter rules the NwFilter model of <filter> documents only, and filters to no other rule', async () => {
    const { seen, rules } = spies();
    const onFilter = await lintText(BAD_MASK, { ruleSet: rules });
    await lintText(SEED, { ruleSet: rules });
    await lintText(dirWithPermissions('<mode>0755</mode>'), { ruleSet: rules });
    expect(seen).to.deep.equal(["filter rule: <filter name='nwf15-test'> accept:mac", 'domain rule: domain', 'pool rule: pool']);
    expect(onFilter.kind).to.equal('filter');
    expect(onFilter.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}`)).to.deep.equal(['spy-filter 1:2']);
    expect(rules.map(ruleDocument)).to.deep.equal(['filter', 'pool', 'domain']);
    expect(rules.map(isNwFilterRule)).to.deep.equal([true, false, false]);
  });

  it('runs a check through checkDocument on its own kind only', () => {
    const { seen, rules } = spies();
    const root = (parseXml(BAD_MASK) as { ok: true; document: { root: Parameters<typeof buildNwFilter>[0] } }).document.root;
    const context = { capabilities: undefined, options: [], sourceText: BAD_MASK, report: () => undefined, note: () => undefined };
    const model = buildNwFilter(root);
    expect(rules.map((r) => checkDocument(r, { kind: 'filter', model }, context))).to.deep.equal([true, false, false]);
    expect(seen).to.deep.equal(["filter rule: <filter name='nwf15-test'> accept:mac"]);
  });

  it('types a rule by its kind: defineRule does not make nwfilter rules, and a filter check typed for a Domain or a Pool does not compile', () => {
    const mistaken = [
      // @ts-expect-error defineRule makes domain rules: meta.document may only be 'domain'
      defineRule({ meta: { id: 'y', description: 'y', defaultSeverity: 'warning', document: 'filter' }, check() {} }),
      // @ts-expect-error an nwfilter rule's check reads an NwFilter, not a Domain
      defineNwFilterRule({ meta: { id: 'x', description: 'x', defaultSeverity: 'warning' }, check(model: Domain) { void model.devices; } }),
      // @ts-expect-error nor a Pool
      defineNwFilterRule({ meta: { id: 'z', description: 'z', defaultSeverity: 'warning' }, check(model: Pool) { void model.target; } }),
    ];
    expect(mistaken.map(ruleDocument)).to.deep.equal(['filter', 'filter', 'filter']);
  });

  it('registers the bundled nwfilter rules as nwfilter rules, named nwfilter-*, each with libvirt messages', () => {
    expect(NWFILTER_RULES.length).to.be.within(5, 8);
    for (const r of NWFILTER_RULES) expect(RULES_BY_ID.get(r.meta.id), r.meta.id).to.equal(r);
    // …and the kind's site policy rule (rules/registry-policy.ts), which anticipates nothing of libvirt's.
    expect(RULES.filter((r) => ruleDocument(r) === 'filter').map((r) => r.meta.id)).to.deep.equal([...NWFILTER_RULES.map((r) => r.meta.id), 'policy-filter'].sort());
    expect(RULES.filter((r) => r.meta.id.startsWith('nwfilter-')).every((r) => ruleDocument(r) === 'filter')).to.equal(true);
    expect(NWFILTER_RULES.every((r) => (r.meta.libvirtMessages ?? []).length > 0)).to.equal(true);
  });

  it('reads a filter into the model with the ranges its values are written at', () => {
    const text = filter("<uuid>c3a5e7a0-6e8d-4a4c-9f3a-2b0b7f0c1d2e</uuid>\n  <rule action='drop' direction='out' priority='-500' statematch='false'>\n    <tcp-ipv6 srcipaddr='fe80::1' dstportstart='22'/>\n  </rule>\n  <rule action='accept' direction='in'/>\n  <filterref filter='clean-traffic'>\n    <parameter name='IP' value='10.0.0.1'/>\n  </filterref>", " chain='ipv6' priority='-300'");
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error('does not parse');
    const model = buildNwFilter(parsed.document.root);
    const at = (v: { range: { start: { offset: number }; end: { offset: number } } } | undefined): string | undefined => v && text.slice(v.range.start.offset, v.range.end.offset);
    expect([model.name?.value, model.chain?.value, at(model.priority), model.uuid?.value]).to.deep.equal(['nwf15-test', 'ipv6', '-300', 'c3a5e7a0-6e8d-4a4c-9f3a-2b0b7f0c1d2e']);
    expect(model.rules.map((r) => [r.action?.value, r.direction?.value, r.priority?.value, r.statematch?.value, r.protocol?.tag])).to.deep.equal([
      ['drop', 'out', '-500', 'false', 'tcp-ipv6'],
      ['accept', 'in', undefined, undefined, undefined],
    ]);
    expect(model.rules[0]!.protocol!.attributes.map((a) => `${a.name}=${at(a)}`)).to.deep.equal(['srcipaddr=fe80::1', 'dstportstart=22']);
    expect(model.filterrefs.map((f) => [at(f.filter), f.parameters.map((p) => `${p.name?.value}=${p.value?.value}`)])).to.deep.equal([['clean-traffic', ['IP=10.0.0.1']]]);
  });

  it('lints a filter with the bundled rules, and configuration sets their level or turns them off', async () => {
    const ids = async (rules?: Record<string, 'off' | 'warn' | 'error'>): Promise<string[]> => (await lintText(BAD_MASK, rules ? { rules } : {})).diagnostics.map((d) => `${d.ruleId} ${d.severity}`);
    expect(await ids()).to.deep.equal(['nwfilter-mask error']);
    expect(await ids({ 'nwfilter-mask': 'warn' })).to.deep.equal(['nwfilter-mask warning']);
    expect(await ids({ 'nwfilter-mask': 'off' })).to.deep.equal([]);
  });

  it('takes inline disables of nwfilter rules, and reports one that disables nothing', async () => {
    const disabled = BAD_MASK.replace('    <mac', '    <!-- virtlint-disable-next-line nwfilter-mask: the NIC vendor bits only -->\n    <mac');
    expect((await lintText(disabled)).diagnostics).to.deep.equal([]);
    const unused = BAD_MASK.replace('  <rule', '  <!-- virtlint-disable-next-line nwfilter-variable -->\n  <rule');
    expect((await lintText(unused)).diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}`)).to.deep.equal(['virtlint/unused-disable 2', 'nwfilter-mask 4']);
  });

  it('sets nwfilter rules with --rule on the command line', async () => {
    const dir = tempDir('virtlint-nwfilter-api-');
    const file = `${dir}/filter.xml`;
    fs.writeFileSync(file, BAD_MASK);
    const errs = await runCli(['--format', 'json', file]);
    const off = await runCli(['--format', 'json', '--rule', 'nwfilter-mask:off', file]);
    fs.rmSync(dir, { recursive: true, force: true });
    const messages = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[])[0]!.messages.map((m) => `${m.ruleId} ${m.severity}`);
    expect([errs.code, messages(errs)]).to.deep.equal([1, ['nwfilter-mask 2']]);
    expect([off.code, messages(off)]).to.deep.equal([0, []]);
  });

  it("reports an nwfilter rule's crash as virtlint/rule-crashed and runs the others", async () => {
    const broken = defineNwFilterRule({
      meta: { id: 'broken', description: 'throws', defaultSeverity: 'error' },
      check(model) {
        throw new Error(`no ${model.tag}`);
      },
    });
    const r = await lintText(BAD_MASK, { ruleSet: [broken, RULES_BY_ID.get('nwfilter-mask')!] });
    expect(r.diagnostics.map((d) => d.ruleId)).to.deep.equal(['virtlint/rule-crashed', 'nwfilter-mask']);
    expect(r.diagnostics[0]!.message).to.equal('Internal error in rule broken: no filter (please report this)');
  });

  it('RuleTester runs an nwfilter rule on filters and refuses other documents', () => {
    const mask = RULES_BY_ID.get('nwfilter-mask')!;
    expect(runRule(mask, BAD_MASK).diagnostics.map((d) => d.ruleId)).to.deep.equal(['nwfilter-mask']);
    expect(() => runRule(mask, SEED)).to.throw('RuleTester: nwfilter-mask checks <filter> documents, not <domain>');
    expect(() => runRule(RULES_BY_ID.get('pool-features-cow')!, BAD_MASK)).to.throw('RuleTester: pool-features-cow checks <pool> documents, not <filter>');
  });
});
