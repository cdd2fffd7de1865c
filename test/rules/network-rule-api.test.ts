/**
 * The rule API's document kind: rules of `meta.document: 'network'` run on <network> documents only,
 * domain rules (no `document`) on <domain> documents only, and configuration, inline disables,
 * RuleTester, crash reports and hover treat network rules like any other.
 */
import { expect } from 'chai';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import { NETWORK_RULES } from '../../rules/registry-network.js';
import { lintText } from '../../src/linter/lint.js';
import { rulesConcerning } from '../../src/lsp/rule-topics.js';
import type { Network } from '../../src/model/network/index.js';
import { runRule } from '../../src/rule-tester.js';
import { defineNetworkRule, defineRule, ruleDocument, type Domain, type Rule } from '../../src/rule.js';
import { runCli } from '../cli/run-cli.js';
import { SEED } from './helpers.js';
import { ipWithDhcp, network } from './network-helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

const OUTSIDE = network(ipWithDhcp("address='192.168.9.1' prefix='24'", "<range start='192.168.10.2' end='192.168.10.9'/>"));

/** A network rule and a domain rule that record what they were given. */
function spies(): { seen: string[]; rules: Rule[] } {
  const seen: string[] = [];
  const net = defineNetworkRule({
    meta: { id: 'spy-network', description: 'records networks', defaultSeverity: 'warning' },
    check(model: Network, context) {
      seen.push(`network rule: <${model.tag}> ${model.name?.value ?? ''} with ${model.ips.length} ip`);
      context.report({ range: model.nameRange, message: 'seen' });
    },
  });
  const dom = defineRule({
    meta: { id: 'spy-domain', description: 'records domains', defaultSeverity: 'warning' },
    check(model: Domain) {
      seen.push(`domain rule: <${model.tag}> ${model.devices.all.length} devices`);
    },
  });
  return { seen, rules: [net, dom] };
}

