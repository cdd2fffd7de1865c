import { expect } from 'chai';
import fs from 'node:fs';
import rule from '../../rules/emulator-supports-smartcard-redirdev.js';
import { profileFromDomainCapabilities } from '../../src/caps/domcaps.js';
import { probeEmulator } from '../../src/caps/probe.js';
import { profileFromQemuCapsCache } from '../../src/caps/qemu-caps-cache.js';
import type { CapabilityProfile } from '../../src/caps/types.js';
import { CapabilityView } from '../../src/caps/view.js';
import { RuleTester } from '../../src/rule-tester.js';
import { parseXml } from '../../src/xml/parse.js';
import { rangeText, runRule } from '../caps/helpers.js';
import { addDevices, lint, otherArch, Q35 } from './helpers.js';

const TCP = "<source mode='connect' host='127.0.0.1' service='4000'/>";
const HOST = "<smartcard mode='host'/>";
const CERTS = "<smartcard mode='host-certificates'><certificate>a</certificate><certificate>b</certificate><certificate>c</certificate></smartcard>";
const PASSTHROUGH = `<smartcard mode='passthrough' type='tcp'>${TCP}</smartcard>`;
const REDIRDEV = `<redirdev bus='usb' type='tcp'>${TCP}</redirdev>`;
const FILTER = "<redirfilter><usbdev class='0x08' allow='no'/><usbdev allow='yes'/></redirfilter>";

/** A profile (as a probe writes it: the whole device list) with these devices. */
const devices = (...names: string[]): CapabilityView =>
  new CapabilityView({ arches: ['x86_64', 'i686'], devices: Object.fromEntries(names.map((n) => [n, n === 'usb-redir' ? ['chardev', 'filter'] : null])), devicesComplete: true });
const NONE = devices('qemu-xhci');
const ALL = devices('qemu-xhci', 'ccid-card-emulated', 'ccid-card-passthru', 'usb-redir');
/** usb-redir whose property list has no 'filter'. */
const NO_FILTER = new CapabilityView({ arches: ['x86_64'], devices: { 'usb-redir': ['chardev'] }, devicesComplete: true });

/** A libvirt QEMU capabilities cache (`<qemuCaps>`) of this libvirt version with these flags. */
function cache(selfvers: number, flags: readonly string[]): CapabilityView {
  const xml = `<qemuCaps><emulator>/usr/bin/qemu-system-x86_64</emulator><version>7002000</version><selfvers>${selfvers}</selfvers><arch>x86_64</arch>${flags.map((f) => `<flag name='${f}'/>`).join('')}</qemuCaps>`;
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error('cache fixture');
  return new CapabilityView(profileFromQemuCapsCache(parsed.document.root, 'test.caps.xml'));
}

/** domcapabilities of libvirt 9.0 for this machine, saying `<redirdev supported>`. */
function domcaps(machine: string, redirdev: 'yes' | 'no'): CapabilityView {
  const xml = `<domainCapabilities><path>/usr/bin/qemu-system-x86_64</path><domain>kvm</domain><machine>${machine}</machine><arch>x86_64</arch><devices><redirdev supported='${redirdev}'${redirdev === 'yes' ? "><enum name='bus'><value>usb</value></enum></redirdev>" : '/>'}</devices></domainCapabilities>`;
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error('domcaps fixture');
  return new CapabilityView(profileFromDomainCapabilities(parsed.document.root, 'domcaps.xml'));
}

