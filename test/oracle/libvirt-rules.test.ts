import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
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
import { corpusDomainsHere, dependsOnHostState, describeOracle, firstError, libvirtVerdict, type LibvirtVerdict, messagePattern } from './libvirt.js';
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

/**
 * The domain types libvirt's QEMU driver runs (hvf on macOS hosts). A domain of another type (xen,
 * vmware, lxc, ...) belongs to another libvirt driver (libxl, ESX, LXC, ...); the oracle's QEMU
 * driver refuses every one of them ("Emulator '…' does not support virt type 'xen'", or earlier,
 * when its PCI address assignment meets a xenbus controller it has no slot for). A Xen HVM domain
 * names a QEMU device model as its <emulator> legitimately, so virtlint's QEMU rules leave such
 * domains alone (isQemuDomain; emulator-supports-arch-and-type checks qemu, kvm and hvf only).
 */
const QEMU_DRIVER_TYPES = new Set(['qemu', 'kvm', 'hvf']);
function otherDriverType(text: string): string | undefined {
  const type = /<domain\b[^>]*?\stype\s*=\s*(['"])([^'"]*)\1/.exec(text)?.[2];
  return type !== undefined && !QEMU_DRIVER_TYPES.has(type) ? type : undefined;
}

/**
 * What libvirt's generic parser and validation, which every driver runs, say of a document of another
 * driver's type: `virsh -c test:///default define` (the test driver, in virsh's own process: nothing
 * stays defined; its built-in domain is named 'test', so the document is renamed). Its refusal is the
 * verdict compared for such a document (an <input bus='xen'> in an HVM guest: "unsupported input bus
 * xen", whatever the driver); when it accepts, the QEMU driver's refusal is its own and the document is
 * left out, tagged.
 */
function genericVerdict(file: string, text: string): LibvirtVerdict {
  const named = `${file}.generic.xml`;
  fs.writeFileSync(named, text.replace(/<name>[^<]*<\/name>/, `<name>${DEFINE_NAME}-generic</name>`));
  const r = spawnSync('virsh', ['-c', 'test:///default', 'define', named], { encoding: 'utf8', timeout: 60000 });
  return r.status === 0 ? { accepted: true } : { accepted: false, message: firstError((r.stderr || '').trim()) };
}

/**
 * Refusals for this host's hardware, told by the message and the guest: libvirt sets QEMU's
 * sev-guest capability only when QMP query-sev-capabilities answers, which needs an AMD host with
 * SEV enabled; this one has none (`virsh domcapabilities`: <sev supported='no'/>). virtlint says it
 * where a domcapabilities source says so (emulator-supports-device); the probe this suite uses cannot
 * tell. On a guest that is not x86 the same message is structural (launch-security-arch), but such a
 * guest is refused here for its arch before it gets that far.
 */
const HOST_HARDWARE: readonly (readonly [RegExp, string])[] = [
  [/SEV launch security is not supported with this QEMU binary$/, 'AMD SEV on an x86 guest: this host has no SEV (domcapabilities <sev supported=\'no\'/>)'],
];
const hostHardware = (text: string, message: string | undefined): string | undefined =>
  /<type\b[^>]*\barch=(['"])(x86_64|i686)\1/.test(text) ? HOST_HARDWARE.find(([re]) => re.test(message ?? ''))?.[1] : undefined;

/**
 * Disagreements known and explained, by case name, with the reason (none today): any other one fails
 * the suite, so that a new one is fixed, tagged or listed here with its reason, not averaged away.
 */
const EXPECTED_DISAGREEMENTS: Readonly<Record<string, string>> = {};

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
    const counts = { compared: 0, agreed: 0, hostTagged: 0, newerTagged: 0, nicTagged: 0, driverTagged: 0, schemaInvalid: 0, libvirtRefused: 0 };
    /** The documents left out for another driver's domain type or this host's hardware, with why. */
    const taggedWhy: string[] = [];
    /** The documents of another driver's type that libvirt's generic validation refuses, compared with that verdict. */
    const genericJudged: string[] = [];
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
      const qemuDriver = libvirtVerdict(file);
      const otherType = qemuDriver.accepted ? undefined : otherDriverType(c.text);
      const generic = otherType === undefined ? undefined : genericVerdict(file, c.text);
      const theirs = generic && !generic.accepted ? generic : qemuDriver;
      if (otherType !== undefined && generic && !generic.accepted) genericJudged.push(`${c.name}: domain type '${otherType}', judged by libvirt's generic validation (test:///default): "${generic.message}"`);
      const driver = generic?.accepted ? otherType : undefined;
      const hardware = theirs.accepted || driver ? undefined : hostHardware(c.text, theirs.message);
      if (driver) taggedWhy.push(`${c.name}: domain type '${driver}' belongs to another libvirt driver (libvirt says "${theirs.message}")`);
      if (hardware) taggedWhy.push(`${c.name}: host state, ${hardware} (libvirt says "${theirs.message}")`);
      const tagged = !theirs.accepted && (driver ? 'driver' : hardware || dependsOnHostState(theirs.message) ? 'host' : (await usesNewerThan9(c.text)) ? 'newer' : nicAddressDropped(c.text, file, theirs.message) ? 'nic' : undefined);
      if (tagged) {
        counts[tagged === 'host' ? 'hostTagged' : tagged === 'newer' ? 'newerTagged' : tagged === 'nic' ? 'nicTagged' : 'driverTagged']++;
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
        else if (!Object.hasOwn(EXPECTED_DISAGREEMENTS, c.name)) {
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
    console.log(`      left out (tagged): ${counts.hostTagged} host state, ${counts.newerTagged} features newer than libvirt 9.0, ${counts.nicTagged} NIC addresses domxml-to-native drops (virsh define accepts), ${counts.driverTagged} domain types of other libvirt drivers (not the QEMU driver's: qemu, kvm, hvf)`);
    for (const why of taggedWhy) console.log(`        ${why}`);
    for (const line of genericJudged) console.log(`      compared: ${line}`);
    for (const [name, why] of Object.entries(EXPECTED_DISAGREEMENTS)) console.log(`      expected disagreement: ${name}: ${why}`);
    console.log(`      libvirt refuses ⇔ virtlint errs: ${counts.agreed}/${counts.compared} = ${pct(counts.agreed, counts.compared)}`);
    for (const line of ruleTable(stats, NOT_EXERCISABLE, HOST_STATE_ONLY)) console.log(`      ${line}`);
    for (const [id, why] of Object.entries(NEAR_MISSES_NEED_HOST)) console.log(`        ${id}: near misses need host state: ${why}`);
    if (recallMisses.length > 0) console.log(`      libvirt printed a rule's message but the rule did not fire (${recallMisses.length}):\n        ${recallMisses.join('\n        ')}`);
    if (mismatches.length > 0) console.log(`      libvirt's message is not among the rule's libvirtMessages (${mismatches.length}):\n        ${mismatches.join('\n        ')}`);
    if (disagreements.length > 0) console.log(`      disagreements (${disagreements.length}):\n        ${disagreements.join('\n        ')}`);

    expect(counts.compared).to.be.greaterThan(300);
    expect(disagreements, 'disagreements neither tagged nor in EXPECTED_DISAGREEMENTS').to.deep.equal([]);
    const lowPrecision = [...stats].filter(([, s]) => s.fired > 0 && s.right / s.fired < 0.95).map(([id, s]) => `${id}: ${s.right}/${s.fired}`);
    expect(lowPrecision, 'rules under 0.95 precision').to.deep.equal([]);
    const neverFired = [...stats].filter(([id, s]) => !NOT_EXERCISABLE[id] && (HOST_STATE_ONLY[id] ? s.taggedFired === 0 : s.fired === 0)).map(([id]) => id);
    expect(neverFired, 'exercisable rules that never fired on a compared document').to.deep.equal([]);
    const noNearMiss = [...stats].filter(([id, s]) => !NOT_EXERCISABLE[id] && !HOST_STATE_ONLY[id] && !NEAR_MISSES_NEED_HOST[id] && s.nearMisses === 0).map(([id]) => id);
    expect(noNearMiss, 'exercisable rules without a judged near miss among their documents').to.deep.equal([]);
    const stale = Object.keys({ ...NOT_EXERCISABLE, ...HOST_STATE_ONLY, ...NEAR_MISSES_NEED_HOST }).filter((id) => !RULES_BY_ID.has(id));
    expect(stale, 'rules listed as not exercisable that do not exist').to.deep.equal([]);
    // Measured 1093/1093 = 100.0% with libvirt 9.0 + QEMU 7.2 (round 18; before: 1092/1098, the misses were SEV,
    // which this host lacks and is now tagged host state, and xen/vmware domains the QEMU driver refuses, now
    // tagged as other drivers' or judged by libvirt's generic validation, which found input-bus-compat's miss of
    // the xen input bus in HVM guests).
    expect(counts.agreed / counts.compared).to.be.at.least(Number(process.env.VIRTLINT_ORACLE_FLOOR ?? 0.98));
  });
});
