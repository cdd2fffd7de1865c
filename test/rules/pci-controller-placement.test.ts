import rule from '../../rules/pci-controller-placement.js';
import { addDevices, Q35, ruleTester, SEED, otherArch } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a pci-bridge on s390x (its root is conventional PCI)', code: otherArch('s390x', 's390-ccw-virtio', "<controller type='pci' index='1' model='pci-bridge'/>") },
    { name: 'accepts a switch behind a root port with a PCI bridge behind it', code: addDevices(
        Q35,
        "<controller type='pci' index='5' model='pcie-switch-upstream-port'><address type='pci' bus='1' slot='0'/></controller><controller type='pci' index='6' model='pcie-switch-downstream-port'><address type='pci' bus='5' slot='0'/></controller><controller type='pci' index='7' model='pcie-to-pci-bridge'><address type='pci' bus='6' slot='0'/></controller>",
      ) },
    { name: 'accepts a pci-bridge without an address on i440fx (the root bus takes it)', code: addDevices(SEED, "<controller type='pci' index='2' model='pci-bridge'/><controller type='pci' index='1' model='pci-bridge'/>") },
    { name: 'accepts a pci-bridge without an address on q35 above a pcie-to-pci-bridge', code: addDevices(Q35, "<controller type='pci' index='5' model='pcie-to-pci-bridge'/><controller type='pci' index='6' model='pci-bridge'/>") },
    { name: 'accepts a pci-bridge without an address on q35 above a dmi-to-pci-bridge', code: addDevices(Q35, "<controller type='pci' index='5' model='dmi-to-pci-bridge'/><controller type='pci' index='6' model='pci-bridge'/>") },
    { name: 'accepts unnumbered controllers numbered in order: a pcie-to-pci-bridge, then a pci-bridge', code: addDevices(Q35, "<controller type='pci' model='pcie-to-pci-bridge'/><controller type='pci' model='pci-bridge'/>") },
    { name: 'accepts a pci-bridge on q35 with a written address or one of another type', code: addDevices(Q35, "<controller type='pci' index='5' model='pcie-to-pci-bridge'/><controller type='pci' index='6' model='pci-bridge'><address type='pci' domain='0x0000' bus='0x05' slot='0x01' function='0x0'/></controller><controller type='pci' index='7' model='pci-bridge'><address type='usb' bus='0' port='3'/></controller>") },
    { name: 'accepts a downstream port without an address when an upstream port exists (at any index)', code: addDevices(Q35, "<controller type='pci' index='6' model='pcie-switch-upstream-port'/><controller type='pci' index='5' model='pcie-switch-downstream-port'/>") },
    { name: 'accepts a pcie-to-pci-bridge without an address beside a pcie-root-port (aarch64 virt)', code: otherArch('aarch64', 'virt', "<controller type='pci' index='1' model='pcie-root-port'/><controller type='pci' index='2' model='pcie-to-pci-bridge'/>") },
    { name: 'accepts a pci-expander-bus on i440fx', code: addDevices(SEED, "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='200'/></controller>") },
    { name: 'accepts a pcie-expander-bus on q35', code: addDevices(Q35, "<controller type='pci' index='9' model='pcie-expander-bus'><target busNr='200'/></controller>") },
  ],
  invalid: [
    {
      name: 'errs on a pci-bridge without an address on ARM and RISC-V virt too (their root bus is PCI Express), at the model',
      code: otherArch('aarch64', 'virt', "<controller type='pci' index='1' model='pci-bridge'/>"),
      errors: [{ severity: 'error', near: "model='|pci-bridge'", message: /the aarch64 'virt' root bus does not/ }],
    },
    { name: 'errs on a pci-bridge without an address on riscv64 virt', code: otherArch('riscv64', 'virt', "<controller type='pci' index='1' model='pci-bridge'/>"), errors: [{ near: "model='|pci-bridge'" }] },
    {
      name: 'errs on a pcie-to-pci-bridge without an address and no root port (q35), at the model',
      code: addDevices(Q35.replace(/<controller type="pci" model="pcie-root-port"\/>/g, ''), "<controller type='pci' index='1' model='pcie-to-pci-bridge'/>"),
      errors: [{ severity: 'error', near: "index='1' model='|pcie-to-pci-bridge'", message: /plugs only into a pcie-root-port .* the document has none.*Add <controller type='pci' model='pcie-root-port'\/>/ }],
    },
    { name: "errs on a pcie-to-pci-bridge with an all-zero address (libvirt assigns one) and no root port on aarch64 virt", code: otherArch('aarch64', 'virt', "<controller type='pci' index='1' model='pcie-to-pci-bridge'><address type='pci' domain='0x0000' bus='0x00' slot='0x00' function='0x0'/></controller>"), errors: [{ near: "model='|pcie-to-pci-bridge'" }] },
    { name: 'errs on a pcie-to-pci-bridge on s390x (no PCI Express bus for a root port there)', code: otherArch('s390x', 's390-ccw-virtio', "<controller type='pci' index='1' model='pcie-to-pci-bridge'/>"), errors: [{ near: "model='|pcie-to-pci-bridge'", message: /Use a pci-bridge/ }] },
    { name: 'errs on a pcie-to-pci-bridge without a root port on riscv64 virt', code: otherArch('riscv64', 'virt', "<controller type='pci' index='1' model='pcie-to-pci-bridge'/>"), errors: [{ near: "model='|pcie-to-pci-bridge'" }] },
    { name: 'errs on a downstream port without an address and no upstream port on q35', code: addDevices(Q35, "<controller type='pci' index='5' model='pcie-switch-downstream-port'/>"), errors: [{ severity: 'error', near: "index='5' model='|pcie-switch-downstream-port'", message: /has none/ }] },
    { name: 'errs on a pci-bridge without an address on q35 (libvirt places it on its own bus)', code: addDevices(Q35, "<controller type='pci' index='1' model='pci-bridge'/>"), errors: [{ severity: 'error', near: "index='1' model='|pci-bridge'", message: /own bus 1/ }] },
    { name: 'errs on an unnumbered pci-bridge on q35 (numbered 5 after the root ports)', code: addDevices(Q35, "<controller type='pci' model='pci-bridge'/>"), errors: [{ near: "<controller type='pci' model='|pci-bridge'", message: /index 5/ }] },
    { name: 'errs on a pci-bridge below the pcie-to-pci-bridge that would take it', code: addDevices(Q35, "<controller type='pci' index='6' model='pcie-to-pci-bridge'/><controller type='pci' index='5' model='pci-bridge'/>"), errors: [{ near: "index='5' model='|pci-bridge'" }] },
    { name: 'errs on the first of two pci-bridges on q35, not the second (the first takes it)', code: addDevices(Q35, "<controller type='pci' index='5' model='pci-bridge'/><controller type='pci' index='6' model='pci-bridge'/>"), errors: [{ near: "index='5' model='|pci-bridge'" }] },
    { name: 'errs on a pci-bridge on q35 with the all-zero PCI address', code: addDevices(Q35, "<controller type='pci' index='7' model='pci-bridge'><address type='pci'/></controller>"), errors: [{ near: "index='7' model='|pci-bridge'" }] },
    {
      name: 'errs on a pci-expander-bus on q35',
      code: addDevices(Q35, "<controller type='pci' index='9' model='pci-expander-bus'><target busNr='254'/></controller>"),
      errors: [{ severity: 'error', near: "model='|pci-expander-bus'", message: /i440fx.*pcie-expander-bus/ }],
    },
    {
      name: 'errs on a pcie-expander-bus on i440fx',
      code: addDevices(SEED, "<controller type='pci' index='1' model='pcie-expander-bus'><target busNr='200'/></controller>"),
      errors: [{ severity: 'error', near: "model='|pcie-expander-bus'" }],
    },
    {
      name: 'errs on a pcie-to-pci-bridge on the root bus and a DMI bridge on a root port (q35)',
      code: addDevices(
      Q35,
      "<controller type='pci' index='5' model='pcie-to-pci-bridge'><address type='pci' bus='0' slot='9'/></controller><controller type='pci' index='6' model='dmi-to-pci-bridge'><address type='pci' bus='1' slot='0'/></controller>",
    ),
      errors: [{ severity: 'error', near: "<|address type='pci' bus='0' slot='9'" }, { severity: 'error', near: "<|address type='pci' bus='1' slot='0'" }],
    },
    {
      name: 'errs on a root port behind a pcie-to-pci-bridge',
      code: addDevices(Q35, "<controller type='pci' index='5' model='pcie-to-pci-bridge'/><controller type='pci' index='6' model='pcie-root-port'><address type='pci' bus='5' slot='1'/></controller>"),
      errors: [{ severity: 'error', near: "<|address type='pci' bus='5'" }],
    },
    {
      name: 'errs on a pci-bridge whose index is not above its bus (i440fx)',
      code: addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><address type='pci' bus='2' slot='1'/></controller><controller type='pci' index='2' model='pci-bridge'><address type='pci' bus='0' slot='9'/></controller>"),
      errors: [{ severity: 'error', near: "bus='|2' slot='1'" }],
    },
    {
      name: 'errs on PCI Express ports and bridges without an address on i440fx',
      code: addDevices(SEED, "<controller type='pci' index='1' model='pcie-root-port'/><controller type='pci' index='2' model='dmi-to-pci-bridge'/><controller type='pci' index='3' model='pcie-to-pci-bridge'/>"),
      errors: [{ severity: 'error', near: "model='|pcie-root-port'" }, { severity: 'error', near: "model='|dmi-to-pci-bridge'" }, { severity: 'error', near: "model='|pcie-to-pci-bridge'" }],
    },
  ],
});
