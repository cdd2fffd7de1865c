import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULES_BY_ID } from '../../rules/index.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { lintText } from '../../src/lint.js';
import type { LintResult } from '../../src/types.js';
import { CORPUS } from '../helpers/paths.js';
import { dependsOnHostState, libvirtdAvailable, libvirtVerdict, messagePattern, newerThanLibvirt, type LibvirtVerdict } from './libvirt.js';
import { SCENARIOS } from './scenarios.js';

interface Case {
  readonly name: string;
  readonly text: string;
}

/** Corpus domains adapted to this machine's QEMU (x86_64 only: that is the emulator installed). */
function corpusCases(): Case[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .flatMap((f) => {
      const text = fs.readFileSync(path.join(CORPUS, f), 'utf8');
      // Only QEMU/KVM guests for x86_64: that is the emulator installed here.
      if (!/^<domain type=(['"])(kvm|qemu)\1/m.test(text) || !/arch=['"]x86_64['"]/.test(text)) return [];
      const adapted = text
        .replace(/<emulator>[^<]*<\/emulator>/, '<emulator>/usr/bin/qemu-system-x86_64</emulator>')
        .replace(/<domain type=(['"])kvm\1/, "<domain type='qemu'");
      return [{ name: `corpus: ${f}`, text: adapted.includes('<emulator>') ? adapted : adapted.replace('<devices>', '<devices>\n<emulator>/usr/bin/qemu-system-x86_64</emulator>') }];
    });
}

const errorsOf = (r: LintResult) => r.diagnostics.filter((d) => d.severity === 'error');

describe('rules vs a real libvirtd 9.0 (oracle)', function () {
  let dir: string;
  before(function () {
    if (!libvirtdAvailable()) throw new Error('libvirtd (QEMU driver) is not running: run `bash .ci/setup` as root (see ../shared/ORACLE.md)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-oracle-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('libvirt refuses a document ⇔ virtlint reports an error; each rule matches libvirt', async () => {
    const cases: Case[] = [...SCENARIOS, ...corpusCases()];
    const capabilities = createCapabilityResolver({});
    let compared = 0;
    let agreed = 0;
    let hostTagged = 0;
    let newerTagged = 0;
    let schemaInvalid = 0;
    const disagreements: string[] = [];
    const perRule = new Map<string, { fired: number; refused: number; messageMatched: number; expected: number; caught: number; warnedAccepted: number; warned: number }>();
    const stat = (id: string) => {
      let s = perRule.get(id);
      if (!s) perRule.set(id, (s = { fired: 0, refused: 0, messageMatched: 0, expected: 0, caught: 0, warnedAccepted: 0, warned: 0 }));
      return s;
    };
    for (const [i, c] of cases.entries()) {
      const file = path.join(dir, `case-${i}.xml`);
      fs.writeFileSync(file, c.text);
      const ours = await lintText(c.text, { filePath: file, capabilities });
      if (ours.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'))) {
        schemaInvalid++; // libvirt's parser ignores what the grammar rejects: compare rules on valid documents only
        continue;
      }
      const theirs: LibvirtVerdict = libvirtVerdict(file);
      if (!theirs.accepted && dependsOnHostState(theirs.message)) {
        hostTagged++;
        continue;
      }
      if (!theirs.accepted && newerThanLibvirt(theirs.message)) {
        newerTagged++;
        continue;
      }
      compared++;
      const ourErrors = errorsOf(ours);
      if ((ourErrors.length > 0) === !theirs.accepted) agreed++;
      else disagreements.push(`${c.name}: libvirt ${theirs.accepted ? 'accepts' : `refuses (${theirs.message})`}; virtlint ${ourErrors.length > 0 ? ourErrors.map((d) => `${d.ruleId}: ${d.message}`).join(' | ') : 'reports no error'}`);
      const firedIds = new Set(ourErrors.map((d) => d.ruleId));
      for (const id of firedIds) {
        const s = stat(id);
        s.fired++;
        if (!theirs.accepted) s.refused++;
        const patterns = (RULES_BY_ID.get(id)?.meta.libvirtMessages ?? []).map(messagePattern);
        if (!theirs.accepted && patterns.some((p) => p.test(theirs.message ?? ''))) s.messageMatched++;
      }
      for (const id of new Set(ours.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.ruleId))) {
        const s = stat(id);
        s.warned++;
        if (theirs.accepted) s.warnedAccepted++;
      }
      if (!theirs.accepted) {
        for (const [id, rule] of RULES_BY_ID) {
          if ((rule.meta.libvirtMessages ?? []).map(messagePattern).some((p) => p.test(theirs.message ?? ''))) {
            const s = stat(id);
            s.expected++;
            if (firedIds.has(id)) s.caught++;
          }
        }
      }
    }
    const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
    console.log(`      ${cases.length} documents: ${compared} compared, ${hostTagged} left out (host state), ${newerTagged} left out (features newer than libvirt 9.0), ${schemaInvalid} left out (schema-invalid for virtlint)`);
    console.log(`      libvirt refuses ⇔ virtlint errs: ${agreed}/${compared} = ${pct(agreed, compared)}`);
    console.log('      rule                                   errs  precision  libvirt-msg  recall   warns(accepted)');
    for (const [id, s] of [...perRule].sort()) {
      console.log(`      ${id.padEnd(38)} ${String(s.fired).padStart(4)}  ${pct(s.refused, s.fired)}    ${pct(s.messageMatched, s.fired)}    ${pct(s.caught, s.expected)}  ${s.warned ? `${s.warnedAccepted}/${s.warned}` : ''}`);
    }
    if (disagreements.length > 0) console.log(`      disagreements:\n        ${disagreements.join('\n        ')}`);
    expect(compared).to.be.greaterThan(50);
    const lowPrecision = [...perRule].filter(([, s]) => s.fired > 0 && s.refused / s.fired < 0.95).map(([id, s]) => `${id}: ${s.refused}/${s.fired}`);
    expect(lowPrecision, 'rules under 0.95 precision').to.deep.equal([]);
    expect(agreed / compared).to.be.at.least(Number(process.env.VIRTLINT_ORACLE_FLOOR ?? 0.9));
  });
});
