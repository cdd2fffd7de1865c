import {
  qomForController,
  qomForDiskBus,
  qomForNicModel,
  qomForSoundModel,
  qomForTpmModel,
  qomForVideoModel,
  qomForWatchdogModel,
} from '../src/caps/qemu-devices.js';
import { listForMessage, usableCapabilities } from '../src/caps/rule-support.js';
import type { CapabilityView } from '../src/caps/view.js';
import type { Domain, Located } from '../src/model/index.js';
import { archOf, isS390 } from '../src/model/machine.js';
import { genidOf, launchSecurityType } from '../src/model/settings.js';
import { effectiveDiskBus, virtioTransport } from '../src/model/virtio.js';
import { defineRule, type RuleContext } from '../src/rule.js';

const ID = 'emulator-supports-device';

/** One model or bus the document uses, and how to look it up in each kind of capability source. */
interface Demand {
  /** What it is, for messages: "disk bus", "NIC model", "video model". */
  readonly what: string;
  readonly value: Located;
  /** QEMU device types, any of which will do (probe, profile, capabilities cache). */
  readonly qom: readonly string[] | undefined;
  /** The domcapabilities element and enumeration that list the accepted values ("video", "modelType"). */
  readonly element: string;
  readonly enumName?: string;
  /**
   * Set where libvirt 9.0 defines a domain whose emulator lacks the device and only starting it fails:
   * 'qemu' when QEMU refuses the command line, 'libvirt' when libvirt refuses to build it. Such a
   * finding is a warning (the README's policy for refusals only a later step makes).
   */
  readonly atStart?: 'qemu' | 'libvirt';
  /** A QEMU object (not a device) that must exist: the confidential guest object of <launchSecurity>. */
  readonly object?: string;
  /** A QEMU CPU model that must exist: `max` for <cpu mode='maximum'>. */
  readonly cpuModel?: string;
}

type Verdict = { readonly ok: true } | { readonly ok: false; readonly message: string } | { readonly unknown: string };

/** The verdict of most demands: one object for all of them. */
const OK: Verdict = { ok: true };

function judgeByEnum(caps: CapabilityView, d: Demand, scopeProblem: string | undefined): Verdict {
  if (scopeProblem) return { unknown: `the enumerations of ${caps.source} do not apply (${scopeProblem})` };
  if (caps.elementSupported(d.element) === false) {
    const feature = d.element.startsWith('features.') ? d.element.slice('features.'.length) : undefined;
    if (feature) return { ok: false, message: `The emulator does not support ${d.what} (${caps.source} says <${feature} supported='no'>)` };
    return { ok: false, message: `The emulator supports no <${d.element}> devices (${caps.source}), so ${d.what} '${d.value.value}' cannot be used` };
  }
  const values = d.enumName ? caps.enumValues(`${d.element}.${d.enumName}`) : undefined;
  if (!values) return { unknown: `${caps.source} lists no ${d.what}s` };
  if (values.includes(d.value.value)) return OK;
  return {
    ok: false,
    message: `The emulator does not support ${d.what} '${d.value.value}' (${caps.source})${values.length > 0 ? `; it supports ${listForMessage(values)}` : ''}`,
  };
}

function judgeByDevices(caps: CapabilityView, d: Demand): Verdict {
  if (!d.qom) return { unknown: `virtlint does not know which QEMU device ${d.what} '${d.value.value}' needs` };
  if (d.qom.length === 0) {
    if (caps.profile.origin === 'domcapabilities' || !caps.profile.devices) return { unknown: `${caps.source} lists no QEMU devices` };
    return { ok: false, message: `QEMU has no device for ${d.what} '${d.value.value}' (libvirt accepts it only with other hypervisors) (${caps.source})` };
  }
  // Whether any of the devices is there, and whether all are known to be missing (a loop, not an
  // array of answers: that array's changing element kinds made V8 compile this function twice).
  let some = false;
  let none = true;
  for (let i = 0, list = d.qom; i < list.length; i++) {
    const t = list[i]!;
    const has = caps.hasDevice(t);
    if (has === true) some = true;
    if (has !== false) none = false;
  }
  if (some) return OK;
  if (none) {
    const devices = d.qom.length === 1 ? `device ${d.qom[0]}` : `devices ${d.qom.join(' / ')}`;
    return { ok: false, message: `The emulator has no QEMU ${devices}, needed for ${d.what} '${d.value.value}' (${caps.source})` };
  }
  return { unknown: `${caps.source} does not say whether it has ${d.qom.join(' / ')}` };
}

