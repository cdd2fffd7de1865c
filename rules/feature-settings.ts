import type { Domain } from '../src/model/domain.js';
import { archOf, isArmVirt, isI440fx, isPSeries, isQ35, isX86, machineOf } from '../src/model/machine.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/**
 * Whether libvirt offers the VMware I/O port on the machine: i440fx (with RHEL's 'rhel*' names), q35
 * and isapc. Judged on x86 guests only (there microvm and x-remote were seen refused); other
 * architectures would be refused too but cannot be checked on an x86 host, so they pass.
 */
const vmportMachine = (d: Domain): boolean => !isX86(d) || isI440fx(d) || isQ35(d) || machineOf(d) === 'isapc' || machineOf(d).startsWith('rhel');

/** Features QEMU has on one platform only (libvirt 9.0's qemuValidateDomainDefFeatures), and where. */
const PLATFORM: ReadonlyMap<string, readonly [(d: Domain) => boolean, string]> = new Map(Object.entries({
  gic: [isArmVirt, 'ARM virt machines'],
  ioapic: [isX86, 'x86 guests'],
  vmport: [vmportMachine, 'the i440fx, q35 and isapc machines'],
  ...Object.fromEntries(['hpt', 'htm', 'nested-hv', 'ccf-assist', 'cfpc', 'sbbc', 'ibs'].map((f) => [f, [isPSeries, 'pSeries (ppc64) machines'] as const])),
}));

export default defineRule({
  meta: {
    id: 'feature-settings',
    description: 'hypervisor features off their platform (gic off ARM virt, ioapic off x86, vmport off i440fx/q35/isapc, hpt/htm/nested-hv/ccf-assist/cfpc/sbbc/ibs off pSeries), Hyper-V spinlock retries below 4095, a Hyper-V vendor_id over 12 characters',
    defaultSeverity: 'error',
    libvirtMessages: ["The '%s' feature is not supported for architecture '%s' or machine type '%s'", 'vmport is not available with this QEMU binary', 'HyperV spinlock retry count must be at least 4095', 'HyperV vendor_id value must not be more than 12 characters.'],
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
  },
});
