import { usableCapabilities } from '../src/caps/rule-support.js';
import type { CapabilityView } from '../src/caps/view.js';
import type { Domain, Located } from '../src/model/index.js';
import { redirfilterWithRules } from '../src/model/devices/usb-redirection.js';
import { isQemuDomain } from '../src/model/machine.js';
import { defineRule, type RuleContext } from '../src/rule.js';

const ID = 'emulator-supports-smartcard-redirdev';
/** The libvirt release whose capabilities caches are read for an absent flag (checked against libvirt 9.0's cache). */
const KNOWN_LIBVIRT_MAJOR = 9;

/** The QEMU device of each smartcard mode (libvirt's ccid-emulated and ccid-passthru flags). */
const CARD_DEVICES: ReadonlyMap<string, string> = new Map([
  ['host', 'ccid-card-emulated'],
  ['host-certificates', 'ccid-card-emulated'],
  ['passthrough', 'ccid-card-passthru'],
]);

/**
 * Whether the emulator has QEMU's usb-redir: its device list (probe, profile, libvirt's cache flag),
 * else domcapabilities' `<redirdev supported>` when they describe the domain's machine.
 */
function hasUsbRedir(caps: CapabilityView, domain: Domain): boolean | undefined {
  const has = caps.hasDevice('usb-redir');
  if (has !== undefined) return has;
  const scopeProblem = caps.scopeMismatch({ arch: domain.os?.arch?.value || undefined, machine: domain.os?.machine?.value || undefined, domainType: domain.type?.value || undefined });
  return scopeProblem ? undefined : caps.elementSupported('redirdev');
}

/**
 * Whether usb-redir takes a `filter` (libvirt's usb-redir.filter flag, trusted absent only from a
 * libvirt 9 cache), else the device's property list when the source lists it (a probe does not).
 */
function hasRedirFilter(caps: CapabilityView): boolean | undefined {
  const profile = caps.profile;
  if (profile.libvirtFlags) {
    if (caps.libvirtFlag('usb-redir.filter')) return true;
    const v = profile.libvirtVersion;
    return v !== undefined && Math.floor(v / 1_000_000) === KNOWN_LIBVIRT_MAJOR ? false : undefined;
  }
  return caps.deviceHasProperty('usb-redir', 'filter');
}

const unknown = (context: RuleContext, caps: CapabilityView, what: string, device: string): void =>
  context.note(`${ID}: ${what} not checked: ${caps.source} does not say whether the emulator has ${device}`);

function checkSmartcards(domain: Domain, caps: CapabilityView, context: RuleContext): void {
  for (let i = 0, list = domain.devices.smartcards; i < list.length; i++) {
    const mode: Located | undefined = list[i]!.mode;
    const device = mode && CARD_DEVICES.get(mode.value);
    if (!mode || !device) continue;
    const has = caps.hasDevice(device);
    if (has === undefined) unknown(context, caps, `smartcard mode '${mode.value}'`, device);
    else if (!has) {
      context.report({
        range: mode.range,
        message: `The emulator has no QEMU device ${device}, the device of a smartcard in mode '${mode.value}' (${caps.source}): libvirt refuses this domain. Remove the <smartcard>, or use an emulator built with smartcard support`,
      });
    }
  }
}

function checkRedirdevs(domain: Domain, caps: CapabilityView, context: RuleContext): void {
  const redirdevs = domain.devices.redirdevs;
  if (redirdevs.length === 0) return;
  const usbRedir = hasUsbRedir(caps, domain);
  if (usbRedir === undefined) unknown(context, caps, '<redirdev>', 'usb-redir');
  else if (!usbRedir) {
    for (let i = 0; i < redirdevs.length; i++) {
      context.report({
        range: redirdevs[i]!.nameRange,
        message: `The emulator has no QEMU device usb-redir, the device of a <redirdev> (${caps.source}): libvirt refuses this domain. Remove the <redirdev>, or use an emulator built with USB redirection`,
      });
    }
    return; // libvirt stops at the redirdev: the filter is not looked at
  }
  // The filter goes to every usb-redir; libvirt asks for it once it knows usb-redir is there.
  const filter = redirfilterWithRules(domain);
  if (!filter) return;
  const hasFilter = hasRedirFilter(caps);
  if (hasFilter === undefined) context.note(`${ID}: <redirfilter> not checked: ${caps.source} does not say whether usb-redir takes a 'filter'`);
  else if (!hasFilter) {
    context.report({
      range: filter.nameRange,
      message: `The emulator's usb-redir has no 'filter' property (${caps.source}), and this <redirfilter>'s <usbdev> rules go to each <redirdev>: libvirt refuses this domain. Remove the <usbdev> rules, or use a newer QEMU`,
    });
  }
}

export default defineRule({
  meta: {
    id: ID,
    description: 'A <smartcard> or <redirdev> whose QEMU device (ccid-card-emulated, ccid-card-passthru, usb-redir) the emulator lacks, or a <redirfilter> with rules when its usb-redir takes no filter',
    defaultSeverity: 'error',
    needsCapabilities: true,
    libvirtMessages: [
      'this QEMU binary lacks smartcard host mode support',
      'this QEMU binary lacks smartcard passthrough mode support',
      'USB redirection is not supported by this version of QEMU',
      'USB redirection filter is not supported by this version of QEMU',
    ],
  },
  check(domain, context) {
    const d = domain.devices;
    if (d.smartcards.length === 0 && d.redirdevs.length === 0) return;
    const caps = usableCapabilities(context, ID);
    if (!caps || !isQemuDomain(domain)) return; // libvirt's QEMU driver asks its capabilities
    const arch = domain.os?.arch?.value;
    if (arch && caps.supportsArch(arch) === false) {
      context.note(`${ID}: the emulator does not run arch '${arch}' (see emulator-supports-arch-and-type); not checked`);
      return;
    }
    checkSmartcards(domain, caps, context);
    checkRedirdevs(domain, caps, context);
  },
});