/**
 * A confidential guest object: libvirt 9.0 refuses <launchSecurity> when QEMU lacks it (its
 * s390-pv-guest and sev-guest flags come from qom-list-types; QEMU builds s390-pv-guest only with KVM,
 * on an s390x host). When it is there, libvirt also asks the host (SEV firmware, s390 Ultravisor),
 * which only domcapabilities answer, so that is left to them.
 */
function judgeObject(caps: CapabilityView, d: Demand, object: string): Verdict | undefined {
  // Else libvirt's flag of the same name.
  const has = caps.hasConfidentialGuestType(object) ?? libvirt9Flag(caps, object);
  if (has !== false) return undefined;
  return { ok: false, message: `The emulator has no QEMU object ${object}, needed for ${d.what} (${caps.source})` };
}

/** Whether libvirt's cache flag is set; a missing flag trusted only from a libvirt 9 cache (the one checked). */
function libvirt9Flag(caps: CapabilityView, flag: string): boolean | undefined {
  if (!caps.profile.libvirtFlags) return undefined;
  if (caps.libvirtFlag(flag)) return true;
  const v = caps.profile.libvirtVersion;
  return v !== undefined && Math.floor(v / 1_000_000) === 9 ? false : undefined;
}

/**
 * A CPU model: libvirt 9.0 sets its cpu-max flag when query-cpu-definitions lists `max`, and refuses
 * <cpu mode='maximum'> without it ("maximum CPU is not supported by QEMU binary"); QEMU 7.2 for
 * riscv64 has no query-cpu-definitions at all.
 */
function judgeCpuModel(caps: CapabilityView, d: Demand, model: string): Verdict {
  const has = caps.hasCpuModel(model) ?? (model === 'max' ? libvirt9Flag(caps, 'cpu-max') : undefined);
  if (has === undefined) return { unknown: `${caps.source} does not list the emulator's CPU models` };
  return has ? OK : { ok: false, message: `The emulator has no QEMU CPU model ${model}, needed for ${d.what} (${caps.source})` };
}

function judge(caps: CapabilityView, d: Demand, scopeProblem: string | undefined): Verdict {
  if (d.cpuModel) return judgeCpuModel(caps, d, d.cpuModel);
  const byObject = d.object ? judgeObject(caps, d, d.object) : undefined;
  if (byObject) return byObject;
  const byDevices = judgeByDevices(caps, d);
  if (!('unknown' in byDevices)) return byDevices;
  const byEnum = judgeByEnum(caps, d, scopeProblem);
  return 'unknown' in byEnum && caps.profile.origin !== 'domcapabilities' ? byDevices : byEnum;
}

function diskDemands(domain: Domain, out: Demand[]): void {
  for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
    const disk = list[i]!;
    // The bus as written, else the one libvirt derives from the target name (vda → virtio).
    const derived = effectiveDiskBus(disk);
    const written = disk.target?.bus ?? disk.target?.dev;
    if (!derived || !written) continue;
    const bus: Located = { value: derived, range: written.range };
    // xen and uml: libvirt 9.0 defines the disk and refuses it when building the command line ("unsupported disk bus 'xen' with device setup").
    const atStart = bus.value === 'xen' || bus.value === 'uml' ? 'libvirt' : undefined;
    out.push({ what: 'disk bus', value: bus, qom: qomForDiskBus(bus.value, virtioTransport(domain, disk.address?.type?.value)), element: 'disk', enumName: 'bus', ...(atStart ? { atStart } : {}) });
  }
}

function nicDemands(domain: Domain, out: Demand[]): void {
  for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
    const nic = list[i]!;
    // A hostdev interface is a passed-through host NIC: its model creates no emulated device.
    if (!nic.model || nic.type?.value === 'hostdev') continue;
    // libvirt 9.0 passes the model to QEMU, which refuses it at start ('e1000' on s390x: "not a valid device model name").
    out.push({ what: 'NIC model', value: nic.model, qom: qomForNicModel(nic.model.value, virtioTransport(domain, nic.address?.type?.value)), element: 'interface', enumName: 'model', atStart: 'qemu' });
  }
}

