import type { Rule } from '../src/rule.js';
import firmwareAutoselectionSettings from './firmware-autoselection-settings.js';
import loaderStatelessNvram from './loader-stateless-nvram.js';
import usbAddressValid from './usb-address-valid.js';

/** Rules built on the implied topology libvirt computes (src/model/implied-addresses.ts, usb-topology.ts) and firmware selection. */
export const TOPOLOGY_RULES: readonly Rule[] = [usbAddressValid, firmwareAutoselectionSettings, loaderStatelessNvram];
