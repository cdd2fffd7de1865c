import rule from '../../rules/pci-address-range.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const VIDEO = "<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts slot 0 behind a root port and ordinary bus-0 slots (1)', code: edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x02' slot='0x00'/>\n    </interface>"]) },
    { name: 'accepts slot 0 behind a root port and ordinary bus-0 slots (2)', code: SEED },
    { name: 'errs on slot 0 of a bus above 0 without a controller on i440fx (libvirt adds a pci-bridge there) (2)', code: edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x03' slot='0x01' function='0x0'/>"]) },
    { name: 'accepts slot 1 behind a pci-bridge, and slot 0 behind a dmi-to-pci-bridge or pci-expander-bus (1)', code: addDevices(edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x01' slot='0x01' function='0x0'/>"]), "<controller type='pci' index='1' model='pci-bridge'/>") },
    { name: 'accepts slot 1 behind a pci-bridge, and slot 0 behind a dmi-to-pci-bridge or pci-expander-bus (2)', code: addDevices(edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>"]), "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='254'/></controller>") },
    { name: 'accepts slot 1 behind a pci-bridge, and slot 0 behind a dmi-to-pci-bridge or pci-expander-bus (3)', code: addDevices(
        edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x05' slot='0x00'/>\n    </interface>"]),
        "<controller type='pci' index='5' model='dmi-to-pci-bridge'/>",
      ) },
  ],
  invalid: [
    {
      name: 'errs on domain 1, slot 0x20 and function 8',
      code: edit(SEED, [VIDEO, "<address type='pci' domain='0x0001' bus='0x00' slot='0x20' function='0x8'/>"]),
      errors: [{ severity: 'error', near: "domain='|0x0001'" }, { severity: 'error', near: "slot='|0x20'" }, { severity: 'error', near: "function='|0x8'" }],
    },
    {
      name: 'errs on a slot other than 0 behind a pcie-root-port (q35)',
      code: edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x01' slot='0x01'/>\n    </interface>"]),
      errors: [{ severity: 'error', near: "bus='0x01' slot='|0x01'" }],
    },
    {
      name: 'errs on slot 0 behind a pci-bridge or pcie-to-pci-bridge (their slot 0 is reserved) (1)',
      code: addDevices(edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>"]), "<controller type='pci' index='1' model='pci-bridge'/>"),
      errors: [{ severity: 'error', near: "bus='0x01' slot='|0x00'" }],
    },
    {
      name: 'errs on slot 0 behind a pci-bridge or pcie-to-pci-bridge (their slot 0 is reserved) (2)',
      code: addDevices(
      edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x05' slot='0x00' function='0x1'/>\n    </interface>"]),
      "<controller type='pci' index='5' model='pcie-to-pci-bridge'/>",
    ),
      errors: [{ severity: 'error', near: "bus='0x05' slot='|0x00'" }],
    },
    {
      name: 'errs on slot 0 of a bus above 0 without a controller on i440fx (libvirt adds a pci-bridge there) (1)',
      code: edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'/>"]),
      errors: [{ severity: 'error', near: "bus='0x03' slot='|0x00'" }],
    },
  ],
});
