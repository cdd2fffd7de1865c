/**
 * The model is built for every document before any rule runs, so its cost matters as much as its
 * values. Complexity by ratio (CPU time, medians; no absolute times): 10× the devices must cost
 * under 50× the time (a quadratic build is ~100×). The margin is for the garbage collector: the
 * records are alive while the model is built, so each young-generation collection copies more of
 * them in the larger run (and its helper threads count in the process's CPU time): 4,000 devices
 * measured 14–35× the time of 400 with Node's default young generation, 11× with
 * `--max-semi-space-size=64`. And every record of one kind has the same fields (absent ones undefined):
 * that is what keeps building and reading it cheap in V8 (one shape per kind), so it is checked.
 */
import { expect } from 'chai';
import { generateDomain } from '../../bench/generate.js';
import { buildDomain } from '../../src/model/domain.js';
import { parseXml } from '../../src/xml/parse.js';
import { model, withDevices } from './helpers.js';

function medianBuildMs(n: number, runs: number): number {
  const parsed = parseXml(generateDomain(n));
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  const root = parsed.document.root;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    const d = buildDomain(root);
    const used = process.cpuUsage(t);
    expect(d.devices.all).to.have.length(2 * n);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

describe('model: building cost', function () {
  this.timeout(120000);

  it('grows linearly with the number of devices (4,000 vs 400 disks and interfaces)', () => {
    medianBuildMs(400, 3); // warm-up (JIT)
    const small = medianBuildMs(400, 7);
    const large = medianBuildMs(4000, 5);
    expect(large / Math.max(small, 0.05)).to.be.below(50);
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
