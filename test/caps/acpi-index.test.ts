import path from 'node:path';
import { expect } from 'chai';
import { loadProfileFile } from '../../src/caps/profile-file.js';
import { probeEmulator } from '../../src/caps/probe.js';
import { CapabilityView } from '../../src/caps/view.js';
import rule from '../../rules/emulator-supports-acpi-index.js';
import { CAPS_FIXTURES, domainXml, QEMU, rangeText, REAL_QEMU_CAPS_CACHE, requireQemu, runRule, SHARED_CAPS } from './helpers.js';

const load = (file: string): CapabilityView => new CapabilityView(loadProfileFile(file));
const doc = (indexes: readonly string[]): string =>
  domainXml({ arch: 'x86_64', machine: 'q35', emulator: QEMU, devices: indexes.map((i) => `<interface type='user'><model type='virtio'/><acpi index='${i}'/></interface>`).join('') });

describe('emulator-supports-acpi-index', () => {
  it("JSON profile whose virtio-net-pci lacks 'acpi-index': reports every non-zero index", () => {
    const xml = doc(['1', '0', '2']);
    const r = runRule(rule, xml, load(path.join(CAPS_FIXTURES, 'profile-qemu-old.json')));
    expect(r.reports.map((x) => rangeText(xml, x))).to.deep.equal(['1', '2']);
    expect(r.reports[0]?.message).to.match(/no 'acpi-index' property .*libvirt refuses/);
  });

  it('JSON profile: silent on a document without an index', () => {
    expect(runRule(rule, doc([]), load(path.join(CAPS_FIXTURES, 'profile-qemu-old.json'))).reports).to.deep.equal([]);
  });

  it("libvirt 9.0's cache of QEMU 7.2 sets the flag: silent", () => {
    expect(runRule(rule, doc(['1']), load(REAL_QEMU_CAPS_CACHE)).reports).to.deep.equal([]);
  });

  it('a libvirt 9.0 cache without the flag: reports', () => {
    const xml = doc(['4']);
    expect(runRule(rule, xml, load(path.join(CAPS_FIXTURES, 'libvirt-9.0-minimal-no-e1000.caps.xml'))).reports.map((x) => rangeText(xml, x))).to.deep.equal(['4']);
  });

  it('a libvirt 7.0 cache without the flag: silent with a note (that libvirt may not know the flag)', () => {
    const r = runRule(rule, doc(['4']), load(path.join(CAPS_FIXTURES, 'libvirt-7.0-tcg-only.caps.xml')));
    expect(r.reports).to.deep.equal([]);
    expect(r.notes.join('\n')).to.match(/does not say whether/);
  });

  it('domcapabilities: no device properties, silent with a note', () => {
    const r = runRule(rule, doc(['4']), load(path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml')));
    expect(r.reports).to.deep.equal([]);
    expect(r.notes.join('\n')).to.match(/does not say whether/);
  });

  it("probe of this machine's QEMU 7.2: has the property, silent", async function () {
    requireQemu(this);
    const r = runRule(rule, doc(['4']), new CapabilityView(await probeEmulator(QEMU)));
    expect(r.reports).to.deep.equal([]);
    expect(r.notes).to.deep.equal([]);
  });
});
