import { expect } from 'chai';
import rule from '../../rules/memory-device-models.js';
import { runRule } from '../caps/helpers.js';
import { addDevices, edit, otherArch, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const BASE = edit(
  SEED,
  [CUR, `<maxMemory slots='4' unit='KiB'>4194304</maxMemory>${CUR}`],
  ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>"],
);
const target = (inner: string): string => `<target><size unit='KiB'>131072</size>${inner}</target>`;
const virtioMem = (block: string, requested: string): string =>
  `<memory model='virtio-mem'>${target(`<node>0</node><block unit='KiB'>${block}</block><requested unit='KiB'>${requested}</requested>`)}</memory>`;

/** An s390x guest with memory hotplug (its NUMA cell only for libvirt's check: QEMU's s390x machine has no NUMA) and `devices`. */
const s390x = (devices: string): string =>
  otherArch('s390x', 's390-ccw-virtio', devices, "<maxMemory slots='4' unit='KiB'>4194304</maxMemory><cpu><numa><cell id='0' cpus='0' memory='262144' unit='KiB'/></numa></cpu>");

const nvdimmLabel = (kib: number): string => `<memory model='nvdimm'><source><path>/tmp/nv</path></source>${target(`<node>0</node><label><size unit='KiB'>${kib}</size></label>`)}</memory>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts well-formed devices of each model (1)', code: addDevices(BASE, virtioMem('2048', '65536')) },
    { name: 'accepts well-formed devices of each model (2)', code: addDevices(BASE, `<memory model='dimm'>${target('<node>0</node>')}</memory>`) },
    { name: 'accepts well-formed devices of each model (3)', code: addDevices(BASE, `<memory model='virtio-pmem'><source><path>/tmp/pm</path></source>${target('')}</memory>`) },
    { name: 'accepts an nvdimm label area of 128 KiB, below the size', code: addDevices(BASE, nvdimmLabel(128)) },
    { name: 'accepts a virtio-pmem without access (libvirt 9.0 defines it) and one with a PCI address', code: addDevices(BASE, `<memory model='virtio-pmem'><source><path>/tmp/pm</path></source>${target('')}</memory><memory model='virtio-pmem' access='shared'><source><path>/tmp/pm2</path></source>${target('')}<address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></memory>`) },
    { name: 'accepts a virtio-mem with a PCI address, and a dimm with one (libvirt 9.0 defines both)', code: addDevices(BASE, `<memory model='virtio-mem'>${target("<node>0</node><block unit='KiB'>2048</block><requested unit='KiB'>0</requested>")}<address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></memory><memory model='dimm'>${target('<node>0</node>')}<address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/></memory>`) },
    { name: 'accepts well-formed devices of each model (4)', code: addDevices(BASE, `<memory model='nvdimm'><source><path>/tmp/nv</path></source>${target('<node>0</node>')}</memory>`) },
  ],
  invalid: [
    {
      name: 'errs on virtio-mem and virtio-pmem without an address on s390x (libvirt gives them a CCW one), at the model',
      code: s390x(`${virtioMem('2048', '0')}<memory model='virtio-pmem' access='shared'><source><path>/tmp/pm</path></source>${target('')}</memory>`),
      errors: [
        { severity: 'error', near: "model='|virtio-mem'", message: /on s390x libvirt gives a virtio device without an <address> a CCW one/ },
        { severity: 'error', near: "model='|virtio-pmem'" },
      ],
    },
    {
      name: 'errs on an nvdimm label area under 128 KiB, and on one as large as the device (1)',
      code: addDevices(BASE, nvdimmLabel(64)),
      errors: [{ severity: 'error', near: "<label><size unit='KiB'>|64<", message: /128 KiB/ }],
    },
    {
      name: 'errs on an nvdimm label area under 128 KiB, and on one as large as the device (2)',
      code: addDevices(BASE, nvdimmLabel(131072)),
      errors: [{ severity: 'error', near: "<label><size unit='KiB'>|131072<", message: /smaller than the device/ }],
    },
    {
      name: 'errs on nvdimm and virtio-pmem without a backing path, at the model',
      code: addDevices(BASE, `<memory model='nvdimm'>${target('<node>0</node>')}</memory><memory model='virtio-pmem'>${target('')}</memory>`),
      errors: [{ severity: 'error', near: "model='|nvdimm'" }, { severity: 'error', near: "model='|virtio-pmem'" }],
    },
    {
      name: 'errs on discard on an nvdimm',
      code: addDevices(BASE, `<memory model='nvdimm' discard='yes'><source><path>/tmp/nv</path></source>${target('<node>0</node>')}</memory>`),
      errors: [{ severity: 'error', near: "discard='|yes'" }],
    },
    {
      name: 'errs on a node on virtio-pmem, a node past the cells and a missing node (1)',
      code: addDevices(BASE, `<memory model='virtio-pmem'><source><path>/tmp/pm</path></source>${target('<node>0</node>')}</memory>`),
      errors: [{ severity: 'error', near: '<node>|0</node></target></memory>' }],
    },
    {
      name: 'errs on a node on virtio-pmem, a node past the cells and a missing node (2)',
      code: addDevices(BASE, `<memory model='dimm'>${target('<node>1</node>')}</memory>`),
      errors: [{ severity: 'error', near: '<node>|1' }],
    },
    {
      name: 'errs on a node on virtio-pmem, a node past the cells and a missing node (3)',
      code: addDevices(BASE, `<memory model='dimm'>${target('')}</memory>`),
      errors: [{ severity: 'error', near: "<|target><size unit='KiB'>131072" }],
    },
    {
      name: 'errs on a virtio-mem block that is not a power of two, requested above size, requested not a multiple of block (1)',
      code: addDevices(BASE, virtioMem('3072', '0')),
      errors: [{ severity: 'error', near: '>|3072<' }],
    },
    {
      name: 'errs on a virtio-mem block that is not a power of two, requested above size, requested not a multiple of block (2)',
      code: addDevices(BASE, virtioMem('2048', '262144')),
      errors: [{ severity: 'error', near: '>|262144<' }],
    },
    {
      name: 'errs on a virtio-mem block that is not a power of two, requested above size, requested not a multiple of block (3)',
      code: addDevices(BASE, virtioMem('2048', '3000')),
      errors: [{ severity: 'error', near: '>|3000<' }],
    },
    {
      name: 'errs on a virtio-mem without <block>, at its <target>',
      code: addDevices(BASE, `<memory model='virtio-mem'>${target("<node>0</node><requested unit='KiB'>65536</requested>")}</memory>`),
      errors: [{ severity: 'error', near: "<|target><size unit='KiB'>131072", message: /needs a <block> size/ }],
    },
    {
      name: "errs on a virtio-pmem with access='private'",
      code: addDevices(BASE, `<memory model='virtio-pmem' access='private'><source><path>/tmp/pm</path></source>${target('')}</memory>`),
      errors: [{ severity: 'error', near: "access='|private'", message: /cannot have access='private'/ }],
    },
    {
      name: 'errs on a virtio-mem and a virtio-pmem with a dimm address, at the address type',
      code: addDevices(BASE, `${virtioMem('2048', '65536').replace('</memory>', "<address type='dimm' slot='0'/></memory>")}<memory model='virtio-pmem' access='shared'><source><path>/tmp/pm</path></source>${target('')}<address type='dimm' slot='1'/></memory>`),
      errors: [
        { severity: 'error', near: "<address type='|dimm' slot='0'", message: /virtio-mem device is a PCI device/ },
        { severity: 'error', near: "<address type='|dimm' slot='1'", message: /virtio-pmem device is a PCI device/ },
      ],
    },
  ],
});

// Outside the rule tester: this machine's s390x emulator lacks every memory device, so libvirtd 9.0
// refuses the document (emulator-supports-device's refusal, with capabilities), and the rules' oracle
// tier takes every rule tester document for one libvirt judges on the rules alone.
describe('memory-device-models: virtio-mem with a PCI address on s390x', () => {
  it("leaves virtio-mem with <address type='pci'/> and a dimm on s390x alone (the CCW address is libvirt's only without an address)", () => {
    const xml = s390x(`${virtioMem('2048', '0').replace('</memory>', "<address type='pci'/></memory>")}<memory model='dimm'>${target('<node>0</node>')}</memory>`);
    expect(runRule(rule, xml, undefined).reports).to.deep.equal([]);
  });
});
