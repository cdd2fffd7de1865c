import type { Rule } from '../src/rule.js';
import cputuneSchedSets from './cputune-sched-sets.js';
import diskFormatQemu from './disk-format-qemu.js';
import firmwareAutoselectionSettings from './firmware-autoselection-settings.js';
import loaderStatelessNvram from './loader-stateless-nvram.js';
import seclabelRules from './seclabel-rules.js';
import sysinfoSmbiosValues from './sysinfo-smbios-values.js';
import tpmSingle from './tpm-single.js';
import usbAddressValid from './usb-address-valid.js';
import usbCompanionMaster from './usb-companion-master.js';

/** Rules built on the implied topology libvirt computes (src/model/implied-addresses.ts, usb-topology.ts) firmware selection, and domain-wide settings libvirt checks as a whole (TPMs, seclabels, SMBIOS, schedulers). */
export const TOPOLOGY_RULES: readonly Rule[] = [
  usbAddressValid,
  usbCompanionMaster,
  firmwareAutoselectionSettings,
  loaderStatelessNvram,
  tpmSingle,
  seclabelRules,
  sysinfoSmbiosValues,
  cputuneSchedSets,
  diskFormatQemu,
];
