/**
 * The plugin API's types for TypeScript authors: a rule's `check` reads the model of its
 * `meta.document`. The `@ts-expect-error` lines are the assertions (`tsc -p tsconfig.json` fails
 * when one of them compiles); the tests check that what compiles also loads and runs as typed.
 */
import { expect } from 'chai';
import { definePlugin, definePluginRule, lintText, pluginRules, ruleSetWithPlugins, selectAll, selectMissing, type Domain, type Network, type Plugin, type PluginKindRule, type PluginRule } from '../../src/index.js';

// A network rule: `network` is a Network.
const forwardMode = definePluginRule({
  meta: { description: 'forward modes', document: 'network' },
  check(network, context) {
    if (network.forward?.mode) context.report({ range: network.forward.mode.range, message: `forward ${network.forward.mode.value}` });
  },
});
// A rule without meta.document: `domain` is a Domain.
const memory = definePluginRule({
  meta: { description: 'memory' },
  check(domain, context) {
    if (domain.memory) context.report({ range: domain.nameRange, message: 'has <memory>' });
  },
});
// Typed by annotation instead of the helper (JavaScript: `@type {import('virtlint').PluginKindRule<'pool'>}`).
const poolType: PluginKindRule<'pool'> = {
  meta: { description: 'pool types', document: 'pool' },
  check(pool, context) {
    if (pool.type) context.report({ range: pool.type.range, message: `pool ${pool.type.value}` });
  },
};
// The policy rule's path queries on a network (they read any kind's model, as the policy rule a domain's).
const ipPolicy = definePluginRule({
  meta: { description: 'IPv4 addresses and forward modes', document: 'network', reportsOn: ['ip@address', 'forward@mode'] },
  check(network, context) {
    for (const ip of selectAll(network, "ip[@family!='ipv6']@address")) if (!ip.value.startsWith('10.')) context.report({ range: ip.range, message: `address ${ip.value}` });
    for (const m of selectMissing(network, 'forward@mode')) context.report({ range: m.element.nameRange, message: `<${m.element.tag}> has no ${m.attribute}` });
  },
});
// A domain rule written in place keeps its `domain` typed beside rules of other kinds.
const lab = definePlugin({
  rules: {
    'forward-mode': forwardMode,
    memory,
    'pool-type': poolType,
    'ip-policy': ipPolicy,
    inline: { meta: { description: 'in place' }, check: (domain, context) => void (domain.devices.disks.length > 9 && context.note('many disks')) },
  },
});

// @ts-expect-error a network rule's check cannot read a Domain
definePluginRule({ meta: { description: 'x', document: 'network' }, check: (domain: Domain) => void domain.devices });
// @ts-expect-error a domain rule's check cannot read a Network
definePluginRule({ meta: { description: 'x' }, check: (network: Network) => void network.forward });
// @ts-expect-error a kind other than the domain must be named in meta.document
definePluginRule<'network'>({ meta: { description: 'x' }, check: (network) => void network.forward });
// @ts-expect-error no such kind
definePluginRule({ meta: { description: 'x', document: 'domainsnapshot' }, check: () => undefined });
// @ts-expect-error a PluginRule (of domains) names no other kind
const wrongKind: PluginRule = { meta: { description: 'x', document: 'network' }, check: () => undefined };
// @ts-expect-error written in place without the helper, a network rule's model is typed as a domain's: it does not compile
const inPlace: Plugin = { rules: { x: { meta: { description: 'x', document: 'network' }, check: (network) => void network.forward } } };

describe('plugins: the types of rules of other kinds (definePluginRule, PluginKindRule)', () => {
  it('definePluginRule returns the rule itself, and the typed rules load with their kinds', () => {
    const source = { meta: { description: 'd', document: 'volume' as const }, check: () => undefined };
    expect(definePluginRule(source)).to.equal(source);
    expect(Object.values(pluginRules('lab', lab)).map((r) => [r.meta.id, r.meta.document])).to.deep.equal([
      ['lab/forward-mode', 'network'],
      ['lab/memory', undefined],
      ['lab/pool-type', 'pool'],
      ['lab/ip-policy', 'network'],
      ['lab/inline', undefined],
    ]);
    void [wrongKind, inPlace];
  });

  it('each runs on its own kind with the model it was typed for', async () => {
    const ruleSet = ruleSetWithPlugins({ lab });
    const ids = async (text: string): Promise<string[]> => (await lintText(text, { ruleSet })).diagnostics.filter((d) => d.ruleId.startsWith('lab/')).map((d) => `${d.ruleId}: ${d.message}`);
    expect(await ids(`<network><name>n</name><forward mode='nat'/></network>`)).to.deep.equal(['lab/forward-mode: forward nat']);
    // selectAll / selectMissing on the network the rule receives (a read-only view, as every plugin rule's model).
    const net = `<network><name>n</name><forward/><ip address='192.168.1.1' prefix='24'/><ip family='ipv6' address='fd00::1' prefix='64'/><ip address='10.0.0.1' prefix='8'/></network>`;
    expect(await ids(net)).to.deep.equal(['lab/ip-policy: <forward> has no mode', 'lab/ip-policy: address 192.168.1.1']);
    expect(await ids(`<pool type='dir'><name>p</name><target><path>/p</path></target></pool>`)).to.deep.equal(['lab/pool-type: pool dir']);
    expect(await ids(`<domain type='kvm'><name>d</name><memory>1024</memory><os><type>hvm</type></os></domain>`)).to.deep.equal(['lab/memory: has <memory>']);
  });
});