function controllerDemands(domain: Domain, out: Demand[]): void {
  for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
    const c = list[i]!;
    const type = c.type?.value;
    // A SATA controller has no model: QEMU's ich9-ahci, which the s390x emulator lacks (libvirt 9.0: 'SATA is not supported with this QEMU binary').
    if (type === 'sata' && !c.model && c.type) {
      out.push({ what: 'controller type', value: c.type, qom: qomForController(type, undefined, 'pci'), element: 'controller' });
      continue;
    }
    if (!type || !c.model) continue;
    const qom = qomForController(type, c.model.value, virtioTransport(domain, c.address?.type?.value), c.modelName?.value);
    // A USB controller model: libvirt 9.0 defines it and refuses it at start ("USB controller model 'qemu-xhci' not supported in this QEMU binary").
    out.push({ what: `${type} controller model`, value: c.model, qom, element: 'controller', enumName: 'model', ...(type === 'usb' ? { atStart: 'libvirt' as const } : {}) });
  }
}

function videoDemands(domain: Domain, out: Demand[]): void {
  for (let i = 0, list = domain.devices.videos; i < list.length; i++) {
    const v = list[i]!;
    const model = v.model?.type;
    if (!model || model.value === 'none') continue;
    out.push({ what: 'video model', value: model, qom: qomForVideoModel(model.value, virtioTransport(domain, v.address?.type?.value || undefined)), element: 'video', enumName: 'modelType' });
  }
}

/**
 * The sound models libvirt 9.0 passes to QEMU without asking whether it has their device: QEMU refuses
 * them when the guest starts. Not 'usb' (libvirt checks usb-audio when defining), not 'ich7' (libvirt
 * refuses it, sound-model-qemu), not 'virtio' (newer than libvirt 9.0; how a later libvirt treats a
 * QEMU without virtio-sound-pci is not asked here).
 */
const SOUND_AT_START: ReadonlySet<string> = new Set(['ac97', 'es1370', 'ich6', 'ich9', 'pcspk', 'sb16']);

/** Sound, TPM and watchdog models (rarer kinds, and no transport to look up). */
function modelDemands(domain: Domain, out: Demand[]): void {
  for (let i = 0, list = domain.devices.sounds; i < list.length; i++) {
    const s = list[i]!;
    if (!s.model) continue;
    out.push({ what: 'sound model', value: s.model, qom: qomForSoundModel(s.model.value), element: 'sound', enumName: 'model', ...(SOUND_AT_START.has(s.model.value) ? { atStart: 'qemu' as const } : {}) });
  }
  for (let i = 0, list = domain.devices.tpms; i < list.length; i++) {
    const t = list[i]!;
    if (t.model) out.push({ what: 'TPM model', value: t.model, qom: qomForTpmModel(t.model.value), element: 'tpm', enumName: 'model' });
    else {
      // libvirt 9.0's default model: tpm-spapr on ppc64, tpm-tis elsewhere (which the s390x emulator lacks, as every TPM device).
      const model = archOf(domain).startsWith('ppc64') ? 'tpm-spapr' : 'tpm-tis';
      out.push({ what: "TPM model (libvirt's default)", value: { value: model, range: t.nameRange }, qom: qomForTpmModel(model), element: 'tpm', enumName: 'model' });
    }
  }
  for (let i = 0, list = domain.devices.watchdogs; i < list.length; i++) {
    const w = list[i]!;
    if (!w.model) continue;
    // QEMU refuses a missing watchdog device at start; libvirt 9.0 refuses diag288 off s390 when defining (watchdog-model-placement's).
    out.push({ what: 'watchdog model', value: w.model, qom: qomForWatchdogModel(w.model.value), element: 'watchdog', enumName: 'model', ...(w.model.value === 'diag288' ? {} : { atStart: 'qemu' as const }) });
  }
  // ivshmem-plain and ivshmem-doorbell are QEMU devices of their own names (the s390x emulator has neither).
  for (let i = 0, list = domain.devices.shmems; i < list.length; i++) {
    const m = list[i]!.model;
    if (!m || (m.value !== 'ivshmem-plain' && m.value !== 'ivshmem-doorbell')) continue;
    out.push({ what: 'shmem model', value: m, qom: [m.value], element: 'shmem', enumName: 'model' });
  }
}

