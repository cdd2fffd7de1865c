import path from 'node:path';
import { archesServedBy, libvirtArchOfQemuTarget, qemuTargetOfBinaryName } from './arch.js';
import type { CapabilityProfile } from './types.js';
import { child, childrenNamed, type XmlElement } from '../xml/tree.js';

const text = (el: XmlElement | undefined): string | undefined => {
  const t = el?.text.trim();
  return t ? t : undefined;
};

/** `<enum name='bus'><value>…</value></enum>` → values (an empty enum means: none supported). */
function enumValues(el: XmlElement): string[] {
  return childrenNamed(el, 'value').flatMap((v) => text(v) ?? []);
}

/**
 * Collects the `<enum>` lists and `supported` flags below one section of domcapabilities.
 * Keys are relative to `<devices>` ("disk.bus", "video.modelType") so they read like the domain XML,
 * and carry the section name elsewhere ("os.firmware", "features.hyperv.features").
 */
function collect(el: XmlElement, prefix: string, enums: Map<string, string[]>, supported: Map<string, boolean>): void {
  const s = el.attributes.find((a) => a.name === 'supported')?.value;
  if (prefix && (s === 'yes' || s === 'no')) supported.set(prefix, s === 'yes');
  for (const c of el.children) {
    if (c.name === 'enum') {
      const name = c.attributes.find((a) => a.name === 'name')?.value;
      if (name) enums.set(prefix ? `${prefix}.${name}` : name, enumValues(c));
    } else if (c.name !== 'value') {
      collect(c, prefix ? `${prefix}.${c.name}` : c.name, enums, supported);
    }
  }
}

/**
 * Reads libvirt's `virsh domcapabilities` output. It describes one emulator for one arch, machine
 * and domain type, so the enumerations go into `enums` under that `scope`; no device property lists.
 */
export function profileFromDomainCapabilities(root: XmlElement, file: string): CapabilityProfile {
  const emulator = text(child(root, 'path'));
  const domainType = text(child(root, 'domain'));
  const machine = text(child(root, 'machine'));
  const arch = text(child(root, 'arch'));
  // Maps, then own properties: an element or enum a file names `__proto__` must not become a prototype.
  const enums = new Map<string, string[]>();
  const supported = new Map<string, boolean>();
  const devices = child(root, 'devices');
  if (devices) for (const d of devices.children) collect(d, d.name, enums, supported);
  for (const section of ['os', 'memoryBacking', 'features']) {
    const el = child(root, section);
    if (el) collect(el, section, enums, supported);
  }
  // A qemu-system-<target> binary runs its own target (and libvirt's compatible sibling) whatever
  // arch the domcapabilities were asked for; other emulators are known only for the arch shown.
  const target = emulator ? qemuTargetOfBinaryName(path.basename(emulator)) : undefined;
  const arches = new Set<string>();
  if (target) for (const a of archesServedBy(libvirtArchOfQemuTarget(target))) arches.add(a);
  if (target && arch) for (const a of archesServedBy(arch)) arches.add(a);
  return {
    origin: 'domcapabilities',
    ...(emulator ? { emulator } : {}),
    ...(arches.size > 0 ? { arches: [...arches] } : {}),
    scope: { ...(arch ? { arch } : {}), ...(machine ? { machine } : {}), ...(domainType ? { domainType } : {}) },
    enums: Object.fromEntries(enums),
    supported: Object.fromEntries(supported),
    sourceDescription: `domcapabilities ${file}`,
  };
}
