import { archOf, isArmVirt, isPSeries, isQemuDomain, isRiscvVirt, isS390, isX86 } from '../src/model/machine.js';
import type { Attr, Domain } from '../src/model/index.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/** The target type each serial target model belongs to; a Map, since a document may write 'constructor' there. */
const MODEL_TYPE: ReadonlyMap<string, string> = new Map(Object.entries({
  'isa-serial': 'isa-serial',
  'usb-serial': 'usb-serial',
  'pci-serial': 'pci-serial',
  'spapr-vty': 'spapr-vio-serial',
  pl011: 'system-serial',
  '16550a': 'system-serial',
  sclpconsole: 'sclp-serial',
  sclplmconsole: 'sclp-serial',
  'isa-debugcon': 'isa-debug',
}));

/** The address type each target type needs ('' = none: the device is part of the machine); a Map, since a document may write 'constructor' there. */
const TYPE_ADDRESS: ReadonlyMap<string, string> = new Map(Object.entries({
  'isa-serial': 'isa',
  'isa-debug': 'isa',
  'usb-serial': 'usb',
  'pci-serial': 'pci',
  'spapr-vio-serial': 'spapr-vio',
  'system-serial': '',
  'sclp-serial': '',
}));

/** Target types that exist only on other architectures (ARM/RISC-V virt, pSeries, s390). */
const NOT_ON_X86 = new Set(['system-serial', 'spapr-vio-serial', 'sclp-serial']);

const MAX_ISA_SERIALS = 4;

/** The serial target type libvirt 9.0 gives a serial written without one, off x86 (undefined: none known). */
function defaultTargetType(domain: Domain): string | undefined {
  const arch = archOf(domain);
  if (isArmVirt(domain) || isRiscvVirt(domain)) return 'system-serial';
  if (arch.startsWith('s390')) return 'sclp-serial';
  return isPSeries(domain) ? 'spapr-vio-serial' : undefined;
}

/** The model libvirt 9.0 gives a serial of `type` written without one (undefined: none, e.g. system-serial off the virt machines). */
function defaultModel(domain: Domain, type: string): string | undefined {
  if (type === 'system-serial') return isArmVirt(domain) ? 'pl011' : isRiscvVirt(domain) ? '16550a' : undefined;
  return type === 'sclp-serial' ? 'sclpconsole' : type === 'spapr-vio-serial' ? 'spapr-vty' : undefined;
}

/**
 * Why libvirt 9.0 finds a non-x86 serial's target type and model (written or its default) "not compatible with
 * guest architecture or machine type", or undefined: pl011 exists only on ARM virt, 16550a only on RISC-V virt,
 * SCLP consoles only on s390, spapr-vty only on pSeries (asked of libvirtd 9.0 with aarch64, armv7l, riscv64 and
 * s390x guests).
 */
function incompatibleSerial(domain: Domain, type: string, written: string | undefined): string | undefined {
  const model = written ?? defaultModel(domain, type);
  if (type === 'system-serial' && model === 'pl011' && !isArmVirt(domain)) return "exists only on ARM 'virt' machines";
  if (type === 'system-serial' && model === '16550a' && !isRiscvVirt(domain)) return "exists only on RISC-V 'virt' machines";
  if ((type === 'sclp-serial' || model === 'sclpconsole' || model === 'sclplmconsole') && !isS390(domain)) return 'exists only on s390x guests';
  if ((type === 'spapr-vio-serial' || model === 'spapr-vty') && !isPSeries(domain)) return 'exists only on pSeries machines';
  return undefined;
}

const SERIAL_ADVICE = "Leave out <target> (libvirt picks the machine's own serial: pl011 on ARM virt, 16550a on RISC-V virt, SCLP on s390x), or use target type 'pci-serial' or 'usb-serial'";

/** How messages name a serial's target type (made only for a report, not for every serial). */
const typeText = (written: Attr | undefined, type: string): string => (written ? `target type '${type}'` : `no target type (so '${type}')`);

/** Console target types of other hypervisors, which QEMU domains never have. */
const FOREIGN_CONSOLES = new Set(['xen', 'uml', 'lxc', 'openvz']);
/** s390 SCLP consoles. */
const SCLP_CONSOLES = new Set(['sclp', 'sclplm']);