/** The QEMU device of each memory device model (libvirt 9.0 refuses a model whose device the emulator lacks). */
const MEMORY_MODELS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dimm', ['pc-dimm']],
  ['nvdimm', ['nvdimm']],
  ['virtio-mem', ['virtio-mem-pci']],
  ['virtio-pmem', ['virtio-pmem-pci']],
  ['sgx-epc', ['sgx-epc']],
]);

/** Memory devices, parallel ports (QEMU's isa-parallel) and `<genid>` (QEMU's vmgenid). */
function platformDemands(domain: Domain, out: Demand[]): void {
  for (let i = 0, list = domain.devices.memories; i < list.length; i++) {
    const m = list[i]!.model;
    const qom = m && MEMORY_MODELS.get(m.value);
    if (m && qom) out.push({ what: 'memory model', value: m, qom, element: 'memory', enumName: 'model' });
  }
  // On s390x libvirt refuses parallel ports before asking QEMU (parallel-port-arch).
  if (!isS390(domain)) {
    for (let i = 0, list = domain.devices.parallels; i < list.length; i++) {
      const p = list[i]!;
      out.push({ what: 'parallel port', value: { value: 'isa-parallel', range: p.nameRange }, qom: ['isa-parallel'], element: 'parallel', atStart: 'qemu' });
    }
  }
  const genid = genidOf(domain);
  if (genid) out.push({ what: 'VM generation id', value: { value: 'genid', range: genid.nameRange }, qom: ['vmgenid'], element: 'features.genid' });
  // Launch security on its own architecture (elsewhere launch-security-arch's): the emulator's confidential
  // guest object (a probe's or libvirt's cache), then domcapabilities (<features><sev supported>, <s390-pv
  // supported>), which also answer for the host.
  const ls = launchSecurityType(domain);
  if (ls && (ls.value === 's390-pv' ? isS390(domain) : ls.value === 'sev' && (archOf(domain) === 'x86_64' || archOf(domain) === 'i686'))) {
    out.push({ what: `launchSecurity type='${ls.value}'`, value: ls, qom: undefined, element: `features.${ls.value}`, object: ls.value === 's390-pv' ? 's390-pv-guest' : 'sev-guest' });
  }
  const cpuMode = domain.cpu?.mode;
  if (cpuMode?.value === 'maximum') out.push({ what: "<cpu mode='maximum'>", value: cpuMode, qom: undefined, element: 'cpu', cpuModel: 'max' });
}

/**
 * What the document asks of the emulator, in document order per kind. A plain function, not a generator: V8's
 * optimised code for this generator was the largest of all the rules'. One function per kind: as one
 * function, TurboFan's compile of it was the largest of the run (2.9 MB of zone memory), each pass's
 * cost growing faster than the graph.
 */
function demands(domain: Domain): Demand[] {
  const out: Demand[] = [];
  diskDemands(domain, out);
  nicDemands(domain, out);
  controllerDemands(domain, out);
  videoDemands(domain, out);
  modelDemands(domain, out);
  platformDemands(domain, out);
  return out;
}

/**
 * Whether `demands` finds anything (the same tests as its loops, without building the demands or
 * looking up QEMU devices): all a document needs when there are no capabilities, the usual case.
 */
function hasDemand(domain: Domain): boolean {
  const d = domain.devices;
  for (const disk of d.disks) if ((disk.target?.bus ?? disk.target?.dev) && effectiveDiskBus(disk)) return true;
  for (const nic of d.interfaces) if (nic.model && nic.type?.value !== 'hostdev') return true;
  for (const c of d.controllers) if (c.type?.value && (c.model || c.type.value === 'sata')) return true;
  for (const v of d.videos) if (v.model?.type && v.model.type.value !== 'none') return true;
  if (d.sounds.some((s) => s.model) || d.tpms.length > 0 || d.watchdogs.some((w) => w.model) || d.shmems.some((s) => s.model)) return true;
  // <genid> last: it is looked up in the root's children, and a document with any device above never gets here.
  return d.memories.some((m) => m.model) || d.parallels.length > 0 || genidOf(domain) !== undefined || launchSecurityType(domain) !== undefined || domain.cpu?.mode?.value === 'maximum';
}

