import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { readFirmwareDescriptors } from '../../src/caps/firmware.js';
import { CapabilityFileError, parseProfileJson } from '../../src/caps/profile-file.js';

describe('firmware descriptors (capability source for firmware autoselection)', () => {
  it("reads Debian's installed OVMF descriptors", function () {
    if (!fs.existsSync('/usr/share/qemu/firmware/60-edk2-x86_64.json')) this.skip(); // installed by .ci/setup (ovmf)
    const all = readFirmwareDescriptors(['/usr/share/qemu/firmware']) ?? [];
    const plain = all.find((d) => d.file === '60-edk2-x86_64.json');
    expect(plain).to.include({ device: 'flash' });
    expect(plain?.interfaceTypes).to.deep.equal(['uefi']);
    expect(plain?.architectures).to.deep.equal(['x86_64']);
    expect(all.find((d) => d.file === '50-edk2-x86_64-secure.json')?.features).to.include.members(['secure-boot', 'requires-smm']);
  });

  it('lets a later directory replace or mask (empty file) a descriptor, skips bad files, and says "unknown" without any directory', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-fw-'));
    try {
      const [usr, etc] = ['usr', 'etc'].map((d) => path.join(root, d));
      for (const d of [usr!, etc!]) fs.mkdirSync(d);
      const desc = (iface: string) => JSON.stringify({ 'interface-types': [iface], mapping: { device: 'flash', mode: 'stateless' }, targets: [{ architecture: 'x86_64', machines: ['pc-q35-*'] }], features: [] });
      fs.writeFileSync(path.join(usr!, '10-a.json'), desc('uefi'));
      fs.writeFileSync(path.join(usr!, '20-b.json'), desc('uefi'));
      fs.writeFileSync(path.join(usr!, '30-bad.json'), '{ not json');
      fs.writeFileSync(path.join(etc!, '10-a.json'), desc('bios'));
      fs.writeFileSync(path.join(etc!, '20-b.json'), '');
      const got = readFirmwareDescriptors([usr!, etc!]);
      expect(got).to.deep.equal([{ file: '10-a.json', interfaceTypes: ['bios'], architectures: ['x86_64'], features: [], device: 'flash', mode: 'stateless' }]);
      expect(readFirmwareDescriptors([path.join(root, 'missing')])).to.equal(undefined);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('orders descriptors by file name byte for byte, as libvirt does (strcmp), not by locale', () => {
    // libvirt's qemuConfigFilesSorter compares the names with strcmp: 'B' (0x42) before 'a' (0x61),
    // '_' (0x5f) after both 'Z' and '-'; a locale-aware sort puts 'a' first. The first matching
    // descriptor wins autoselection, so the order is the verdict.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-fw-order-'));
    try {
      const desc = JSON.stringify({ 'interface-types': ['uefi'], mapping: { device: 'flash' }, targets: [{ architecture: 'x86_64', machines: ['pc-q35-*'] }], features: [] });
      const names = ['50-a.json', '50-B.json', '50_z.json', '50-Z.json', '5-x.json'];
      for (const n of names) fs.writeFileSync(path.join(root, n), desc);
      const got = (readFirmwareDescriptors([root]) ?? []).map((d) => d.file);
      expect(got).to.deep.equal(['5-x.json', '50-B.json', '50-Z.json', '50-a.json', '50_z.json']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("accepts a captured 'firmware' list in a virtlint profile and names a malformed entry", () => {
    const good = parseProfileJson(JSON.stringify({ firmware: [{ file: 'x.json', interfaceTypes: ['uefi'], architectures: ['x86_64'], features: [], device: 'flash' }] }), 'p.json');
    expect(good.firmware?.[0]?.file).to.equal('x.json');
    expect(() => parseProfileJson(JSON.stringify({ firmware: [{ file: 'x.json' }] }), 'p.json')).to.throw(CapabilityFileError, /firmware\[0\]/);
  });
});
