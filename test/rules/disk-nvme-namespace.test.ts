import rule from '../../rules/disk-nvme-namespace.js';
import { addDevices, Q35, ruleTester } from './helpers.js';

const nvme = (ns: string, dev = 'vdb'): string => `<disk type='nvme' device='disk'><driver name='qemu' type='raw'/><source type='pci' managed='yes' namespace='${ns}'><address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></source><target dev='${dev}' bus='virtio'/></disk>`;

ruleTester.run(rule, {
  valid: [{ name: 'accepts namespaces 1 and 2', code: addDevices(Q35, nvme('1') + nvme('2', 'vdc')) }],
  invalid: [
    {
      name: "errs on namespace '0' and '00', at the namespace",
      code: addDevices(Q35, nvme('0') + nvme('00', 'vdc')),
      errors: [
        { severity: 'error', near: "namespace='|0'", message: /numbered from 1/ },
        { severity: 'error', near: "namespace='|00'", message: /numbered from 1/ },
      ],
    },
  ],
});