describe('rule API: the document kind', () => {
  it('gives each rule the documents of its kind: network rules the Network model, domain rules (the default) the Domain', async () => {
    const { seen, rules } = spies();
    const onNetwork = await lintText(OUTSIDE, { ruleSet: rules });
    await lintText(SEED, { ruleSet: rules });
    await lintText("<pool type='dir'><name>p</name><target><path>/var/lib/p</path></target></pool>", { ruleSet: rules });
    expect(seen).to.deep.equal(['network rule: <network> net14-test with 1 ip', 'domain rule: <domain> 8 devices']);
    expect(onNetwork.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}`)).to.deep.equal(['spy-network 1:2']);
    expect(rules.map(ruleDocument)).to.deep.equal(['network', 'domain']);
  });

  it('types a rule by its kind: a network rule written with defineRule, or given a Domain, does not compile', () => {
    const mistaken = [
      // @ts-expect-error defineRule makes domain rules: meta.document may only be 'domain'
      defineRule({ meta: { id: 'x', description: 'x', defaultSeverity: 'warning', document: 'network' }, check() {} }),
      // @ts-expect-error a network rule's check reads a Network, not a Domain
      defineNetworkRule({ meta: { id: 'y', description: 'y', defaultSeverity: 'warning' }, check(model: Domain) { void model.devices; } }),
    ];
    // At run time each is still told apart by its meta alone.
    expect(mistaken.map(ruleDocument)).to.deep.equal(['network', 'network']);
  });

  it('registers the bundled network rules as network rules, every other rule as a domain rule', () => {
    expect(NETWORK_RULES.map((r) => r.meta.id)).to.deep.equal([
      'network-dhcp-host',
      'network-dhcp-lease',
      'network-dhcp-one-per-family',
      'network-dhcp-range',
      'network-dns-disabled',
      'network-dns-records',
      'network-forward-devices',
      'network-forward-mode-elements',
      'network-forward-nat',
      'network-ip-address',
      'network-ip-prefix',
      'network-portgroup-unique',
      'network-route',
      'network-tftp-ipv4',
      'network-vlan',
    ]);
    for (const r of NETWORK_RULES) expect(RULES_BY_ID.get(r.meta.id), r.meta.id).to.equal(r);
    // …and the kind's site policy rule (rules/registry-policy.ts), which anticipates nothing of libvirt's.
    expect(RULES.filter((r) => ruleDocument(r) === 'network').map((r) => r.meta.id)).to.deep.equal([...NETWORK_RULES.map((r) => r.meta.id), 'policy-network'].sort());
    expect(RULES.filter((r) => ruleDocument(r) === 'network').every((r) => r.meta.id.startsWith('network-') || r.meta.id === 'policy-network')).to.equal(true);
  });

  it('lints a network with the bundled rules, and configuration sets their level or turns them off', async () => {
    const ids = async (rules?: Record<string, 'off' | 'warn' | 'error'>): Promise<string[]> => (await lintText(OUTSIDE, rules ? { rules } : {})).diagnostics.map((d) => `${d.ruleId} ${d.severity}`);
    expect(await ids()).to.deep.equal(['network-dhcp-range error']);
    expect(await ids({ 'network-dhcp-range': 'warn' })).to.deep.equal(['network-dhcp-range warning']);
    expect(await ids({ 'network-dhcp-range': 'off' })).to.deep.equal([]);
  });

  it('takes inline disables of network rules, and reports one that disables nothing', async () => {
    const disabled = OUTSIDE.replace('<ip ', '<!-- virtlint-disable-next-line network-dhcp-range: lab network -->\n  <ip ');
    const quiet = disabled.replace("<range start='192.168.10.2' end='192.168.10.9'/>", '<!-- virtlint-disable-next-line network-dhcp-range -->\n      <range start=\'192.168.10.2\' end=\'192.168.10.9\'/>');
    expect((await lintText(quiet)).diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}`)).to.deep.equal(['virtlint/unused-disable 3']);
  });

  it('sets network rules with --rule on the command line', async () => {
    const dir = tempDir('virtlint-net-api-');
    const file = `${dir}/net.xml`;
    (await import('node:fs')).writeFileSync(file, OUTSIDE);
    const errs = await runCli(['--format', 'json', file]);
    const warned = await runCli(['--format', 'json', '--rule', 'network-dhcp-range:warn', file]);
    const off = await runCli(['--format', 'json', '--rule', 'network-dhcp-range:off', file]);
    (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    const messages = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[])[0]!.messages.map((m) => `${m.ruleId} ${m.severity}`);
    expect([errs.code, messages(errs)]).to.deep.equal([1, ['network-dhcp-range 2']]);
    expect([warned.code, messages(warned)]).to.deep.equal([0, ['network-dhcp-range 1']]);
    expect([off.code, messages(off)]).to.deep.equal([0, []]);
  });

  it("reports a network rule's crash as virtlint/rule-crashed and runs the others", async () => {
    const broken = defineNetworkRule({
      meta: { id: 'broken', description: 'throws', defaultSeverity: 'error' },
      check(model) {
        throw new Error(`no ${model.tag}`);
      },
    });
    const r = await lintText(OUTSIDE, { ruleSet: [broken, RULES_BY_ID.get('network-dhcp-range')!] });
    expect(r.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).to.deep.equal([
      'virtlint/rule-crashed: Internal error in rule broken: no network (please report this)',
      "network-dhcp-range: DHCP range 192.168.10.2 - 192.168.10.9 is not inside the network 192.168.9.1/24 (prefix 24): libvirt refuses the network. Keep both ends in the subnet, or widen the prefix",
    ]);
  });

  it('RuleTester runs a rule on documents of its kind and refuses the other kind', () => {
    const range = RULES_BY_ID.get('network-dhcp-range')!;
    expect(runRule(range, OUTSIDE).diagnostics.map((d) => d.ruleId)).to.deep.equal(['network-dhcp-range']);
    expect(() => runRule(range, SEED)).to.throw('RuleTester: network-dhcp-range checks <network> documents, not <domain>');
    expect(() => runRule(RULES_BY_ID.get('disk-lun-bus')!, OUTSIDE)).to.throw('RuleTester: disk-lun-bus checks <domain> documents, not <network>');
  });

  it("hover names network rules in <network> documents only, and domain rules outside them", () => {
    const devices = new Set(['disk', 'interface']);
    const about = (path: string[], attribute?: string): string[] => rulesConcerning({ path, ...(attribute ? { attribute } : {}) }, RULES, devices).map((r) => r.meta.id);
    expect(about(['network', 'ip', 'dhcp', 'range'])).to.deep.equal(['network-dhcp-range']);
    expect(about(['network', 'domain'])).to.deep.equal(['network-forward-mode-elements']);
    expect(about(['domain']).filter((id) => id.startsWith('network-'))).to.deep.equal([]);
    expect(about(['domain', 'devices', 'interface', 'ip'], 'address').filter((id) => id.startsWith('network-'))).to.deep.equal([]);
  });
});
