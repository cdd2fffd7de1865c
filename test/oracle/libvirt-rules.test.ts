import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { lintText } from '../../src/linter/lint.js';
import { ruleDocument } from '../../src/rule.js';
import { TARGET_RULE_ID } from '../../src/targets/index.js';
import { parseTarget } from '../../src/targets/target.js';
import { defineVerdict } from './define-verdict.js';
import { harvestRuleTestDocuments } from './harvest.js';
import { corpusDomainsHere, dependsOnHostState, describeOracle, libvirtVerdict, messagePattern } from './libvirt.js';
import { HOST_STATE_ONLY, NEAR_MISSES_NEED_HOST, NOT_EXERCISABLE, RULE_CASES } from './rule-cases.js';
import { SCENARIOS } from './scenarios.js';
import { ruleTable, type RuleStats } from './report.js';

interface Case {
  readonly name: string;
  /** The rule whose generator (or rule test) built the document; 'scenario' / 'corpus' otherwise. */
  readonly group: string;
  readonly text: string;
}

/** Corpus domains adapted to this machine's QEMU (x86_64 only: that is the emulator installed). */
const corpusCases = (): Case[] => corpusDomainsHere().map(({ file, text }) => ({ name: `corpus: ${file}`, group: 'corpus', text }));

/**
 * Whether virtlint's own version tables say the document needs a libvirt newer than the oracle's
 * 9.0 (the bundled grammar follows the newest libvirt, and rule tests use its features, which 9.0
 * refuses with messages of its own: an unknown value, a host USB address by `port`): such a
 * refusal is left out, as a feature libvirt 9.0 lacks. (This replaced a list of 9.0's messages for
 * them; the tagged documents were the same.)
 */
const LIBVIRT_9_0 = [parseTarget('libvirt@9.0.0')];
async function usesNewerThan9(text: string): Promise<boolean> {
  const r = await lintText(text, { ruleSet: [], targets: LIBVIRT_9_0 });
  return r.diagnostics.some((d) => d.ruleId === TARGET_RULE_ID);
}