/** Each case brings its capabilities; the whole pipeline (no capability source there) must still not crash, and keeps the document for the oracle tier. */
const ruleTester = new RuleTester({
  async afterCase(code) {
    expect((await lint(code)).filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
  },
});

ruleTester.run(rule, {
  valid: [
    { name: 'accepts smartcards of each mode and a redirected device with a filter where the emulator has every device', code: addDevices(Q35, HOST + REDIRDEV + FILTER), capabilities: ALL },
    { name: 'accepts passthrough and host-certificates cards where the emulator has both CCID cards', code: addDevices(Q35, PASSTHROUGH + CERTS), capabilities: ALL },
    { name: 'leaves a <redirfilter> without a <redirdev> alone (libvirt asks only for a redirected device)', code: addDevices(Q35, FILTER), capabilities: NO_FILTER },
    { name: 'leaves an empty <redirfilter> alone (no rules to pass)', code: addDevices(Q35, `${REDIRDEV}<redirfilter/>`), capabilities: NO_FILTER },
    { name: "a libvirt 9 cache with the flags ccid-emulated, ccid-passthru, usb-redir, usb-redir.filter: silent", code: addDevices(Q35, HOST + REDIRDEV + FILTER), capabilities: cache(9000000, ['ccid-emulated', 'ccid-passthru', 'usb-redir', 'usb-redir.filter']) },
    { name: 'a libvirt 7 cache without the flags: silent (that libvirt may not write them)', code: addDevices(Q35, HOST + REDIRDEV), capabilities: cache(7000000, []) },
    { name: "domcapabilities with <redirdev supported='yes'>: silent", code: addDevices(Q35, REDIRDEV), capabilities: domcaps('pc-q35-7.2', 'yes') },
    { name: "domcapabilities of another machine with <redirdev supported='no'>: silent (they do not describe this one)", code: addDevices(Q35, REDIRDEV), capabilities: domcaps('pc-i440fx-7.2', 'no') },
  ],
  invalid: [
    {
      name: 'errs on each smartcard mode whose CCID card device the emulator lacks, at the mode',
      code: addDevices(Q35, HOST + CERTS),
      capabilities: NONE,
      errors: [
        { severity: 'error', near: "<smartcard mode='|host'/>", message: "The emulator has no QEMU device ccid-card-emulated, the device of a smartcard in mode 'host' (capabilities profile): libvirt refuses this domain. Remove the <smartcard>, or use an emulator built with smartcard support" },
        { severity: 'error', near: "mode='|host-certificates'", message: /device ccid-card-emulated, the device of a smartcard in mode 'host-certificates'/ },
      ],
    },
    {
      name: 'errs on a passthrough smartcard without ccid-card-passthru (ccid-card-emulated there)',
      code: addDevices(Q35, PASSTHROUGH),
      capabilities: devices('ccid-card-emulated'),
      errors: [{ near: "mode='|passthrough'", message: /no QEMU device ccid-card-passthru/ }],
    },
    {
      name: 'errs on each <redirdev> without usb-redir, at the element, and leaves the filter (libvirt stops at the device)',
      code: addDevices(Q35, REDIRDEV + REDIRDEV + FILTER),
      capabilities: NONE,
      errors: [
        { near: '<|redirdev', message: 'The emulator has no QEMU device usb-redir, the device of a <redirdev> (capabilities profile): libvirt refuses this domain. Remove the <redirdev>, or use an emulator built with USB redirection' },
        { near: '<|redirdev', nth: 2 },
      ],
    },
    {
      name: "errs on a <redirfilter> with rules beside a <redirdev> where usb-redir has no 'filter'",
      code: addDevices(Q35, REDIRDEV + FILTER),
      capabilities: NO_FILTER,
      errors: [{ near: '<|redirfilter>', message: /usb-redir has no 'filter' property .*<usbdev> rules go to each <redirdev>: libvirt refuses/ }],
    },
    {
      name: 'a libvirt 9 cache without ccid-emulated, ccid-passthru and usb-redir (the s390x emulator\'s): errs on each',
      code: addDevices(Q35, HOST + REDIRDEV),
      capabilities: cache(9000000, ['iothread']),
      errors: [{ near: "mode='|host'", message: /libvirt QEMU capabilities cache test\.caps\.xml/ }, { near: '<|redirdev' }],
    },
    {
      name: "a libvirt 9 cache with usb-redir and without usb-redir.filter: errs on the filter",
      code: addDevices(Q35, REDIRDEV + FILTER),
      capabilities: cache(9000000, ['usb-redir']),
      errors: [{ near: '<|redirfilter>' }],
    },
    {
      name: "domcapabilities of the domain's machine with <redirdev supported='no'>: errs on the <redirdev>",
      code: addDevices(Q35, REDIRDEV),
      capabilities: domcaps('pc-q35-7.2', 'no'),
      errors: [{ near: '<|redirdev', message: /domcapabilities domcaps\.xml/ }],
    },
  ],
});

describe('emulator-supports-smartcard-redirdev: what it notes, and the emulators of this machine', () => {
  it('notes what a source cannot tell: smartcards from domcapabilities, the filter from a probe-like device list', () => {
    const xml = addDevices(Q35, HOST + REDIRDEV + FILTER);
    const fromDomcaps = runRule(rule, xml, domcaps('pc-q35-7.2', 'yes'));
    expect(fromDomcaps.reports).to.deep.equal([]);
    expect(fromDomcaps.notes).to.deep.equal([
      "emulator-supports-smartcard-redirdev: smartcard mode 'host' not checked: domcapabilities domcaps.xml does not say whether the emulator has ccid-card-emulated",
      "emulator-supports-smartcard-redirdev: <redirfilter> not checked: domcapabilities domcaps.xml does not say whether usb-redir takes a 'filter'",
    ]);
    const probeLike = new CapabilityView({ arches: ['x86_64'], devices: { 'ccid-card-emulated': null, 'usb-redir': null }, devicesComplete: true });
    expect(runRule(rule, xml, probeLike).notes).to.deep.equal(["emulator-supports-smartcard-redirdev: <redirfilter> not checked: capabilities profile does not say whether usb-redir takes a 'filter'"]);
  });

  // Not a table case: the table's documents go to the libvirt oracle, whose QEMU driver refuses a Xen domain.
  it("leaves a Xen domain alone (libvirt's QEMU driver asks its capabilities)", () => {
    const xen = addDevices(Q35, HOST + REDIRDEV).replace('<domain type="qemu">', '<domain type="xen">');
    expect(runRule(rule, xen, NONE).reports).to.deep.equal([]);
    expect(runRule(rule, addDevices(Q35, HOST + REDIRDEV), NONE).reports).to.have.length(2);
  });

  it('notes, and checks nothing, when the emulator does not run the arch', () => {
    const xml = addDevices(Q35, HOST);
    const r = runRule(rule, xml, new CapabilityView({ arches: ['s390x'], devices: {}, devicesComplete: true } satisfies CapabilityProfile));
    expect(r.reports).to.deep.equal([]);
    expect(r.notes.join('\n')).to.match(/does not run arch 'x86_64'/);
  });

  it("reports a smartcard and a redirected device with a probe of this machine's qemu-system-s390x (libvirt 9.0: 'this QEMU binary lacks smartcard host mode support', 'USB redirection is not supported by this version of QEMU'), and nothing with qemu-system-x86_64's", async function () {
    const s390x = '/usr/bin/qemu-system-s390x';
    const x86 = '/usr/bin/qemu-system-x86_64';
    if (!fs.existsSync(s390x) || !fs.existsSync(x86)) {
      console.log(`      (skipped: no ${s390x} or ${x86})`);
      this.skip();
    }
    const usb = "<controller type='usb' model='qemu-xhci'/>";
    const guest = otherArch('s390x', 's390-ccw-virtio', usb + HOST + PASSTHROUGH + REDIRDEV + FILTER).replace('<devices>', `<devices>\n    <emulator>${s390x}</emulator>`);
    const s390 = runRule(rule, guest, new CapabilityView(await probeEmulator(s390x)));
    expect(s390.reports.map((r) => rangeText(guest, r))).to.deep.equal(['host', 'passthrough', 'redirdev']);
    const pc = addDevices(Q35, HOST + PASSTHROUGH + REDIRDEV);
    expect(runRule(rule, pc, new CapabilityView(await probeEmulator(x86))).reports).to.deep.equal([]);
  });
});