/** What a start-time finding adds to its message (as numa-s390x and memory-dimm-arm-acpi word theirs). */
const AT_START = { qemu: 'libvirt defines this domain, QEMU refuses to start it', libvirt: 'libvirt defines this domain but refuses to start it' } as const;

function report(context: RuleContext, d: Demand, verdict: Verdict): void {
  if ('unknown' in verdict) context.note(`${ID}: ${d.what} '${d.value.value}' not checked: ${verdict.unknown}`);
  else if (!verdict.ok) {
    if (d.atStart) context.report({ range: d.value.range, message: `${verdict.message}: ${AT_START[d.atStart]}`, severity: 'warning' });
    else context.report({ range: d.value.range, message: verdict.message });
  }
}

export default defineRule({
  meta: {
    id: ID,
    description: 'A disk bus, NIC, controller (a SATA controller too), video, sound, TPM (libvirt\'s default too), watchdog, shmem or memory device model, a parallel port, a <genid>, launch security or the CPU of <cpu mode=\'maximum\'> the document uses does not exist in the emulator',
    defaultSeverity: 'error',
    needsCapabilities: true,
    libvirtMessages: [
      "domain configuration does not support video model '%s'",
      'The QEMU executable %s does not support TPM model %s',
      'IDE controllers are unsupported for this QEMU binary or machine type',
      "The '%s' device is not supported by this QEMU binary",
      // When the domain starts (virsh define accepts it): a disk bus QEMU has no device for.
      "unsupported disk bus '%s' with device setup",
      'SATA is not supported with this QEMU binary',
      "shmem model '%s' is not supported by this QEMU binary",
      // A TPM the emulator has no device for: libvirt 9.0 on s390x (no TPM at all) names the backend first.
      'The QEMU executable %s does not support TPM backend type %s',
      "memory hotplug isn't supported by this QEMU binary",
      "nvdimm isn't supported by this QEMU binary",
      "virtio-mem isn't supported by this QEMU binary",
      "virtio-pmem isn't supported by this QEMU binary",
      "sgx epc isn't supported by this QEMU binary",
      "this QEMU does not support the 'genid' capability",
      'S390 PV launch security is not supported with this QEMU binary',
      'SEV launch security is not supported with this QEMU binary',
      // When the domain starts (virsh define accepts it): QEMU's answer to a parallel port without an ISA bus.
      "'%s' is not a valid device model name",
      // When the domain starts (virsh define accepts it): a USB controller model the emulator lacks.
      "USB controller model '%s' not supported in this QEMU binary",
      // A SCSI controller model the emulator lacks (libvirt 9.0 on s390x).
      "This QEMU doesn't support the LSI 53C895A SCSI controller",
      // <cpu mode='maximum'> where QEMU has no 'max' CPU model (riscv64 in QEMU 7.2).
      'maximum CPU is not supported by QEMU binary',
    ],
  },
  check(domain, context) {
    // Without capabilities (the default) the rule only notes that it checked nothing, when there was something to check.
    if (!hasDemand(domain)) return;
    const caps = usableCapabilities(context, ID);
    if (!caps) return;
    const arch = domain.os?.arch?.value;
    if (arch && caps.supportsArch(arch) === false) {
      context.note(`${ID}: the emulator does not run arch '${arch}' (see emulator-supports-arch-and-type); devices not checked`);
      return;
    }
    // One literal of one shape (no spreads: they made this the largest of the rules' compiled checks); an empty value counts as none.
    const scopeProblem = caps.scopeMismatch({ arch: arch || undefined, machine: domain.os?.machine?.value || undefined, domainType: domain.type?.value || undefined });
    for (let i = 0, list = demands(domain); i < list.length; i++) report(context, list[i]!, judge(caps, list[i]!, scopeProblem));
  },
});