/** The defined domain's name when a verdict is confirmed with `virsh define`; VIRTLINT_DEFINE_PREFIX keeps parallel runs apart. */
const DEFINE_NAME = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}libvirt-rules-define`;

/**
 * Whether domxml-to-native's refusal comes from its own rewrite of the NICs: it rebuilds every
 * <interface> as type='ethernet' without the <address> written, so libvirt looks for a PCI slot for
 * a NIC written with a USB or ISA address (or one that has no PCI connection at all) and refuses
 * where defining (and starting) the document keeps the address. Asked only of documents with a NIC
 * that has an <address>; `virsh define` then decides.
 */
function nicAddressDropped(text: string, file: string, message: string | undefined): boolean {
  if (!/No PCI buses available|Cannot automatically add a new PCI bus/.test(message ?? '') || !/<interface\b(?:(?!<\/interface>)[\s\S])*<address\b/.test(text)) return false;
  const named = `${file}.define.xml`;
  fs.writeFileSync(named, text.replace(/<name>[^<]*<\/name>/, `<name>${DEFINE_NAME}</name>`).replace(/<uuid>[^<]*<\/uuid>/, ''));
  return defineVerdict(named, DEFINE_NAME, false).accepted;
}

const patternsOf = (id: string): RegExp[] => (RULES_BY_ID.get(id)?.meta.libvirtMessages ?? []).map(messagePattern);
const matches = (id: string, message: string | undefined): boolean => message !== undefined && patternsOf(id).some((p) => p.test(message));

describeOracle('rules vs a real libvirtd 9.0 (oracle)', { needs: ['libvirtd'], tmp: 'virtlint-oracle-' }, function (dir) {
  it('libvirt refuses a document ⇔ virtlint reports an error; every exercisable rule fires and matches libvirt', async () => {
    const harvested = harvestRuleTestDocuments(path.join(dir(), 'harvest'));
    const seen = new Set<string>();
    const cases: Case[] = [
      ...[...harvested].flatMap(([id, docs]) => docs.map((text, i) => ({ name: `${id} (rule test document ${i + 1})`, group: id, text }))),
      ...Object.entries(RULE_CASES).flatMap(([id, docs]) => docs.map((c) => ({ name: `${id}: ${c.name}`, group: id, text: c.text }))),
      ...SCENARIOS.map((s) => ({ name: `scenario: ${s.name}`, group: 'scenario', text: s.text })),
      ...corpusCases(),
    ].filter((c) => !seen.has(c.text) && seen.add(c.text));

    const capabilities = createCapabilityResolver({});
    // The domain rules: network rules are judged by net-define (test/oracle/network-define.test.ts).
    const stats = new Map<string, RuleStats>(RULES.filter((r) => ruleDocument(r) === 'domain').map((r) => [r.meta.id, { generated: 0, compared: 0, nearMisses: 0, fired: 0, firedSchemaInvalid: 0, warned: 0, right: 0, refusedAlone: 0, messageMatched: 0, expected: 0, caught: 0, taggedFired: 0, taggedMessageMatched: 0, caughtByOther: 0, templatesSeen: new Set<number>(), templates: r.meta.libvirtMessages?.length ?? 0 }]));
    const counts = { compared: 0, agreed: 0, hostTagged: 0, newerTagged: 0, nicTagged: 0, schemaInvalid: 0, libvirtRefused: 0 };
    const disagreements: string[] = [];
    const mismatches: string[] = [];
    const recallMisses: string[] = [];
    for (const [i, c] of cases.entries()) {
      const own = stats.get(c.group);
      if (own) own.generated++;
      const file = path.join(dir(), `case-${i}.xml`);
      fs.writeFileSync(file, c.text);
      // emulator-missing is opt-in (off by default: CI hosts have no emulator); the oracle judges it too.
      const ours = await lintText(c.text, { filePath: file, capabilities, rules: { 'emulator-missing': 'warn' } });
      // libvirt's parser ignores what the grammar rejects, so the overall verdicts are compared on
      // schema-valid documents only; a rule's own verdict is still judged on the others (its check
      // runs in libvirt whatever the schema says), which is how rules that restate a schema
      // constraint get exercised at all.
      const schemaInvalid = ours.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
      const errorIds = new Set(ours.diagnostics.filter((d) => d.severity === 'error' && !d.ruleId.includes('/')).map((d) => d.ruleId));
      const warningIds = new Set(ours.diagnostics.filter((d) => d.severity === 'warning' && !d.ruleId.includes('/')).map((d) => d.ruleId));
      const theirs = libvirtVerdict(file);
      const tagged = !theirs.accepted && (dependsOnHostState(theirs.message) ? 'host' : (await usesNewerThan9(c.text)) ? 'newer' : nicAddressDropped(c.text, file, theirs.message) ? 'nic' : undefined);
      if (tagged) {
        counts[tagged === 'host' ? 'hostTagged' : tagged === 'newer' ? 'newerTagged' : 'nicTagged']++;
        for (const id of new Set([...errorIds, ...warningIds])) {
          const s = stats.get(id);
          if (!s) continue;
          s.taggedFired++;
          if (matches(id, theirs.message)) s.taggedMessageMatched++;
        }
        continue;
      }
      if (schemaInvalid) counts.schemaInvalid++;
      else {
        counts.compared++;
        if (!theirs.accepted) counts.libvirtRefused++;
        if ((errorIds.size > 0) === !theirs.accepted) counts.agreed++;
        else {
          const ourErrors = ours.diagnostics.filter((d) => d.severity === 'error');
          disagreements.push(`${c.name}: libvirt ${theirs.accepted ? 'accepts' : `refuses (${theirs.message})`}; virtlint ${ourErrors.length > 0 ? ourErrors.map((d) => `${d.ruleId}: ${d.message}`).join(' | ') : 'reports no error'}`);
        }
      }
      if (own) {
        own.compared++;
        if (!errorIds.has(c.group) && !warningIds.has(c.group)) own.nearMisses++;
      }
      for (const [id, s] of stats) {
        // A rule's finding in a document counts once: as an error if it reported one, else as a warning.
        // An error is right when libvirt refuses; a warning (libvirt accepts and drops) when it accepts.
        // A warning is judged only where virtlint reports no error: otherwise libvirt's refusal says nothing about it.
        const asError = errorIds.has(id);
        if (asError || (warningIds.has(id) && errorIds.size === 0)) {
          s.fired++;
          if (schemaInvalid) s.firedSchemaInvalid++;
          if (!asError) s.warned++;
          if (asError ? !theirs.accepted : theirs.accepted) s.right++;
          // libvirt prints its first error only: the message is compared where this rule is virtlint's only error.
          if (asError && !theirs.accepted && errorIds.size === 1) {
            s.refusedAlone++;
            if (matches(id, theirs.message)) s.messageMatched++;
            else mismatches.push(`${id} on ${c.name}: libvirt says "${theirs.message}"`);
          }
        }
        if (!theirs.accepted && matches(id, theirs.message)) {
          patternsOf(id).forEach((p, k) => p.test(theirs.message ?? '') && s.templatesSeen.add(k));
          // Some messages are claimed by two rules that cover different cases (the IDE message by
          // ide-controller-machine and emulator-supports-device): caught by the other is not a miss.
          if (!asError && [...errorIds].some((other) => matches(other, theirs.message))) {
            s.caughtByOther++;
            continue;
          }
          s.expected++;
          if (asError) s.caught++;
          else recallMisses.push(`${id} on ${c.name}: libvirt says "${theirs.message}"`);
        }
      }
    }

    const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
    console.log(`      ${cases.length} documents (${[...harvested.values()].reduce((n, d) => n + d.length, 0)} from rule tests, ${Object.values(RULE_CASES).reduce((n, d) => n + d.length, 0)} from rule generators, ${SCENARIOS.length} scenarios, corpus): ${counts.compared} schema-valid compared (${counts.libvirtRefused} refused by libvirt), ${counts.schemaInvalid} schema-invalid judged per rule only`);
    console.log(`      left out (tagged): ${counts.hostTagged} host state, ${counts.newerTagged} features newer than libvirt 9.0, ${counts.nicTagged} NIC addresses domxml-to-native drops (virsh define accepts)`);
    console.log(`      libvirt refuses ⇔ virtlint errs: ${counts.agreed}/${counts.compared} = ${pct(counts.agreed, counts.compared)}`);
    for (const line of ruleTable(stats, NOT_EXERCISABLE, HOST_STATE_ONLY)) console.log(`      ${line}`);
    for (const [id, why] of Object.entries(NEAR_MISSES_NEED_HOST)) console.log(`        ${id}: near misses need host state: ${why}`);
    if (recallMisses.length > 0) console.log(`      libvirt printed a rule's message but the rule did not fire (${recallMisses.length}):\n        ${recallMisses.join('\n        ')}`);
    if (mismatches.length > 0) console.log(`      libvirt's message is not among the rule's libvirtMessages (${mismatches.length}):\n        ${mismatches.join('\n        ')}`);
    if (disagreements.length > 0) console.log(`      disagreements (${disagreements.length}):\n        ${disagreements.join('\n        ')}`);

    expect(counts.compared).to.be.greaterThan(300);
    const lowPrecision = [...stats].filter(([, s]) => s.fired > 0 && s.right / s.fired < 0.95).map(([id, s]) => `${id}: ${s.right}/${s.fired}`);
    expect(lowPrecision, 'rules under 0.95 precision').to.deep.equal([]);
    const neverFired = [...stats].filter(([id, s]) => !NOT_EXERCISABLE[id] && (HOST_STATE_ONLY[id] ? s.taggedFired === 0 : s.fired === 0)).map(([id]) => id);
    expect(neverFired, 'exercisable rules that never fired on a compared document').to.deep.equal([]);
    const noNearMiss = [...stats].filter(([id, s]) => !NOT_EXERCISABLE[id] && !HOST_STATE_ONLY[id] && !NEAR_MISSES_NEED_HOST[id] && s.nearMisses === 0).map(([id]) => id);
    expect(noNearMiss, 'exercisable rules without a judged near miss among their documents').to.deep.equal([]);
    const stale = Object.keys({ ...NOT_EXERCISABLE, ...HOST_STATE_ONLY, ...NEAR_MISSES_NEED_HOST }).filter((id) => !RULES_BY_ID.has(id));
    expect(stale, 'rules listed as not exercisable that do not exist').to.deep.equal([]);
    // Measured 650/654 = 99.4% with libvirt 9.0 + QEMU 7.2 (the misses: SEV, type='xen' and type='vmware' domains this
    // host's libvirtd refuses, two of them near-miss tests of fidelity-hunt's rules; the Hyper-V xmm_input document is
    // left out as newer than 9.0 by virtlint's version tables, which libvirt's own schemas at nine releases check).
    expect(counts.agreed / counts.compared).to.be.at.least(Number(process.env.VIRTLINT_ORACLE_FLOOR ?? 0.98));
  });
});
