import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { RuleTester } from '../../src/rule-tester.js';
import type { Diagnostic } from '../../src/types.js';

/** The repository root (tests run from dist/test/rules/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The shared corpus of real VM definitions (next to the checkout). */
export const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/virt-install');

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');

/**
 * The seed document (libvirt's disk-ioeventfd test, an i440fx guest), made runnable by libvirt 9.0 on
 * this machine: the real emulator path, machine 'pc', and a VNC port libvirt accepts. Each test edits
 * it in a targeted way, so the documents stay close to a real, accepted configuration.
 */
export const SEED = read('examples/seed-disk-ioeventfd.xml')
  .replace('<emulator>/usr/bin/qemu</emulator>', '<emulator>/usr/bin/qemu-system-x86_64</emulator>')
  .replace("machine='pc-0.13'", "machine='pc'")
  .replace("port='5091'", "port='5901'");

/** A q35 guest derived from a virt-install corpus document (see the fixture's comment). */
export const Q35 = read('test/fixtures/rules/q35-base.xml');

/** A QEMU guest without an <emulator> (libvirt picks the installed one of `arch`): `os` after <os><type>, `top` after <os>, `devices` in <devices>. */
const guestText = (name: string, arch: string, machine: string, top: string, devices: string, os = ''): string => `<domain type='qemu'>
  <name>${name}</name>
  <memory unit='KiB'>262144</memory>
  <os><type arch='${arch}' machine='${machine}'>hvm</type>${os}</os>
  ${top}
  <devices>
    ${devices}
  </devices>
</domain>
`;

/** An s390x guest on the CCW machine with `top` after <os> and `devices` in <devices> (no balloon by default). */
export const s390 = (top: string, devices = "<memballoon model='none'/>"): string => guestText('s390', 's390x', 's390-ccw-virtio', top, devices);

/**
 * A guest of another architecture (aarch64, armv7l, riscv64, s390x, …) on `machine`, with `devices`
 * (and the memory balloon off), `top` after <os> (e.g. <features>) and `os` inside it (a <loader>).
 */
export const otherArch = (arch: string, machine: string, devices = '', top = '', os = ''): string => guestText(arch, arch, machine, top, `${devices}\n    <memballoon model='none'/>`, os);

/** The AAVMF firmware of Debian's qemu-efi-aarch64 as a pflash loader with its NVRAM template. */
export const AAVMF = "<loader readonly='yes' type='pflash'>/usr/share/AAVMF/AAVMF_CODE.fd</loader><nvram template='/usr/share/AAVMF/AAVMF_VARS.fd'/>";

/**
 * An isapc guest libvirt 9.0 defines: a machine without a PCI bus, so no memory balloon (libvirt
 * would add a virtio one) and nothing else that needs a PCI slot.
 */
export const ISAPC = `<domain type='qemu'>
  <name>isapc</name>
  <memory unit='KiB'>65536</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='isapc'>hvm</type>
  </os>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <serial type='pty'/>
    <console type='pty'/>
    <input type='keyboard' bus='ps2'/>
    <memballoon model='none'/>
  </devices>
</domain>
`;

/** Applies [from, to] replacements; each `from` must occur exactly once (a test-authoring check). */
export function edit(text: string, ...pairs: (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of pairs) {
    const first = out.indexOf(from);
    if (first < 0 || out.indexOf(from, first + 1) >= 0) throw new Error(`edit: '${from}' must occur exactly once`);
    out = out.slice(0, first) + to + out.slice(first + from.length);
  }
  return out;
}

/** Inserts `xml` just before `</devices>`. */
export const addDevices = (text: string, xml: string): string => edit(text, ['  </devices>', `${xml}\n  </devices>`]);

/**
 * "line:column" of a marker in a text: `needle` is a snippet with one `|` where the position is;
 * `nth` picks the occurrence (1-based).
 */
export function pos(text: string, needle: string, nth = 1): string {
  const bar = needle.indexOf('|');
  const plain = needle.replace('|', '');
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(plain, at + 1);
    if (at < 0) throw new Error(`pos: '${plain}' not found ${nth} time(s)`);
  }
  const offset = at + (bar < 0 ? 0 : bar);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

export interface Finding {
  readonly severity: string;
  readonly at: string;
}

/**
 * Lints a document with all bundled rules and the bundled grammar. With VIRTLINT_RULE_DUMP set to a
 * directory, also writes the document and virtlint's findings there (to replay against libvirt).
 */
export async function lint(text: string): Promise<Diagnostic[]> {
  const result = await lintText(text, { filePath: 'test.xml' });
  const dump = process.env.VIRTLINT_RULE_DUMP;
  if (dump) {
    const name = createHash('sha1').update(text).digest('hex').slice(0, 12);
    fs.mkdirSync(dump, { recursive: true });
    fs.writeFileSync(path.join(dump, `${name}.xml`), text);
    const rules = result.diagnostics.filter((d) => !d.ruleId.includes('/')).map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message }));
    fs.writeFileSync(path.join(dump, `${name}.json`), JSON.stringify(rules, null, 1));
  }
  return [...result.diagnostics];
}

/** The findings of one rule: severity and start "line:column". */
export async function findings(text: string, ruleId: string): Promise<Finding[]> {
  return (await lint(text))
    .filter((d) => d.ruleId === ruleId)
    .map((d) => ({ severity: d.severity, at: `${d.range.start.line}:${d.range.start.column}` }));
}

/** Asserts that a rule reports exactly these findings (in document order). */
export async function expectFindings(text: string, ruleId: string, expected: Finding[]): Promise<Diagnostic[]> {
  const all = await lint(text);
  const mine = all.filter((d) => d.ruleId === ruleId);
  expect(mine.map((d) => ({ severity: d.severity, at: `${d.range.start.line}:${d.range.start.column}` }))).to.deep.equal(expected);
  expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
  return mine;
}

/** Asserts that a rule reports nothing (and that no rule crashed). */
export async function expectClean(text: string, ruleId: string): Promise<void> {
  await expectFindings(text, ruleId, []);
}

export const error = (at: string): Finding => ({ severity: 'error', at });
export const warning = (at: string): Finding => ({ severity: 'warning', at });

/**
 * The rule tester of virtlint's own rule tests. Each case runs the rule alone (the table's
 * assertions); then the whole pipeline lints the same document, which must not crash any rule and
 * must report for this rule what the rule reported alone (and, with VIRTLINT_RULE_DUMP, keeps the
 * document for the oracle tier).
 */
export const ruleTester = new RuleTester({
  async afterCase(code, alone, rule) {
    const all = await lint(code);
    expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
    const at = (d: Diagnostic): string => `${d.severity} ${d.range.start.line}:${d.range.start.column}`;
    expect(all.filter((d) => d.ruleId === rule.meta.id).map(at)).to.deep.equal(alone.map(at));
  },
});
