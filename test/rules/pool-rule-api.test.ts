/**
 * The rule API's 'pool' document kind: rules of `meta.document: 'pool'` run on storage <pool>
 * documents only and read the Pool model; domain and network rules never see a pool; configuration,
 * inline disables, --rule, RuleTester, crash reports and hover treat pool rules like any other.
 */
import fs from 'node:fs';
import { expect } from 'chai';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import { POOL_RULES } from '../../rules/registry-pool.js';
import { lintText } from '../../src/linter/lint.js';
import { rulesConcerning } from '../../src/lsp/rule-topics.js';
import type { Network } from '../../src/model/network/index.js';
import { buildPool } from '../../src/model/pool/pool.js';
import { runRule } from '../../src/rule-tester.js';
import { defineNetworkRule, definePoolRule, defineRule, isPoolRule, ruleDocument, type Domain, type Pool, type Rule } from '../../src/rule.js';
import { parseXml } from '../../src/xml/parse.js';
import { runCli } from '../cli/run-cli.js';
import { SEED } from './helpers.js';
import { network } from './network-helpers.js';
import { dirWithPermissions, pool, scsiWithAdapter } from './pool-helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

const SETUID = dirWithPermissions('<mode>4755</mode>');

/** A pool rule, a network rule and a domain rule that record what they were given. */
function spies(): { seen: string[]; rules: Rule[] } {
  const seen: string[] = [];
  const p = definePoolRule({
    meta: { id: 'spy-pool', description: 'records pools', defaultSeverity: 'warning' },
    check(model: Pool, context) {
      seen.push(`pool rule: <${model.tag} type='${model.type?.value ?? ''}'> ${model.name?.value ?? ''} at ${model.target?.path?.value ?? ''}`);
      context.report({ range: model.nameRange, message: 'seen' });
    },
  });
  const net = defineNetworkRule({ meta: { id: 'spy-network', description: 'records networks', defaultSeverity: 'warning' }, check: (model) => void seen.push(`network rule: ${model.tag}`) });
  const dom = defineRule({ meta: { id: 'spy-domain', description: 'records domains', defaultSeverity: 'warning' }, check: (model: Domain) => void seen.push(`domain rule: ${model.tag}`) });
  return { seen, rules: [p, net, dom] };
}

