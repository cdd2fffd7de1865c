import rule from '../../rules/serial-target-compat.js';
import { edit, ruleTester, SEED, otherArch } from './helpers.js';

const SERIAL = "<serial type='pty'>\n      <target port='0'/>\n    </serial>";
const serials = (xml: string): string => edit(SEED, [SERIAL, xml]);
const isa = (port = ''): string => `<serial type='pty'><target type='isa-serial'${port}/></serial>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an isa-serial without a model on aarch64 (defined), on port 3', code: otherArch('aarch64', 'virt', "<serial type='pty'><target type='isa-serial' port='3'/></serial>") },
    { name: "accepts pl011 on ARM virt machines (virt-7.2 too)", code: otherArch('aarch64', 'virt-7.2', "<serial type='pty'><target type='system-serial'><model name='pl011'/></target></serial>") },
    { name: 'accepts pl011 written without a target type on aarch64 virt (libvirt picks system-serial)', code: otherArch('aarch64', 'virt', "<serial type='pty'><target><model name='pl011'/></target></serial>") },
    { name: 'accepts 16550a on RISC-V virt', code: otherArch('riscv64', 'virt', "<serial type='pty'><target type='system-serial'><model name='16550a'/></target></serial>") },
    { name: 'accepts an SCLP model without a target type on s390x', code: otherArch('s390x', 's390-ccw-virtio', "<serial type='pty'><target><model name='sclplmconsole'/></target></serial>") },
    { name: 'accepts pci-serial on aarch64 virt', code: otherArch('aarch64', 'virt', "<serial type='pty'><target type='pci-serial'></target></serial>") },
    { name: 'accepts matching types, models and addresses, and four ISA serials (1)', code: SEED },
    { name: 'accepts matching types, models and addresses, and four ISA serials (2)', code: serials(isa() + isa() + isa() + isa()) },
    { name: 'accepts matching types, models and addresses, and four ISA serials (3)', code: serials("<serial type='pty'><target type='usb-serial'><model name='usb-serial'/></target><address type='usb' bus='0' port='1'/></serial>") },
    { name: 'accepts matching types, models and addresses, and four ISA serials (4)', code: serials("<serial type='pty'><target type='pci-serial'><model name='pci-serial'/></target></serial>") },
    { name: 'accepts matching types, models and addresses, and four ISA serials (5)', code: serials("<serial type='pty'><target type='isa-serial'/><address type='isa' iobase='0x3f8'/></serial>") },
    { name: 'accepts matching types, models and addresses, and four ISA serials (6)', code: serials("<serial type='pty'><target type='isa-debug'><model name='isa-debugcon'/></target></serial>") },
    { name: 'accepts two serials without a target type on one port, and five of them (libvirt 9.0 checks typed ones only) (1)', code: serials("<serial type='pty'><target port='0'/></serial><serial type='pty'><target port='0'/></serial>") },
    { name: 'accepts two serials without a target type on one port, and five of them (libvirt 9.0 checks typed ones only) (2)', code: serials("<serial type='pty'/>".repeat(5) + "<serial type='pty'><target port='6'/></serial>") },
    { name: 'accepts two serials without a target type on one port, and five of them (libvirt 9.0 checks typed ones only) (3)', code: serials(isa(" port='1'") + "<serial type='pty'><target port='1'/></serial>") },
    { name: 'errs on console target types QEMU lacks (other hypervisors; SCLP off s390x), at the type (3)', code: edit(SEED, ["<target type='serial' port='0'/>", "<target type='virtio' port='0'/>"]) },
  ],
  invalid: [
    {
      name: "errs on target model 'isa-serial' with target type 'isa-serial' off x86 (libvirt 9.0 refuses the pair there), at the model",
      code: otherArch('riscv64', 'virt', "<serial type='pty'><target type='isa-serial' port='0'><model name='isa-serial'/></target></serial>"),
      errors: [{ severity: 'error', near: "<model name='|isa-serial'", message: /off x86, libvirt 9\.0 refuses target model 'isa-serial'/ }],
    },
    {
      name: 'errs on ISA serial port 4 and a port used twice off x86 too (s390x, aarch64)',
      code: otherArch('s390x', 's390-ccw-virtio', "<serial type='pty'><target type='isa-serial' port='4'/></serial><serial type='pty'><target type='isa-serial' port='1'/></serial><serial type='pty'><target type='isa-serial' port='1'/></serial>"),
      errors: [{ near: "port='|4'", message: /ISA serials take ports 0–3/ }, { near: "<serial type='pty'><target type='isa-serial' port='1'/></serial><serial type='pty'><target type='isa-serial' port='|1'", message: /already used/ }],
    },
    {
      name: 'errs on pl011 off ARM virt machines (vexpress, sbsa-ref), at the model',
      code: otherArch('armv7l', 'vexpress-a9', "<serial type='pty'><target type='system-serial'><model name='pl011'/></target></serial>"),
      errors: [{ severity: 'error', near: "<model name='|pl011'", message: /with model 'pl011' exists only on ARM 'virt' machines/ }],
    },
    { name: 'errs on pl011 on aarch64 sbsa-ref', code: otherArch('aarch64', 'sbsa-ref', "<serial type='pty'><target type='system-serial'><model name='pl011'/></target></serial>"), errors: [{ near: "<model name='|pl011'" }] },
    { name: 'errs on 16550a off RISC-V virt (aarch64 virt, without a target type; s390x; riscv64 spike) (1)', code: otherArch('aarch64', 'virt', "<serial type='pty'><target><model name='16550a'/></target></serial>"), errors: [{ near: "<model name='|16550a'", message: /exists only on RISC-V 'virt' machines/ }] },
    { name: 'errs on 16550a off RISC-V virt (aarch64 virt, without a target type; s390x; riscv64 spike) (2)', code: otherArch('s390x', 's390-ccw-virtio', "<serial type='pty'><target type='system-serial'><model name='16550a'/></target></serial>"), errors: [{ near: "<model name='|16550a'" }] },
    { name: 'errs on 16550a off RISC-V virt (aarch64 virt, without a target type; s390x; riscv64 spike) (3)', code: otherArch('riscv64', 'spike', "<serial type='pty'><target type='system-serial'><model name='16550a'/></target></serial>"), errors: [{ near: "<model name='|16550a'" }] },
    { name: 'errs on an sclp-serial without a model on riscv64 (its default model sclpconsole), at the type', code: otherArch('riscv64', 'virt', "<serial type='pty'><target type='sclp-serial'></target></serial>"), errors: [{ near: "type='|sclp-serial'", message: /model 'sclpconsole' exists only on s390x guests/ }] },
    { name: 'errs on spapr-vty without a target type on aarch64 virt (libvirt gives it system-serial)', code: otherArch('aarch64', 'virt', "<serial type='pty'><target><model name='spapr-vty'/></target></serial>"), errors: [{ near: "<model name='|spapr-vty'", message: /no target type \(so 'system-serial'\)/ }] },
    {
      name: 'errs on a target model that belongs to another target type, at the model name (1)',
      code: serials("<serial type='pty'><target type='isa-serial'><model name='usb-serial'/></target></serial>"),
      errors: [{ severity: 'error', near: "name='|usb-serial'" }],
    },
    {
      name: 'errs on a target model that belongs to another target type, at the model name (2)',
      code: serials("<serial type='pty'><target><model name='pl011'/></target></serial>"),
      errors: [{ severity: 'error', near: "name='|pl011'" }],
    },
    {
      name: 'errs on target types of other architectures on x86',
      code: serials("<serial type='pty'><target type='system-serial'><model name='16550a'/></target></serial>"),
      errors: [{ severity: 'error', near: "type='|system-serial'" }],
    },
    {
      name: 'errs on an address of the wrong type, and on an address where none is allowed (1)',
      code: serials("<serial type='pty'><target type='isa-serial'/><address type='pci' slot='7'/></serial>"),
      errors: [{ severity: 'error', near: "<target type='isa-serial'/><address type='|pci'" }],
    },
    {
      name: 'errs on an address of the wrong type, and on an address where none is allowed (2)',
      code: serials("<serial type='pty'><target type='usb-serial'/><address type='pci' slot='7'/></serial>"),
      errors: [{ severity: 'error', near: "<target type='usb-serial'/><address type='|pci'" }],
    },
    {
      name: 'errs on an address of the wrong type, and on an address where none is allowed (3)',
      code: serials("<serial type='pty'><target type='system-serial'><model name='16550a'/></target><address type='pci'/></serial>"),
      errors: [{ severity: 'error', near: "type='|system-serial'" }, { severity: 'error', near: "</target><address type='|pci'" }],
    },
    {
      name: 'errs on a fifth ISA serial, a port above 3 and a port used twice (1)',
      code: serials(isa() + isa() + isa() + isa() + isa()),
      errors: [{ severity: 'error', near: "<|target type='isa-serial'", nth: 5 }],
    },
    {
      name: 'errs on a fifth ISA serial, a port above 3 and a port used twice (2)',
      code: serials(isa(" port='4'")),
      errors: [{ severity: 'error', near: "port='|4'" }],
    },
    {
      name: 'errs on a fifth ISA serial, a port above 3 and a port used twice (3)',
      code: serials(isa(" port='1'") + isa(" port='1'")),
      errors: [{ severity: 'error', near: "port='|1'", nth: 2 }],
    },
    {
      name: 'errs on console target types QEMU lacks (other hypervisors; SCLP off s390x), at the type (1)',
      code: edit(SEED, ["<target type='serial' port='0'/>", `<target type='xen' port='0'/>`]),
      errors: [{ severity: 'error', near: `type='|xen'` }],
    },
    {
      name: 'errs on console target types QEMU lacks (other hypervisors; SCLP off s390x), at the type (2)',
      code: edit(SEED, ["<target type='serial' port='0'/>", `<target type='sclp' port='0'/>`]),
      errors: [{ severity: 'error', near: `type='|sclp'` }],
    },
  ],
});
