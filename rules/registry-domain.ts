import type { Rule } from '../src/rule.js';
import acpiRequiresUefi from './acpi-requires-uefi.js';
import biosBootOptions from './bios-boot-options.js';
import bootOrderMixed from './boot-order-mixed.js';
import bootOrderUnique from './boot-order-unique.js';
import hugepagesNodes from './hugepages-nodes.js';
import lifecycleActions from './lifecycle-actions.js';
import loaderPathRequired from './loader-path-required.js';
import memoryHotplugRequiresNuma from './memory-hotplug-requires-numa.js';
import currentMemorySize from './current-memory-size.js';
import maxMemorySize from './max-memory-size.js';
import maxMemorySlots from './max-memory-slots.js';
import memtuneMinGuaranteeQemu from './memtune-min-guarantee-qemu.js';
import numaCellCpus from './numa-cell-cpus.js';
import nvramSourceShape from './nvram-source-shape.js';
import numaCellIds from './numa-cell-ids.js';
import numaS390x from './numa-s390x.js';
import numatuneMemnodeRequiresNuma from './numatune-memnode-requires-numa.js';
import pmSuspendX86Only from './pm-suspend-x86-only.js';
import launchSecurityArch from './launch-security-arch.js';
import secureBootRequirements from './secure-boot-requirements.js';
import uefiRequiresAcpi from './uefi-requires-acpi.js';
import vcpuCurrentExceedsMax from './vcpu-current-exceeds-max.js';
import vcpuX86Over255 from './vcpu-x86-over-255.js';
import vcpuTopologyMatch from './vcpu-topology-match.js';
import clockTimerSettings from './clock-timer-settings.js';
import featureSettings from './feature-settings.js';

/** Rules about the rest of the domain: boot, OS and firmware, CPU, memory, lifecycle. */
export const DOMAIN_RULES: readonly Rule[] = [
  acpiRequiresUefi,
  biosBootOptions,
  bootOrderMixed,
  bootOrderUnique,
  hugepagesNodes,
  lifecycleActions,
  loaderPathRequired,
  memoryHotplugRequiresNuma,
  currentMemorySize,
  maxMemorySize,
  maxMemorySlots,
  memtuneMinGuaranteeQemu,
  numaCellCpus,
  numaCellIds,
  numaS390x,
  numatuneMemnodeRequiresNuma,
  pmSuspendX86Only,
  launchSecurityArch,
  nvramSourceShape,
  secureBootRequirements,
  uefiRequiresAcpi,
  vcpuCurrentExceedsMax,
  vcpuX86Over255,
  vcpuTopologyMatch,
  clockTimerSettings,
  featureSettings,
];