describe('rule API: the pool document kind', () => {
  it('gives pool rules the Pool model of <pool> documents only, and pools to no other rule', async () => {
    const { seen, rules } = spies();
    const onPool = await lintText(SETUID, { ruleSet: rules });
    await lintText(SEED, { ruleSet: rules });
    await lintText(network("<forward mode='nat'/>"), { ruleSet: rules });
    await lintText("<volume><name>v</name><capacity>1</capacity><target><format type='raw'/></target></volume>", { ruleSet: rules });
    expect(seen).to.deep.equal(["pool rule: <pool type='dir'> pool14-test at /var/lib/pool14", 'domain rule: domain', 'network rule: network']);
    expect(onPool.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}`)).to.deep.equal(['spy-pool 1:2']);
    expect(rules.map(ruleDocument)).to.deep.equal(['pool', 'network', 'domain']);
    expect(rules.map(isPoolRule)).to.deep.equal([true, false, false]);
  });

  it('types a rule by its kind: defineRule does not make pool rules, and a pool check typed for a Domain or a Network does not compile', () => {
    const mistaken = [
      // @ts-expect-error defineRule makes domain rules: meta.document may only be 'domain'
      defineRule({ meta: { id: 'y', description: 'y', defaultSeverity: 'warning', document: 'pool' }, check() {} }),
      // @ts-expect-error a pool rule's check reads a Pool, not a Domain
      definePoolRule({ meta: { id: 'x', description: 'x', defaultSeverity: 'warning' }, check(model: Domain) { void model.devices; } }),
      // @ts-expect-error nor a Network
      definePoolRule({ meta: { id: 'z', description: 'z', defaultSeverity: 'warning' }, check(model: Network) { void model.ips; } }),
    ];
    expect(mistaken.map(ruleDocument)).to.deep.equal(['pool', 'pool', 'pool']);
  });

  it('registers the bundled pool rules as pool rules, named pool-*', () => {
    expect(POOL_RULES.length).to.be.within(4, 6);
    for (const r of POOL_RULES) expect(RULES_BY_ID.get(r.meta.id), r.meta.id).to.equal(r);
    // …and the kind's site policy rule (rules/registry-policy.ts), which anticipates nothing of libvirt's.
    expect(RULES.filter((r) => ruleDocument(r) === 'pool').map((r) => r.meta.id)).to.deep.equal([...POOL_RULES.map((r) => r.meta.id), 'policy-pool'].sort());
    expect(RULES.filter((r) => r.meta.id.startsWith('pool-')).every((r) => ruleDocument(r) === 'pool')).to.equal(true);
    expect(POOL_RULES.every((r) => (r.meta.libvirtMessages ?? []).length > 0)).to.equal(true);
  });

  it('reads a pool into the model with the ranges its values are written at', () => {
    const text = scsiWithAdapter("<adapter type='fc_host' parent_wwnn='20000000c9831b4b' wwnn='20000000c9831b4c' wwpn='10000000c9831b4c'/>");
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error('does not parse');
    const model = buildPool(parsed.document.root);
    const at = (v: { range: { start: { offset: number }; end: { offset: number } } } | undefined): string | undefined => v && text.slice(v.range.start.offset, v.range.end.offset);
    expect([model.type?.value, model.name?.value, model.target?.path?.value, at(model.target?.path)]).to.deep.equal(['scsi', 'pool14-test', '/dev/disk/by-path', '/dev/disk/by-path']);
    const adapter = model.source?.adapter;
    expect([adapter?.type?.value, adapter?.parentWwnn?.value, adapter?.parentWwpn, at(adapter?.parentWwnn), adapter?.parentAddress]).to.deep.equal(['fc_host', '20000000c9831b4b', undefined, '20000000c9831b4b', undefined]);
    const netfs = buildPool((parseXml(pool('netfs', "<source>\n    <host name='a' port='2049'/>\n    <host name='b'/>\n    <dir path='/e'/>\n    <format type='nfs'/>\n    <protocol ver='4'/>\n  </source>")) as { ok: true; document: { root: Parameters<typeof buildPool>[0] } }).document.root);
    expect([netfs.source?.hosts.map((h) => `${h.name?.value}:${h.port?.value ?? ''}`), netfs.source?.dir?.path?.value, netfs.source?.format?.type?.value, netfs.source?.protocol?.ver?.value, netfs.target, netfs.features]).to.deep.equal([['a:2049', 'b:'], '/e', 'nfs', '4', undefined, undefined]);
  });

  it('lints a pool with the bundled rules, and configuration sets their level or turns them off', async () => {
    const ids = async (rules?: Record<string, 'off' | 'warn' | 'error'>): Promise<string[]> => (await lintText(SETUID, rules ? { rules } : {})).diagnostics.map((d) => `${d.ruleId} ${d.severity}`);
    expect(await ids()).to.deep.equal(['pool-permissions-mode error']);
    expect(await ids({ 'pool-permissions-mode': 'warn' })).to.deep.equal(['pool-permissions-mode warning']);
    expect(await ids({ 'pool-permissions-mode': 'off' })).to.deep.equal([]);
  });

  it('takes inline disables of pool rules, and reports one that disables nothing', async () => {
    const disabled = SETUID.replace('<mode>', '<!-- virtlint-disable-next-line pool-permissions-mode: a shared scratch directory -->\n      <mode>');
    expect((await lintText(disabled)).diagnostics).to.deep.equal([]);
    const unused = SETUID.replace('<target>', '<!-- virtlint-disable-next-line pool-features-cow -->\n  <target>');
    expect((await lintText(unused)).diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}`)).to.deep.equal(['virtlint/unused-disable 3', 'pool-permissions-mode 7']);
  });

  it('sets pool rules with --rule on the command line', async () => {
    const dir = tempDir('virtlint-pool-api-');
    const file = `${dir}/pool.xml`;
    fs.writeFileSync(file, SETUID);
    const errs = await runCli(['--format', 'json', file]);
    const warned = await runCli(['--format', 'json', '--rule', 'pool-permissions-mode:warn', file]);
    const off = await runCli(['--format', 'json', '--rule', 'pool-permissions-mode:off', file]);
    fs.rmSync(dir, { recursive: true, force: true });
    const messages = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[])[0]!.messages.map((m) => `${m.ruleId} ${m.severity}`);
    expect([errs.code, messages(errs)]).to.deep.equal([1, ['pool-permissions-mode 2']]);
    expect([warned.code, messages(warned)]).to.deep.equal([0, ['pool-permissions-mode 1']]);
    expect([off.code, messages(off)]).to.deep.equal([0, []]);
  });

  it("reports a pool rule's crash as virtlint/rule-crashed and runs the others", async () => {
    const broken = definePoolRule({
      meta: { id: 'broken', description: 'throws', defaultSeverity: 'error' },
      check(model) {
        throw new Error(`no ${model.tag}`);
      },
    });
    const r = await lintText(SETUID, { ruleSet: [broken, RULES_BY_ID.get('pool-permissions-mode')!] });
    expect(r.diagnostics.map((d) => d.ruleId)).to.deep.equal(['virtlint/rule-crashed', 'pool-permissions-mode']);
    expect(r.diagnostics[0]!.message).to.equal('Internal error in rule broken: no pool (please report this)');
  });

  it('RuleTester runs a pool rule on pools and refuses other documents', () => {
    const mode = RULES_BY_ID.get('pool-permissions-mode')!;
    expect(runRule(mode, SETUID).diagnostics.map((d) => d.ruleId)).to.deep.equal(['pool-permissions-mode']);
    expect(() => runRule(mode, SEED)).to.throw('RuleTester: pool-permissions-mode checks <pool> documents, not <domain>');
    expect(() => runRule(RULES_BY_ID.get('network-dhcp-range')!, SETUID)).to.throw('RuleTester: network-dhcp-range checks <network> documents, not <pool>');
  });

  it('hover names pool rules in <pool> documents only', () => {
    const devices = new Set(['disk', 'interface']);
    const about = (path: string[], attribute?: string): string[] => rulesConcerning({ path, ...(attribute ? { attribute } : {}) }, RULES, devices).map((r) => r.meta.id);
    expect(about(['pool', 'target', 'permissions', 'mode'])).to.deep.equal(['pool-permissions-mode']);
    expect(about(['pool', 'features', 'cow'])).to.deep.equal(['pool-features-cow']);
    expect(about(['domain', 'devices', 'disk', 'source', 'adapter']).filter((id) => id.startsWith('pool-'))).to.deep.equal([]);
    expect(about(['network', 'ip']).filter((id) => id.startsWith('pool-'))).to.deep.equal([]);
  });
});
