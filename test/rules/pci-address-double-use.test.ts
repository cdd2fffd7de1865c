import rule from '../../rules/pci-address-double-use.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const VIDEO = "<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the built-in controller written at its own address, and zero addresses (libvirt assigns) (1)', code: addDevices(SEED, "<controller type='ide' index='0'><address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x1'/></controller>") },
    { name: 'accepts the built-in controller written at its own address, and zero addresses (libvirt assigns) (2)', code: addDevices(SEED, "<memballoon model='virtio'><address type='pci'/></memballoon><rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='pci' domain='0' bus='0' slot='0' function='0'/></rng>") },
    { name: 'accepts a free function of q35 slot 0x1f', code: edit(Q35, ['<model type="virtio"/>\n    </interface>', '<model type="virtio"/><address type="pci" bus="0" slot="0x1f" function="5"/>\n    </interface>']) },
  ],
  invalid: [
    {
      name: 'errs on a second device at an address already taken',
      code: edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>"]),
      errors: [{ severity: 'error', near: "<|address type='pci' domain='0x0000' bus='0x00' slot='0x04'", nth: 2 }],
    },
    {
      name: "errs on the i440fx built-in IDE function 00:01.1 and q35's SATA function 00:1f.2 (1)",
      code: edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x1'/>"]),
      errors: [{ severity: 'error', near: "<|address type='pci' domain='0x0000' bus='0x00' slot='0x01'" }],
    },
    {
      name: "errs on the i440fx built-in IDE function 00:01.1 and q35's SATA function 00:1f.2 (2)",
      code: edit(Q35, ['<model type="virtio"/>\n    </interface>', '<model type="virtio"/><address type="pci" bus="0" slot="0x1f" function="2"/>\n    </interface>']),
      errors: [{ severity: 'error', near: '<|address type="pci" bus="0" slot="0x1f"' }],
    },
  ],
});
