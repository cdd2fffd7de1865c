import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir as sharedTempDir } from '../helpers/temp-dir.js';
import type { CapabilityView } from '../../src/caps/view.js';
import { buildDomain } from '../../src/model/domain.js';
import { checkDocument, type Report, type Rule } from '../../src/rule.js';
import { parseXml } from '../../src/xml/parse.js';

export const CAPS_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'caps');
/** Real `virsh capabilities` / `virsh domcapabilities` outputs shared next to the checkout. */
export const SHARED_CAPS = path.resolve(REPO_ROOT, '../shared/caps');
export const QEMU = '/usr/bin/qemu-system-x86_64';
/** libvirt 9.0's real QEMU capabilities cache for Debian's QEMU 7.2 (from /var/cache/libvirt/qemu/capabilities). */
export const REAL_QEMU_CAPS_CACHE = path.join(CAPS_FIXTURES, 'libvirt-9.0-qemu-7.2-x86_64.caps.xml');

export const qemuInstalled = (): boolean => fs.existsSync(QEMU);

/** Skips the suite with a clear reason when QEMU is not installed. */
export function requireQemu(ctx: Mocha.Context): void {
  if (!qemuInstalled()) {
    console.warn(`    (skipped: ${QEMU} is missing — install Debian's qemu-system-x86 to run this test)`);
    ctx.skip();
  }
}

/** A fresh temporary directory `virtlint-<prefix>-…`, removed when the test process exits (or earlier by the test). */
export function tempDir(prefix: string): string {
  return sharedTempDir(`virtlint-${prefix}-`);
}

/** A minimal domain; `devices` is inserted under <devices> after <emulator>. */
export function domainXml(opts: { type?: string; arch?: string; machine?: string; emulator?: string; devices?: string; vcpu?: number } = {}): string {
  const typeAttrs = `${opts.arch ? ` arch='${opts.arch}'` : ''}${opts.machine ? ` machine='${opts.machine}'` : ''}`;
  return `<domain type='${opts.type ?? 'kvm'}'>
  <name>caps-test</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>${opts.vcpu ?? 1}</vcpu>
  <os>
    <type${typeAttrs}>hvm</type>
  </os>
  <devices>
    ${opts.emulator !== undefined ? `<emulator>${opts.emulator}</emulator>` : ''}
    ${opts.devices ?? ''}
  </devices>
</domain>
`;
}

export const VIRTIO_DISK_IOEVENTFD = `<disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' ioeventfd='on'/>
      <source file='/var/lib/libvirt/images/a.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>`;

/** A fake "emulator": a shell script in a fresh directory, mode 0755. */
export function fakeEmulator(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  return file;
}

/** Runs one rule on a document with the given capabilities (no grammar step), collecting reports and notes. */
export function runRule(rule: Rule, xml: string, capabilities: CapabilityView | undefined): { reports: Report[]; notes: string[] } {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(`test document is not well-formed: ${parsed.diagnostic.message}`);
  const reports: Report[] = [];
  const notes: string[] = [];
  checkDocument(rule, { kind: 'domain', model: buildDomain(parsed.document.root) }, {
    capabilities,
    options: [],
    sourceText: xml,
    report: (r) => reports.push(r),
    note: (n) => notes.push(n),
  });
  return { reports, notes };
}

/** The text a report's range covers. */
export const rangeText = (xml: string, r: Report): string => xml.slice(r.range.start.offset, r.range.end.offset);