export default defineRule({
  meta: {
    id: 'serial-target-compat',
    description: 'serial <target type>, <target><model name> and <address type> that do not belong together, target types foreign to x86, target models foreign to the machine (pl011 off ARM virt, 16550a off RISC-V virt, SCLP off s390x, spapr-vty off pSeries), more than 4 ISA serial ports or a port used twice; console target types QEMU lacks',
    defaultSeverity: 'error',
    libvirtMessages: [
      "Target model '%s' requires target type '%s'",
      "Target type '%s' requires address type '%s'",
      'usb-serial requires address of usb type',
      "Target type '%s' cannot have an associated address",
      "Serial device with target type '%s' and target model '%s' not compatible with guest architecture or machine type",
      'Invalid target model for serial device',
      "Maximum supported number of ISA serial ports is '%d'",
      "target port '%d' already allocated",
      'unsupported console target type %s',
      'sclpconsole is not supported in this QEMU binary',
      'sclplmconsole is not supported in this QEMU binary',
    ],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // other drivers (Xen, …) have their own rules
    const x86 = isX86(domain);
    let isaCount = 0;
    const isaPorts = new Map<number, true>();
    for (let i = 0, list = domain.devices.serials; i < list.length; i++) {
      const s = list[i]!;
      const targetType = s.target?.type;
      const targetPort = s.target?.port;
      const modelName = s.target?.modelName;
      // On x86 libvirt gives a serial without a target type an ISA port; elsewhere the default depends on the machine.
      const type = targetType?.value || (x86 ? 'isa-serial' : undefined);
      // The type libvirt 9.0 gives it off x86 (for the model checks only): system-serial on ARM and RISC-V virt, sclp-serial on s390, spapr-vio-serial on pSeries.
      const typeOrDefault = type ?? defaultTargetType(domain);
      if (!typeOrDefault) continue;
      const model = modelName?.value;
      const modelType = model === undefined ? undefined : MODEL_TYPE.get(model);
      let incompatible: string | undefined;
      if (modelName && modelType && modelType !== typeOrDefault) {
        context.report({
          range: modelName.range,
          message: `serial target model '${model}' belongs to target type '${modelType}', but this serial has ${typeText(targetType, typeOrDefault)}: libvirt refuses this domain. Use <target type='${modelType}'> or a model that matches`,
        });
      } else if (x86 && NOT_ON_X86.has(typeOrDefault)) {
        context.report({
          range: targetType?.range ?? s.nameRange,
          message: `serial target type '${typeOrDefault}' does not exist on x86 machines: libvirt refuses this domain. Use 'isa-serial' (the default), 'pci-serial' or 'usb-serial'`,
        });
      } else if (!x86 && typeOrDefault === 'isa-serial' && model === 'isa-serial' && modelName) {
        // libvirt 9.0 refuses the pair off x86 with "Target model 'isa-serial' requires target type 'isa-serial'" (asked
        // with aarch64, armv7l, riscv64 and s390x guests); without the model the same serial is defined.
        context.report({ range: modelName.range, message: `off x86, libvirt 9.0 refuses target model 'isa-serial' even with target type 'isa-serial' (its message says the model needs that type): it refuses this domain. Remove <model name='isa-serial'/>` });
      } else if (!x86 && (incompatible = incompatibleSerial(domain, typeOrDefault, model))) {
        context.report({
          range: modelName?.range ?? targetType?.range ?? s.nameRange,
          message: `serial target type '${typeOrDefault}' with model '${model ?? defaultModel(domain, typeOrDefault)}' ${incompatible}: libvirt refuses this domain. ${SERIAL_ADVICE}`,
        });
      }
      if (!type) continue;
      const addressType = s.address?.type?.value;
      const wanted = TYPE_ADDRESS.get(type);
      if (s.address && wanted !== undefined && addressType !== wanted) {
        const range = s.address.type?.range ?? s.address.nameRange;
        if (wanted === '') {
          context.report({ range, message: `a serial with target type '${type}' is part of the machine and takes no <address>: libvirt refuses this domain. Remove the address` });
        } else {
          context.report({ range, message: `a serial with ${typeText(targetType, type)} needs an address of type '${wanted}', not '${addressType ?? ''}': libvirt refuses this domain. Use <address type='${wanted}' …/> or drop the address` });
        }
      }
      // libvirt 9.0 counts ports only among serials whose target type is written: one without a type
      // gets 'isa-serial' after those checks (two such serials on one port are defined and started).
      // Off x86 the same bounds hold for a serial written isa-serial (aarch64, armv7l, riscv64, s390x: port 4 refused).
      if (targetType?.value !== 'isa-serial') continue;
      isaCount++;
      const port = parseDecimal(targetPort?.value);
      if (targetPort && port !== undefined && port >= MAX_ISA_SERIALS) {
        context.report({ range: targetPort.range, message: `ISA serial port ${port} does not exist: ${x86 ? 'x86 machines have' : 'ISA serials take'} ports 0–${MAX_ISA_SERIALS - 1}: libvirt refuses this domain. Use a lower port or target type 'pci-serial'` });
      } else if (targetPort && port !== undefined && isaPorts.has(port)) {
        context.report({ range: targetPort.range, message: `ISA serial port ${port} is already used by another serial: libvirt refuses this domain. Give each serial its own port, or drop port=` });
      } else if (isaCount > MAX_ISA_SERIALS) {
        context.report({ range: s.target?.nameRange ?? s.nameRange, message: `more than ${MAX_ISA_SERIALS} ISA serial ports: libvirt refuses this domain. Use <target type='pci-serial'/> or 'usb-serial' for the others` });
      }
      if (port !== undefined) isaPorts.set(port, true);
    }
    const s390 = archOf(domain) === 's390x';
    for (let i = 0, list = domain.devices.consoles; i < list.length; i++) {
      const c = list[i]!;
      const targetType = c.target?.type;
      const type = targetType?.value;
      if (!targetType || !type) continue;
      if (FOREIGN_CONSOLES.has(type) || (SCLP_CONSOLES.has(type) && !s390)) {
        const where = FOREIGN_CONSOLES.has(type) ? 'QEMU domains' : `${archOf(domain)} guests (only s390x has it)`;
        context.report({ range: targetType.range, message: `console target type '${type}' does not exist for ${where}: libvirt refuses this domain. Use <target type='serial'/> or 'virtio'` });
      }
    }
  },
});
