import { addDevices, edit, error, expectClean, expectFindings, pos, SEED, warning } from './helpers.js';

const ID = 'vhost-user-shared-memory';
const VHOST_DISK = "<disk type='vhostuser' device='disk'><driver name='qemu' type='raw'/><source type='unix' path='/tmp/vhost-blk.sock'/><target dev='vdb' bus='virtio'/></disk>";
const VIRTIOFS = "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='tag'/></filesystem>";
const SHARED = "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>";
const VCPU = "<vcpu placement='static'>1</vcpu>";

describe(ID, () => {
  it('errs on a vhost-user disk and virtiofs with private memory', async () => {
    const doc = addDevices(SEED, VHOST_DISK + VIRTIOFS);
    await expectFindings(doc, ID, [error(pos(doc, "<disk type='|vhostuser'")), error(pos(doc, "<driver type='|virtiofs'"))]);
  });
  it('warns on a vhost-user interface with private memory', async () => {
    const doc = edit(SEED, ["<interface type='user'>", "<interface type='vhostuser'><source type='unix' path='/tmp/vu.sock' mode='client'/>"], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", '']);
    await expectFindings(doc, ID, [warning(pos(doc, "<interface type='|vhostuser'"))]);
  });
  it('accepts them with shared memory, or with every NUMA cell shared', async () => {
    await expectClean(edit(addDevices(SEED, VHOST_DISK + VIRTIOFS), [VCPU, VCPU + SHARED]), ID);
    const numa = edit(addDevices(SEED, VIRTIOFS), ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB' memAccess='shared'/></numa></cpu><clock offset='utc'/>"]);
    await expectClean(numa, ID);
  });
  it('errs when a NUMA cell overrides shared backing with private access', async () => {
    const doc = edit(addDevices(SEED, VIRTIOFS), [VCPU, VCPU + SHARED], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB' memAccess='private'/></numa></cpu><clock offset='utc'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<driver type='|virtiofs'"))]);
  });
});
