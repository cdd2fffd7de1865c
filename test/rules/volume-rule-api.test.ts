/**
 * The rule API's 'volume' document kind: rules of `meta.document: 'volume'` run on storage <volume>
 * documents only and read the Volume model; domain, network and pool rules never see a volume;
 * configuration, inline disables and RuleTester treat volume rules like any other.
 */
import { expect } from 'chai';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import { VOLUME_RULES } from '../../rules/registry-volume.js';
import { lintText } from '../../src/linter/lint.js';
import { exceedsLimit, MAX_VOLUME_SIZE, unitScale } from '../../src/model/volume/size.js';
import { buildVolume } from '../../src/model/volume/volume.js';
import { runRule } from '../../src/rule-tester.js';
import type { Network } from '../../src/model/network/index.js';
import { definePoolRule, defineRule, defineVolumeRule, isVolumeRule, ruleDocument, type Domain, type Pool, type Rule, type Volume } from '../../src/rule.js';
import { parseXml } from '../../src/xml/parse.js';
import { SEED } from './helpers.js';
import { dirWithPermissions } from './pool-helpers.js';
import { volume, volumeWithPermissions } from './volume-helpers.js';

const SETUID = volumeWithPermissions('<mode>4755</mode>');

/** A volume rule, a pool rule and a domain rule that record what they were given. */
function spies(): { seen: string[]; rules: Rule[] } {
  const seen: string[] = [];
  const v = defineVolumeRule({
    meta: { id: 'spy-volume', description: 'records volumes', defaultSeverity: 'warning' },
    check(model: Volume, context) {
      seen.push(`volume rule: <${model.tag}> ${model.name?.value ?? ''} of ${model.capacity?.amount.value ?? ''} ${model.capacity?.unit?.value ?? ''}`);
      context.report({ range: model.nameRange, message: 'seen' });
    },
  });
  const p = definePoolRule({ meta: { id: 'spy-pool', description: 'records pools', defaultSeverity: 'warning' }, check: (model: Pool) => void seen.push(`pool rule: ${model.tag}`) });
  const dom = defineRule({ meta: { id: 'spy-domain', description: 'records domains', defaultSeverity: 'warning' }, check: (model) => void seen.push(`domain rule: ${model.tag}`) });
  return { seen, rules: [v, p, dom] };
}

