import rule from '../../rules/memory-dimm-arm-acpi.js';
import { AAVMF, otherArch, ruleTester } from './helpers.js';

const HOTPLUG = "<maxMemory slots='4' unit='KiB'>1048576</maxMemory><cpu mode='maximum'><numa><cell id='0' cpus='0' memory='262144' unit='KiB'/></numa></cpu>";
const memory = (model: string): string =>
  `<memory model='${model}'>${model === 'nvdimm' ? '<source><path>/dev/null</path></source>' : ''}<target><size unit='KiB'>524288</size><node>0</node>${model === 'virtio-mem' ? "<block unit='KiB'>2048</block><requested unit='KiB'>0</requested>" : ''}</target></memory>`;
const ACPI = '<features><acpi/></features>';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a dimm and an nvdimm on aarch64 virt with <acpi/> and UEFI', code: otherArch('aarch64', 'virt', memory('dimm') + memory('nvdimm'), HOTPLUG + ACPI, AAVMF) },
    { name: 'accepts virtio-mem on aarch64 virt without ACPI', code: otherArch('aarch64', 'virt', memory('virtio-mem'), HOTPLUG) },
    { name: 'accepts virtio-mem on armv7l virt', code: otherArch('armv7l', 'virt', memory('virtio-mem'), HOTPLUG) },
    { name: 'leaves other ARM machines and x86 alone', code: otherArch('aarch64', 'sbsa-ref', memory('dimm'), HOTPLUG) },
    {
      name: 'accepts a dimm on aarch64 virt with <acpi/> and UEFI on a 64-bit custom CPU model (cortex-a57; near miss of the default CPU below)',
      code: otherArch('aarch64', 'virt', memory('dimm'), HOTPLUG.replace("<cpu mode='maximum'>", "<cpu mode='custom'><model>cortex-a57</model>") + ACPI, AAVMF),
    },
    {
      name: 'accepts a dimm on an aarch64 KVM guest with <acpi/> and no CPU model (the CPU is the host\'s; the same document under TCG warns, below)',
      code: otherArch('aarch64', 'virt', memory('dimm'), HOTPLUG.replace(" mode='maximum'", '') + ACPI, AAVMF).replace("<domain type='qemu'>", "<domain type='kvm'>"),
    },
  ],
  invalid: [
    {
      name: 'errs on a dimm and an nvdimm on aarch64 virt without <acpi/>, at the model',
      code: otherArch('aarch64', 'virt-7.2', memory('dimm') + memory('nvdimm'), HOTPLUG, AAVMF),
      errors: [
        { severity: 'warning', near: "model='|dimm'", message: /a dimm on ARM 'virt-7.2' is plugged through QEMU's acpi-ged device, which a guest without <acpi\/> does not have: libvirt defines this domain, QEMU refuses to start it/ },
        { severity: 'warning', near: "model='|nvdimm'" },
      ],
    },
    {
      name: "warns on a dimm on an aarch64 TCG guest with <acpi/> and UEFI but no CPU model (QEMU's 32-bit default, cortex-a15)",
      code: otherArch('aarch64', 'virt', memory('dimm'), HOTPLUG.replace(" mode='maximum'", '') + ACPI, AAVMF),
      errors: [{ severity: 'warning', near: "model='|dimm'", message: /which a TCG guest on the 32-bit CPU cortex-a15 \(QEMU's default when <cpu> names no model\) does not have: libvirt defines this domain, QEMU refuses to start it\. Give the guest a 64-bit CPU/ }],
    },
    {
      name: 'warns on an nvdimm on an aarch64 TCG guest with <acpi/> on a 32-bit custom model (cortex-a15 written)',
      code: otherArch('aarch64', 'virt', memory('nvdimm'), HOTPLUG.replace("<cpu mode='maximum'>", "<cpu mode='custom'><model>cortex-a15</model>") + ACPI, AAVMF),
      errors: [{ severity: 'warning', near: "model='|nvdimm'", message: /32-bit CPU cortex-a15 does not have: libvirt defines/ }],
    },
    { name: 'errs on a dimm on armv7l virt, with <acpi/> too', code: otherArch('armv7l', 'virt', memory('dimm'), HOTPLUG + ACPI), errors: [{ near: "model='|dimm'", message: /a 32-bit guest never has.*use virtio-mem instead/ }] },
  ],
});

