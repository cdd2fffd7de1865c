/**
 * The model is built for every document before any rule runs, so its cost matters as much as its
 * values. Complexity by ratio (no absolute times): 10× the devices must cost under 40× the CPU
 * time (a quadratic build is ~100×), each size measured in a fresh process
 * (test/helpers/fresh-cost.ts), the smaller with as much warm-up work as the larger. Both sizes
 * are past the point where the records outlive a young-generation collection: below it the build
 * is ~1 µs a device, above it 3–5 µs (the collector copies and promotes what is alive), flat from
 * 4,000 to 32,000 devices. 400 → 4,000 straddled that step and read 25–54× (it failed a CI run
 * at 53.6×); 2,000 → 20,000 read 11–17× (load average ~1). And every record of one kind has the same fields (absent ones
 * undefined): that is what keeps building and reading it cheap in V8 (one shape per kind), so it
 * is checked.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { model, withDevices } from './helpers.js';

const WORKLOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'build-workload.js');

describe('model: building cost', function () {
  this.timeout(120000);

  it('grows linearly with the number of devices (20,000 vs 2,000 disks and interfaces)', () => {
    const ratio = cpuMsInFreshProcess(WORKLOAD, [20000], 1, 2) / cpuMsInFreshProcess(WORKLOAD, [2000], 10, 20);
    expect(ratio, `10× the devices took ${ratio.toFixed(1)}× the time`).to.be.below(40);
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
