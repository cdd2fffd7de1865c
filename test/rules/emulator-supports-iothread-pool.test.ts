import { expect } from 'chai';
import fs from 'node:fs';
import rule from '../../rules/emulator-supports-iothread-pool.js';
import { profileFromDomainCapabilities } from '../../src/caps/domcaps.js';
import { probeEmulator } from '../../src/caps/probe.js';
import { profileFromQemuCapsCache } from '../../src/caps/qemu-caps-cache.js';
import { CapabilityView } from '../../src/caps/view.js';
import { RuleTester } from '../../src/rule-tester.js';
import { parseXml } from '../../src/xml/parse.js';
import { runRule } from '../caps/helpers.js';
import { edit, lint, Q35 } from './helpers.js';

/** A libvirt QEMU capabilities cache (`<qemuCaps>`) of this libvirt and QEMU version with these flags. */
function cache(selfvers: number, qemu: number, flags: readonly string[]): CapabilityView {
  const xml = `<qemuCaps><emulator>/usr/bin/qemu-system-x86_64</emulator><version>${qemu}</version><selfvers>${selfvers}</selfvers><arch>x86_64</arch>${flags.map((f) => `<flag name='${f}'/>`).join('')}</qemuCaps>`;
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error('cache fixture');
  return new CapabilityView(profileFromQemuCapsCache(parsed.document.root, 'test.caps.xml'));
}
const probed = (version: string): CapabilityView => new CapabilityView({ origin: 'probe', version, arches: ['x86_64'], devices: {}, devicesComplete: true, sourceDescription: `probe of qemu (QEMU ${version})` });

const LIBVIRT_9 = 9000000;
/** libvirt 9.0's cache of a QEMU 7.0 (no thread-pool-max), and of QEMU 7.2 (the flag). */
const OLD = cache(LIBVIRT_9, 7000000, ['iothread']);
const NEW = cache(LIBVIRT_9, 7002000, ['iothread', 'iothread.thread-pool-max']);

const VCPU = '<vcpu>2</vcpu>';
const pools = (xml: string): string => edit(Q35, [VCPU, `${VCPU}\n  ${xml}`]);
const TWO = "<iothreads>2</iothreads><iothreadids><iothread id='1' thread_pool_min='2' thread_pool_max='8'/><iothread id='2' thread_pool_max='4'/></iothreadids><defaultiothread thread_pool_min='1' thread_pool_max='2'/>";

/** Each case brings its capabilities; the whole pipeline (no capability source there) must still not crash, and keeps the document for the oracle tier. */
const ruleTester = new RuleTester({
  async afterCase(code) {
    expect((await lint(code)).filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
  },
});

ruleTester.run(rule, {
  valid: [
    { name: "accepts pool bounds where libvirt's cache sets iothread.thread-pool-max", code: pools(TWO), capabilities: NEW },
    { name: 'accepts IOThreads and a <defaultiothread> without bounds where the emulator lacks them', code: pools("<iothreads>1</iothreads><iothreadids><iothread id='1'/></iothreadids><defaultiothread/>"), capabilities: OLD },
    { name: 'accepts pool bounds with a probe of QEMU 7.1 (which added them)', code: pools(TWO), capabilities: probed('7.1.0') },
    { name: 'a libvirt 8 cache without the flag: silent (not checked against that libvirt)', code: pools(TWO), capabilities: cache(8004000, 7000000, ['iothread']) },
    { name: 'a probe of QEMU 7.0: silent (a probe lists no IOThread properties)', code: pools(TWO), capabilities: probed('7.0.0') },
  ],
  invalid: [
    {
      name: 'errs on each <iothread> and the <defaultiothread> with bounds where a libvirt 9 cache lacks the flag, at the first bound',
      code: pools(TWO),
      capabilities: OLD,
      errors: [
        {
          severity: 'error',
          near: "<iothread id='1' |thread_pool_min",
          message: "The emulator's IOThreads have no thread-pool-min/max (libvirt QEMU capabilities cache test.caps.xml; QEMU added them in 7.1): libvirt refuses worker pool bounds on this IOThread. Remove thread_pool_min and thread_pool_max, or use a newer QEMU",
        },
        { near: "<iothread id='2' |thread_pool_max" },
        { near: '<defaultiothread |thread_pool_min', message: /on <defaultiothread>\./ },
      ],
    },
    {
      name: 'errs on a thread_pool_max alone (libvirt asks for the capability whichever bound is set)',
      code: pools("<defaultiothread thread_pool_max='4'/>"),
      capabilities: OLD,
      errors: [{ near: '<defaultiothread |thread_pool_max' }],
    },
  ],
});

describe('emulator-supports-iothread-pool: notes, and the emulator of this machine', () => {
  it('notes when the source cannot tell (domcapabilities, a probe of QEMU 7.0)', () => {
    const parsed = parseXml("<domainCapabilities><path>/usr/bin/qemu-system-x86_64</path><domain>kvm</domain><machine>pc-q35-7.2</machine><arch>x86_64</arch></domainCapabilities>");
    if (!parsed.ok) throw new Error('domcaps fixture');
    const domcaps = new CapabilityView(profileFromDomainCapabilities(parsed.document.root, 'domcaps.xml'));
    expect(runRule(rule, pools(TWO), domcaps).notes).to.deep.equal(["emulator-supports-iothread-pool: domcapabilities domcaps.xml does not say whether the emulator's IOThreads take thread-pool-min/max; not checked"]);
    expect(runRule(rule, pools(TWO), probed('7.0.0')).notes).to.have.length(1);
  });

  // Not a table case: the table's documents go to the libvirt oracle, whose QEMU driver refuses a Xen domain.
  it("leaves a Xen domain alone (libvirt's QEMU driver asks its capabilities)", () => {
    expect(runRule(rule, pools(TWO).replace('<domain type="qemu">', '<domain type="xen">'), OLD).reports).to.deep.equal([]);
    expect(runRule(rule, pools(TWO), OLD).reports).to.have.length(3);
  });

  it("is silent with a probe of this machine's QEMU 7.2", async function () {
    const qemu = '/usr/bin/qemu-system-x86_64';
    if (!fs.existsSync(qemu)) {
      console.log(`      (skipped: no ${qemu})`);
      this.skip();
    }
    const r = runRule(rule, pools(TWO), new CapabilityView(await probeEmulator(qemu)));
    expect(r).to.deep.equal({ reports: [], notes: [] });
  });
});
