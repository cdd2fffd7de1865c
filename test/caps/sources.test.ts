import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { CapabilityFileError, loadProfileFile, parseCapabilityText, parseProfileJson } from '../../src/caps/profile-file.js';
import { CapabilityView } from '../../src/caps/view.js';
import { CAPS_FIXTURES, REAL_QEMU_CAPS_CACHE, SHARED_CAPS, tempDir } from './helpers.js';

const domcapsFiles = fs.existsSync(SHARED_CAPS) ? fs.readdirSync(SHARED_CAPS).filter((f) => /-domcaps.*\.xml$/.test(f)).sort() : [];

describe('capability files', () => {
  describe('libvirt domcapabilities (every file in shared/caps)', () => {
    before(function () {
      if (domcapsFiles.length === 0) {
        console.warn(`    (skipped: no *-domcaps*.xml in ${SHARED_CAPS})`);
        this.skip();
      }
    });

    it('finds the real files', () => {
      expect(domcapsFiles.length).to.be.at.least(10);
    });

    for (const name of domcapsFiles) {
      it(`loads ${name}`, () => {
        const text = fs.readFileSync(path.join(SHARED_CAPS, name), 'utf8');
        const p = loadProfileFile(path.join(SHARED_CAPS, name));
        expect(p.origin).to.equal('domcapabilities');
        // What the file says, read independently of the parser under test.
        expect(p.emulator).to.equal(/<path>(.*)<\/path>/.exec(text)?.[1]);
        expect(p.scope?.domainType).to.equal(/<domain>(.*)<\/domain>/.exec(text)?.[1]);
        expect(p.scope?.arch).to.equal(/<arch>(.*)<\/arch>/.exec(text)?.[1]);
        expect(p.scope?.machine).to.equal(/<machine>(.*)<\/machine>/.exec(text)?.[1]);
        const bus = /<disk supported='yes'>[\s\S]*?<enum name='bus'>([\s\S]*?)<\/enum>/.exec(text)?.[1];
        const values = [...(bus ?? '').matchAll(/<value>(.*?)<\/value>/g)].map((m) => m[1]);
        expect(p.enums?.['disk.bus']).to.deep.equal(values);
        expect(p.supported?.disk).to.equal(true);
      });
    }

    it('reads enumerations, unsupported elements and the binary arch (kvm-x86_64-domcaps-latest, kvm-loongarch64)', () => {
      const latest = new CapabilityView(loadProfileFile(path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml')));
      expect(latest.enumValues('video.modelType')).to.include.members(['vga', 'qxl', 'virtio', 'bochs', 'ramfb']);
      expect(latest.enumValues('tpm.model')).to.deep.equal(['tpm-tis', 'tpm-crb']);
      expect(latest.enumValues('disk.bus')).to.not.include('ide'); // q35 has no IDE
      expect(latest.supportsArch('i686')).to.equal(true); // qemu-system-x86_64 runs i686 guests too
      expect(latest.supportsArch('aarch64')).to.equal(false);
      expect(latest.supportsDomainType('kvm')).to.equal(true);
      expect(latest.supportsDomainType('qemu')).to.equal(undefined); // the file is about kvm only
      expect(latest.deviceHasProperty('virtio-blk-pci', 'ioeventfd')).to.equal(undefined);
      const loong = new CapabilityView(loadProfileFile(path.join(SHARED_CAPS, 'kvm-loongarch64-domcaps.xml')));
      expect(loong.elementSupported('tpm')).to.equal(false);
      const bhyve = new CapabilityView(loadProfileFile(path.join(SHARED_CAPS, 'bhyve-domcaps.xml')));
      expect(bhyve.enumValues('disk.model')).to.deep.equal([]); // an empty enum: nothing supported
      expect(bhyve.supportsArch('x86_64')).to.equal(true);
      expect(bhyve.supportsArch('aarch64')).to.equal(undefined); // not a qemu-system-* binary: arch list unknown
    });

    it('scopes enumerations to the machine family they were asked for', () => {
      const v = new CapabilityView(loadProfileFile(path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml')));
      expect(v.scopeMismatch({ arch: 'x86_64', machine: 'q35' })).to.equal(undefined);
      expect(v.scopeMismatch({ arch: 'x86_64', machine: 'pc-q35-7.2' })).to.equal(undefined);
      expect(v.scopeMismatch({ arch: 'x86_64', machine: 'pc' })).to.match(/pc-q35-9\.0.*'pc'/);
      expect(v.scopeMismatch({ arch: 'x86_64' })).to.match(/names no machine/);
    });

    it('refuses host capabilities (virsh capabilities) with a hint', () => {
      expect(() => loadProfileFile(path.join(SHARED_CAPS, 'kvm-x86_64.xml'))).to.throw(CapabilityFileError, /virsh domcapabilities/);
    });
  });

  describe("libvirt's QEMU capabilities cache", () => {
    it('reads the real libvirt 9.0 cache of QEMU 7.2', () => {
      const p = loadProfileFile(REAL_QEMU_CAPS_CACHE);
      const v = new CapabilityView(p);
      expect(p.origin).to.equal('qemu-caps-cache');
      expect(p.emulator).to.equal('/usr/bin/qemu-system-x86_64');
      expect(p.version).to.equal('7.2.22');
      expect(p.libvirtVersion).to.equal(9000000);
      expect(p.libvirtFlags).to.include.members(['kvm', 'tcg', 'e1000', 'usb-storage', 'virtio-blk-pci.scsi']);
      expect(v.machine('pc')?.name).to.equal('pc-i440fx-7.2');
      expect(v.machine('q35')?.name).to.equal('pc-q35-7.2');
      expect(v.machine('pc-q35-99.0')).to.equal(null);
      // <machine maxCpus>: aliases resolve to their machine's limit; no machine written means the default one.
      expect(v.machineMaxCpus('q35')).to.deep.equal({ machine: 'pc-q35-7.2', maxCpus: 288 });
      expect(v.machineMaxCpus('pc')).to.deep.equal({ machine: 'pc-i440fx-7.2', maxCpus: 255 });
      expect(v.machineMaxCpus(undefined)).to.deep.equal({ machine: 'pc-i440fx-7.2', maxCpus: 255 });
      expect(v.machineMaxCpus('isapc')).to.deep.equal({ machine: 'isapc', maxCpus: 1 });
      expect(v.machineMaxCpus('pc-q35-99.0')).to.equal(undefined);
      expect(v.supportsArch('x86_64')).to.equal(true);
      expect(v.supportsArch('i686')).to.equal(true);
      expect(v.supportsDomainType('kvm')).to.equal(true);
      expect(v.supportsDomainType('hvf')).to.equal(false);
      expect(v.hasDevice('e1000')).to.equal(true);
      expect(v.hasDevice('lsi53c895a')).to.equal(true);
      expect(v.hasDevice('virtio-blk-pci')).to.equal(undefined); // libvirt has no flag for it
      expect(v.deviceHasProperty('virtio-blk-pci', 'ioeventfd')).to.equal(undefined);
    });

    it('treats a missing device flag as a missing device in a libvirt 9 cache', () => {
      const v = new CapabilityView(loadProfileFile(path.join(CAPS_FIXTURES, 'libvirt-9.0-minimal-no-e1000.caps.xml')));
      expect(v.hasDevice('e1000')).to.equal(false);
      expect(v.hasDevice('rtl8139')).to.equal(true);
      expect(v.hasDevice('tpm-crb')).to.equal(false);
      expect(v.hasDevice('qxl-vga')).to.equal(false);
      expect(v.hasDevice('virtio-net-pci')).to.equal(undefined); // the flag covers pci, ccw and mmio alike
    });

    it('reads only present flags from a libvirt release it was not checked against', () => {
      const v = new CapabilityView(loadProfileFile(path.join(CAPS_FIXTURES, 'libvirt-7.0-tcg-only.caps.xml')));
      expect(v.hasDevice('e1000')).to.equal(undefined);
      expect(v.supportsDomainType('qemu')).to.equal(true);
      expect(v.supportsDomainType('kvm')).to.equal(undefined);
      expect(v.supportsArch('armv7l')).to.equal(true);
      expect(v.machine('virt')?.name).to.equal('virt-5.2');
    });
  });

  describe("virtlint's JSON profile", () => {
    it('loads a profile and answers from it', () => {
      const v = new CapabilityView(loadProfileFile(path.join(CAPS_FIXTURES, 'profile-qemu-old.json')));
      expect(v.deviceHasProperty('virtio-blk-pci', 'ioeventfd')).to.equal(false);
      expect(v.deviceHasProperty('virtio-net-pci', 'ioeventfd')).to.equal(true);
      expect(v.hasDevice('e1000e')).to.equal(false); // devicesComplete
      expect(v.machine('pc')?.name).to.equal('pc-i440fx-2.0');
    });

    it('treats unlisted devices as unknown unless the profile says its list is complete', () => {
      const v = new CapabilityView(parseProfileJson('{"devices": {"virtio-blk-pci": ["ioeventfd"]}}', 'x.json'));
      expect(v.hasDevice('e1000')).to.equal(undefined);
      expect(v.hasDevice('virtio-blk-pci')).to.equal(true);
    });

    it('names the bad key', () => {
      expect(() => loadProfileFile(path.join(CAPS_FIXTURES, 'bad-key.json'))).to.throw(CapabilityFileError, /'machines\[1\]\.name' must be a non-empty string/);
      const bad: [string, RegExp][] = [
        ['{"format": "virtlint-caps/2"}', /'format' must be "virtlint-caps\/1"/],
        ['{"machinez": []}', /unknown key 'machinez'/],
        ['{"devices": {"virtio-blk-pci": "ioeventfd"}}', /'devices\.virtio-blk-pci' must be an array of property names or null/],
        ['{"enums": {"disk.bus": [1]}}', /'enums\.disk\.bus' must be an array of strings/],
        ['{"scope": {"arch": "x86_64", "cpu": "x"}}', /unknown key 'scope\.cpu'/],
        ['{"devicesComplete": "yes"}', /'devicesComplete' must be true or false/],
        ['{"origin": "guess"}', /'origin' must be one of/],
        ['{"machines": [{"name": "pc", "maxCpus": 0}]}', /'machines\[0\]\.maxCpus' must be a positive integer/],
        ['{"machines": [{"name": "pc", "maxCpus": 2.5}]}', /'machines\[0\]\.maxCpus' must be a positive integer/],
        ['{"machines": [{"name": "pc", "maxCpus": "255"}]}', /'machines\[0\]\.maxCpus' must be a positive integer/],
        ['[1, 2]', /expected a JSON object/],
        ['{"arches": "x86_64"', /not valid JSON/],
      ];
      for (const [text, message] of bad) expect(() => parseProfileJson(text, 'p.json'), text).to.throw(CapabilityFileError, message);
    });
  });

  describe('detection and hostile files', () => {
    it('refuses a DOCTYPE (no entity expansion)', () => {
      expect(() => loadProfileFile(path.join(CAPS_FIXTURES, 'entity-bomb.caps.xml'))).to.throw(CapabilityFileError, /DOCTYPE/);
    });

    it('gives clear errors for other content', () => {
      expect(() => parseCapabilityText('hello', 'f')).to.throw(CapabilityFileError, /not a capabilities file/);
      expect(() => parseCapabilityText('<domain/>', 'f')).to.throw(CapabilityFileError, /unexpected root element <domain>/);
      expect(() => parseCapabilityText('<qemuCaps><flag', 'f')).to.throw(CapabilityFileError, /^f:\d+:\d+: XML is not well-formed/);
      expect(() => loadProfileFile('/nonexistent/caps.json')).to.throw(CapabilityFileError, /cannot read capabilities file .*ENOENT/);
      const dir = tempDir('capsdir');
      expect(() => loadProfileFile(dir)).to.throw(CapabilityFileError, /not a regular file/);
      fs.rmSync(dir, { recursive: true });
    });

    it('accepts a byte-order mark', () => {
      expect(parseCapabilityText('\uFEFF{"version": "7.2.0"}', 'f').version).to.equal('7.2.0');
    });
  });
});
