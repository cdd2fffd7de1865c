import rule from '../../rules/pci-address-double-use.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const VIDEO = "<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>";
const DISK_ADDR = "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>";
/** The seed's serial as a PCI serial at 00:0a.0; the console stays libvirt's alias of it. */
const PCI_SERIAL = edit(SEED, ["<target port='0'/>", "<target type='pci-serial' port='0'/><address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/>"]);
const consoleTarget = (target: string, address: string): string => edit(PCI_SERIAL, ["<target type='serial' port='0'/>", `${target}${address}`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the built-in controller written at its own address, and zero addresses (libvirt assigns) (1)', code: addDevices(SEED, "<controller type='ide' index='0'><address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x1'/></controller>") },
    { name: 'accepts the built-in controller written at its own address, and zero addresses (libvirt assigns) (2)', code: addDevices(SEED, "<memballoon model='virtio'><address type='pci'/></memballoon><rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='pci' domain='0' bus='0' slot='0' function='0'/></rng>") },
    { name: 'accepts a free function of q35 slot 0x1f', code: edit(Q35, ['<model type="virtio"/>\n    </interface>', '<model type="virtio"/><address type="pci" bus="0" slot="0x1f" function="5"/>\n    </interface>']) },
    { name: "accepts the console aliasing serial port 0 repeating that serial's PCI address", code: consoleTarget("<target type='serial' port='0'/>", "<address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/>") },
    { name: "accepts the console aliasing serial port 0 (no target type) at another device's address: libvirt ignores it", code: consoleTarget("<target port='0'/>", DISK_ADDR) },
  ],
  invalid: [
    {
      name: "errs on a virtio console (a device of its own) at another device's address",
      code: consoleTarget("<target type='virtio' port='0'/>", DISK_ADDR),
      errors: [{ severity: 'error', near: `<|${DISK_ADDR.slice(1)}`, nth: 2 }],
    },
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
