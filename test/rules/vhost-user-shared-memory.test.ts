import rule from '../../rules/vhost-user-shared-memory.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VHOST_DISK = "<disk type='vhostuser' device='disk'><driver name='qemu' type='raw'/><source type='unix' path='/tmp/vhost-blk.sock'/><target dev='vdb' bus='virtio'/></disk>";
const VIRTIOFS = "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='tag'/></filesystem>";
const SHARED = "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>";
const VCPU = "<vcpu placement='static'>1</vcpu>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts them with shared memory, or with every NUMA cell shared (1)', code: edit(addDevices(SEED, VHOST_DISK + VIRTIOFS), [VCPU, VCPU + SHARED]) },
    { name: 'accepts them with shared memory, or with every NUMA cell shared (2)', code: edit(addDevices(SEED, VIRTIOFS), ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB' memAccess='shared'/></numa></cpu><clock offset='utc'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on a vhost-user disk and virtiofs with private memory',
      code: addDevices(SEED, VHOST_DISK + VIRTIOFS),
      errors: [{ severity: 'error', near: "<disk type='|vhostuser'" }, { severity: 'error', near: "<driver type='|virtiofs'" }],
    },
    {
      name: 'warns on a vhost-user interface with private memory',
      code: edit(SEED, ["<interface type='user'>", "<interface type='vhostuser'><source type='unix' path='/tmp/vu.sock' mode='client'/>"], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", '']),
      errors: [{ severity: 'warning', near: "<interface type='|vhostuser'" }],
    },
    {
      name: 'errs when a NUMA cell overrides shared backing with private access',
      code: edit(addDevices(SEED, VIRTIOFS), [VCPU, VCPU + SHARED], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB' memAccess='private'/></numa></cpu><clock offset='utc'/>"]),
      errors: [{ severity: 'error', near: "<driver type='|virtiofs'" }],
    },
  ],
});
