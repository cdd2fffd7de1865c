/**
 * The model is built for every document before any rule runs, so its cost matters as much as its
 * values. Complexity by ratio (no absolute times): 10× the devices must cost under 30× the CPU
 * time (a quadratic build is ~100×), each size measured in a fresh process
 * (test/helpers/fresh-cost.ts), the smaller with as much warm-up work as the larger.
 *
 * Both sizes run with a 1 MB young generation, as test/xml/scanner-linear.test.ts does. With V8's
 * default (16 MB) the records of the smaller document lived and died in the young generation while
 * the larger one's were copied and promoted: the build cost ~1.3 µs a device up to 8,000 devices and
 * ~3 µs from 20,000, so 2,000 → 20,000 straddled that step and read 21–35× (bound 40) where the work
 * is linear (earlier the step lay below 2,000, and 400 → 4,000 failed a CI run at 53.6×). With a
 * young generation both outgrow, the build costs ~3 µs a device from 1,000 to 40,000 devices:
 * 4,000 → 40,000 reads 11–13×, and a build made quadratic by a duplicate check of `all` (an
 * `includes` per device, a cheap quadratic) reads 44–49× (figures in docs/performance.md, "Timing
 * tests and load").
 *
 * And every record of one kind has the same fields (absent ones undefined): that is what keeps
 * building and reading it cheap in V8 (one shape per kind), so it is checked.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { model, withDevices } from './helpers.js';

const WORKLOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'build-workload.js');
/** A young generation both sizes outgrow (see above). */
const SMALL_YOUNG_GENERATION = ['--max-semi-space-size=1'];

describe('model: building cost', function () {
  this.timeout(120000);

  it('grows linearly with the number of devices (40,000 vs 4,000 disks, and as many interfaces)', () => {
    const large = cpuMsInFreshProcess(WORKLOAD, [40000], 1, 2, SMALL_YOUNG_GENERATION);
    const small = cpuMsInFreshProcess(WORKLOAD, [4000], 10, 20, SMALL_YOUNG_GENERATION);
    const ratio = large / small;
    console.log(`      4,000: ${small.toFixed(1)} ms, 40,000: ${large.toFixed(1)} ms CPU, ratio ${ratio.toFixed(1)}`);
    expect(ratio, `10× the devices took ${ratio.toFixed(1)}× the time`).to.be.below(30);
  });

  it('gives every record of a kind the same fields, in the same order, whatever the document wrote', () => {
    const d = model(
      withDevices(`<disk type='file' device='disk'><source file='/a'/><target dev='vda' bus='virtio'/></disk>
<disk type='network' device='lun' rawio='yes'><driver name='qemu' type='raw' cache='none' iommu='on'/><source protocol='iscsi' name='iqn/1'><auth username='u'/></source><target dev='sda' bus='scsi'/><serial>s</serial><boot order='1'/><address type='drive' controller='0' bus='0' unit='1'/></disk>
<interface type='user'/>
<interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/><driver name='vhost' queues='2'/><ip address='10.0.0.1'/></interface>`),
    );
    const [plain, full] = d.devices.disks;
    expect(Object.keys(plain!)).to.deep.equal(Object.keys(full!));
    expect(plain!.driver).to.equal(undefined);
    expect(full!.driver?.cache?.value).to.equal('none');
    const [bare, nic] = d.devices.interfaces;
    expect(Object.keys(bare!)).to.deep.equal(Object.keys(nic!));
    const other = model(withDevices(`<disk type='file'><driver name='qemu'/><target dev='hda'/><source file='/b'/></disk>`)).devices.disks[0]!;
    expect(Object.keys(other.driver!)).to.deep.equal(Object.keys(full!.driver!));
    expect(Object.keys(other.source!)).to.deep.equal(Object.keys(full!.source!));
    expect(Object.keys(other.target!)).to.deep.equal(Object.keys(full!.target!));
    const [bareController, fullController] = model(
      withDevices(`<controller type='usb'/><controller type='pci' index='1' model='pcie-root-port'><model name='pcie-root-port'/><target chassis='1' port='0x10'/><alias name='pci.1'/><address type='pci' bus='0' slot='2'/></controller>`),
    ).devices.controllers;
    expect(Object.keys(bareController!)).to.deep.equal(Object.keys(fullController!));
  });

  it('shares one frozen empty list where a record has none, and gives each record its own list otherwise', () => {
    const d = model(withDevices(`<interface type='user'/><interface type='user'/><interface type='user'><ip address='10.0.0.1'/></interface>`));
    const [a, b, c] = d.devices.interfaces;
    expect(a!.ips).to.deep.equal([]);
    expect(a!.ips).to.equal(b!.ips);
    expect(Object.isFrozen(a!.ips)).to.equal(true);
    expect(() => (a!.ips as unknown[]).push(1)).to.throw(TypeError);
    expect(c!.ips.map((ip) => ip.address?.value)).to.deep.equal(['10.0.0.1']);
    expect(Object.isFrozen(c!.ips)).to.equal(false);
  });
});
