import type { Domain } from '../src/model/domain.js';
import { archOf, isArmVirt, isPSeries, isQ35, isS390, isX86, machineOf, machineShown } from '../src/model/machine.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/**
 * x86 machines QEMU 7.2 has and libvirt 9.0 offers no VMware I/O port on (it does on i440fx, q35 and
 * isapc only). Limited to machines seen refused: an unknown machine name is emulator-supports-machine's.
 * Off x86 there is none either ('vmport is not available with this QEMU binary': aarch64, riscv64, s390x).
 */
const NO_VMPORT = new Set(['microvm', 'x-remote']);
const vmportMachine = (d: Domain): boolean => isX86(d) && !NO_VMPORT.has(machineOf(d));
/** Hyper-V enlightenments: libvirt 9.0 takes them on x86 and aarch64 (Windows on ARM), refuses them on riscv64 and s390x. */
const hypervArch = (d: Domain): boolean => isX86(d) || archOf(d) === 'aarch64';
/** QEMU's vmcoreinfo device: the s390x emulator has none ('vmcoreinfo is not available with this QEMU binary'). */
const notS390 = (d: Domain): boolean => !isS390(d);

/** Features QEMU has on one platform only (libvirt 9.0's qemuValidateDomainDefFeatures), and where. */
const PLATFORM: ReadonlyMap<string, readonly [(d: Domain) => boolean, string]> = new Map(Object.entries({
  gic: [isArmVirt, 'ARM virt machines'],
  ioapic: [isX86, 'x86 guests'],
  pvspinlock: [isX86, 'x86 guests'],
  hyperv: [hypervArch, 'x86 and aarch64 guests'],
  vmcoreinfo: [notS390, 'guests other than s390x'],
  vmport: [vmportMachine, 'the x86 i440fx, q35 and isapc machines'],
  ...Object.fromEntries(['hpt', 'htm', 'nested-hv', 'ccf-assist', 'cfpc', 'sbbc', 'ibs'].map((f) => [f, [isPSeries, 'pSeries (ppc64) machines'] as const])),
}));

export default defineRule({
  meta: {
    id: 'feature-settings',
    description: 'hypervisor features off their platform (gic off ARM virt, ioapic and pvspinlock off x86, hyperv off x86 and aarch64, vmcoreinfo on s390x, vmport off x86 and on microvm and x-remote, hpt/htm/nested-hv/ccf-assist/cfpc/sbbc/ibs off pSeries), Hyper-V spinlock retries below 4095, a Hyper-V vendor_id over 12 characters, a KVM dirty ring without a size or of a size other than a power of two from 1024 to 65536, an SMM TSEG size off q35',
    defaultSeverity: 'error',
    libvirtMessages: ["The '%s' feature is not supported for architecture '%s' or machine type '%s'", 'vmport is not available with this QEMU binary', "Hyperv features are not supported for architecture '%s' or machine type '%s'", 'vmcoreinfo is not available with this QEMU binary', 'HyperV spinlock retry count must be at least 4095', 'HyperV vendor_id value must not be more than 12 characters.', 'dirty ring must be power of 2 and ranges [1024, 65536]', "Missing required attribute 'size' in element 'dirty-ring'", 'SMM TSEG is only supported with q35 machine type'],
  },
  check(domain, context) {
    const features = domain.features;
    if (!features) return;
    for (const [name, feature] of features.byName) {
      // A Map: an element named like an Object.prototype member ('constructor') is no entry.
      const platform = PLATFORM.get(name);
      if (!platform || platform[0](domain)) continue;
      const where = `${archOf(domain)}${machineOf(domain) ? ` machine '${machineOf(domain)}'` : ''}`;
      context.report({ range: feature.nameRange, message: `the '${name}' feature exists only on ${platform[1]}, not on this ${where} guest: libvirt refuses this domain. Remove <${name}>` });
    }
    const spinlocks = features.hyperv.get('spinlocks');
    const retries = parseDecimal(spinlocks?.retries?.value);
    if (spinlocks?.state?.value === 'on' && retries !== undefined && retries < 4095) {
      context.report({ range: spinlocks.retries!.range, message: `Hyper-V spinlock retries='${retries}' is below Hyper-V's minimum of 4095: libvirt refuses this domain. Use at least 4095 (the usual value is 8191)` });
    }
    const vendor = features.hyperv.get('vendor_id');
    if (vendor?.state?.value === 'on' && vendor.value && vendor.value.value.length > 12) {
      context.report({ range: vendor.value.range, message: `the Hyper-V vendor_id '${vendor.value.value}' has ${vendor.value.value.length} characters; CPUID holds 12: libvirt refuses this domain. Shorten it to 12 characters or fewer` });
    }
    const ring = features.kvm.get('dirty-ring');
    if (ring?.state?.value === 'on') {
      const size = parseDecimal(ring.size?.value);
      if (!ring.size) {
        context.report({ range: ring.nameRange, message: `an enabled KVM dirty ring needs its size (entries per vCPU): libvirt refuses this domain without one. Add size='4096' (a power of two from 1024 to 65536)` });
      } else if (size !== undefined && (size < 1024 || size > 65536 || (size & (size - 1)) !== 0)) {
        context.report({ range: ring.size.range, message: `dirty ring size ${size} is not a power of two from 1024 to 65536: libvirt refuses this domain. Use e.g. 4096` });
      }
    }
    const tseg = features.smmTseg;
    if (tseg && features.byName.get('smm')?.state?.value === 'on' && isX86(domain) && !isQ35(domain)) {
      context.report({ range: tseg.nameRange, message: `the SMM TSEG size is a setting of the q35 chipset; machine '${machineShown(domain)}' has none: libvirt refuses this domain. Remove <tseg> or use machine='q35'` });
    }
  },
});