describe('rule API: the volume document kind', () => {
  it('gives volume rules the Volume model of <volume> documents only, and volumes to no other rule', async () => {
    const { seen, rules } = spies();
    const onVolume = await lintText(SETUID, { ruleSet: rules });
    await lintText(SEED, { ruleSet: rules });
    await lintText(dirWithPermissions('<mode>0755</mode>'), { ruleSet: rules });
    await lintText("<secret><usage type='ceph'><name>client.admin</name></usage></secret>", { ruleSet: rules });
    expect(seen).to.deep.equal(['volume rule: <volume> vol15-test.img of 1 MiB', 'domain rule: domain', 'pool rule: pool']);
    expect(onVolume.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}`)).to.deep.equal(['spy-volume 1:2']);
    expect(rules.map(ruleDocument)).to.deep.equal(['volume', 'pool', 'domain']);
    expect(rules.map(isVolumeRule)).to.deep.equal([true, false, false]);
  });

  it('types a rule by its kind: defineRule does not make volume rules, and a volume check typed for a Domain or a Network does not compile', () => {
    const mistaken = [
      // @ts-expect-error defineRule makes domain rules: meta.document may only be 'domain'
      defineRule({ meta: { id: 'y', description: 'y', defaultSeverity: 'warning', document: 'volume' }, check() {} }),
      // @ts-expect-error a volume rule's check reads a Volume, not a Domain
      defineVolumeRule({ meta: { id: 'x', description: 'x', defaultSeverity: 'warning' }, check(model: Domain) { void model.devices; } }),
      // @ts-expect-error nor a Network
      defineVolumeRule({ meta: { id: 'z', description: 'z', defaultSeverity: 'warning' }, check(model: Network) { void model.ips; } }),
    ];
    expect(mistaken.map(ruleDocument)).to.deep.equal(['volume', 'volume', 'volume']);
  });

  it('registers the bundled volume rules as volume rules, named volume-*', () => {
    expect(VOLUME_RULES.length).to.be.within(6, 9);
    for (const r of VOLUME_RULES) expect(RULES_BY_ID.get(r.meta.id), r.meta.id).to.equal(r);
    // …and the kind's site policy rule (rules/registry-policy.ts), which anticipates nothing of libvirt's.
    expect(RULES.filter((r) => ruleDocument(r) === 'volume').map((r) => r.meta.id)).to.deep.equal([...VOLUME_RULES.map((r) => r.meta.id), 'policy-volume'].sort());
    expect(RULES.filter((r) => r.meta.id.startsWith('volume-')).every((r) => ruleDocument(r) === 'volume')).to.equal(true);
    expect(VOLUME_RULES.every((r) => (r.meta.libvirtMessages ?? []).length > 0)).to.equal(true);
  });

  it('reads a volume into the model with the ranges its values are written at', () => {
    const text = volume("<capacity unit='GiB'> 10 </capacity>\n  <target>\n    <format type='qcow2'/>\n    <compat>1.1</compat>\n    <clusterSize unit='KiB'>64</clusterSize>\n  </target>\n  <backingStore>\n    <path>/b.img</path>\n    <permissions><mode>0600</mode></permissions>\n  </backingStore>");
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error('does not parse');
    const model = buildVolume(parsed.document.root);
    const at = (v: { range: { start: { offset: number }; end: { offset: number } } } | undefined): string | undefined => v && text.slice(v.range.start.offset, v.range.end.offset);
    expect([model.capacity?.amount.value, at(model.capacity?.amount), model.capacity?.unit?.value, model.allocation]).to.deep.equal(['10', '10', 'GiB', undefined]);
    expect([model.target?.format?.type?.value, at(model.target?.compat), model.target?.clusterSize?.amount.value, model.target?.encryption]).to.deep.equal(['qcow2', '1.1', '64', undefined]);
    expect([model.backingStore?.path?.value, at(model.backingStore?.permissions?.mode)]).to.deep.equal(['/b.img', '0600']);
  });

  it("scales sizes as libvirt's virScaleInteger does, exactly beyond 2^53", () => {
    expect(['', 'b', 'Bytes', 'k', 'KiB', 'kb', 'M', 'gib', 'TB', 'P', 'EiB'].map((u) => unitScale(u)?.toString())).to.deep.equal(['1', '1', '1', '1024', '1024', '1000', '1048576', '1073741824', '1000000000000', '1125899906842624', '1152921504606846976']);
    expect(['Ki', 'x', 'kbb', 'bit'].map((u) => unitScale(u))).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(exceedsLimit('9223372036854775807', undefined, MAX_VOLUME_SIZE)).to.equal(false);
    expect(exceedsLimit('9223372036854775808', 'b', MAX_VOLUME_SIZE)).to.equal(true);
    expect(exceedsLimit('7', 'EiB', MAX_VOLUME_SIZE)).to.equal(false);
    expect(exceedsLimit('8', 'e', MAX_VOLUME_SIZE)).to.equal(true);
    // Not a 64-bit number: libvirt cannot read it at all, and the grammar says so.
    expect(exceedsLimit('18446744073709551616', undefined, MAX_VOLUME_SIZE)).to.equal(undefined);
  });

  it('lints a volume with the bundled rules, and configuration sets their level or turns them off', async () => {
    const at = (r: Awaited<ReturnType<typeof lintText>>): string[] => r.diagnostics.map((d) => `${d.severity} ${d.ruleId}`);
    expect(at(await lintText(SETUID))).to.deep.equal(['error volume-permissions-mode']);
    expect(at(await lintText(SETUID, { rules: { 'volume-permissions-mode': 'warn' } }))).to.deep.equal(['warning volume-permissions-mode']);
    expect(at(await lintText(SETUID, { rules: { 'volume-permissions-mode': 'off' } }))).to.deep.equal([]);
    const disabled = SETUID.replace('<mode>', '<!-- virtlint-disable-next-line volume-permissions-mode -->\n      <mode>');
    expect(at(await lintText(disabled))).to.deep.equal([]);
  });

  it('RuleTester runs a volume rule on volumes and refuses other documents', () => {
    const rule = RULES_BY_ID.get('volume-permissions-mode')!;
    expect(runRule(rule, SETUID).diagnostics.map((d) => d.ruleId)).to.deep.equal(['volume-permissions-mode']);
    expect(() => runRule(rule, SEED)).to.throw('volume-permissions-mode checks <volume> documents, not <domain>');
  });
});
