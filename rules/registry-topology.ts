import type { Rule } from '../src/rule.js';
import addressRequiredNonPci from './address-required-non-pci.js';
import blkiotuneDeviceUnique from './blkiotune-device-unique.js';
import cpuMaxphysaddr from './cpu-maxphysaddr.js';
import cputunePins from './cputune-pins.js';
import cpuModelFeatures from './cpu-model-features.js';
import smartcardSingle from './smartcard-single.js';
import memoryBackingSource from './memory-backing-source.js';
import controllerIothreadValid from './controller-iothread-valid.js';
import numatuneSettings from './numatune-settings.js';
import nvramDevicePpc64 from './nvram-device-ppc64.js';
import sysinfoFwcfgNames from './sysinfo-fwcfg-names.js';
import keywrapCipherUnique from './keywrap-cipher-unique.js';
import keywrapS390Only from './keywrap-s390-only.js';
import cputuneValues from './cputune-values.js';
import iothreadIdsUnique from './iothread-ids-unique.js';
import iothreadPoolBounds from './iothread-pool-bounds.js';
import bootOrderUnsupportedDevice from './boot-order-unsupported-device.js';
import cpuCacheMode from './cpu-cache-mode.js';
import diskAuthEncryptionOnce from './disk-auth-encryption-once.js';
import diskFormatQemu from './disk-format-qemu.js';
import firmwareAutoselectMatch from './firmware-autoselect-match.js';
import firmwareAutoselectionSettings from './firmware-autoselection-settings.js';
import hostdevCapabilitiesMode from './hostdev-capabilities-mode.js';
import loaderStatelessNvram from './loader-stateless-nvram.js';
import numaCellDistances from './numa-cell-distances.js';
import perfEventUnique from './perf-event-unique.js';
import panicDevicePlacement from './panic-device-placement.js';
import pciBusUnavailable from './pci-bus-unavailable.js';
import seclabelRules from './seclabel-rules.js';
import smbiosSysinfoRequired from './smbios-sysinfo-required.js';
import sysinfoSmbiosValues from './sysinfo-smbios-values.js';
import tpmRules from './tpm-rules.js';
import usbAddressValid from './usb-address-valid.js';
import usbCompanionMaster from './usb-companion-master.js';
import vcpuOfflineHotpluggable from './vcpu-offline-hotpluggable.js';
import watchdogModelPlacement from './watchdog-model-placement.js';

/** Rules built on the implied topology libvirt computes (src/model/implied-addresses.ts, usb-topology.ts) firmware selection, and domain-wide settings libvirt checks as a whole (TPMs, seclabels, SMBIOS, schedulers). */
export const TOPOLOGY_RULES: readonly Rule[] = [
  usbAddressValid,
  usbCompanionMaster,
  firmwareAutoselectionSettings,
  loaderStatelessNvram,
  tpmRules,
  seclabelRules,
  smbiosSysinfoRequired,
  sysinfoSmbiosValues,
  cputuneValues,
  diskFormatQemu,
  numaCellDistances,
  cpuCacheMode,
  watchdogModelPlacement,
  bootOrderUnsupportedDevice,
  hostdevCapabilitiesMode,
  diskAuthEncryptionOnce,
  panicDevicePlacement,
  perfEventUnique,
  firmwareAutoselectMatch,
  pciBusUnavailable,
  addressRequiredNonPci,
  cpuMaxphysaddr,
  vcpuOfflineHotpluggable,
  blkiotuneDeviceUnique,
  cputunePins,
  iothreadIdsUnique,
  iothreadPoolBounds,
  cpuModelFeatures,
  smartcardSingle,
  memoryBackingSource,
  controllerIothreadValid,
  numatuneSettings,
  nvramDevicePpc64,
  sysinfoFwcfgNames,
  keywrapCipherUnique,
  keywrapS390Only,
];
