import { BoundedReadError, readBoundedRegularFile } from '../files.js';
import { wellFormed } from '../quote-long.js';
import { profileFromDomainCapabilities } from './domcaps.js';
import { profileFromQemuCapsCache } from './qemu-caps-cache.js';
import type { CapabilityProfile } from './types.js';
import { parseXml } from '../xml/parse.js';

/** A capability file that cannot be used: a configuration error (exit 2), naming what is wrong. */
export class CapabilityFileError extends Error {}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ORIGINS: readonly string[] = ['probe', 'domcapabilities', 'qemu-caps-cache', 'profile'];

/** Validates virtlint's own JSON profile (docs/capabilities.md), naming the first bad key. */
export function parseProfileJson(text: string, file: string): CapabilityProfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CapabilityFileError(`${file}: not valid JSON (${wellFormed((e as Error).message)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CapabilityFileError(`${file}: expected a JSON object`);
  const obj = data as Record<string, unknown>;
  const known = new Set([
    'format', 'emulator', 'version', 'origin', 'arches', 'domainTypes', 'domainTypesComplete', 'machines', 'devices', 'devicesComplete',
    'absentDevices', 'enums', 'supported', 'scope', 'libvirtFlags', 'libvirtVersion', 'sourceDescription', 'firmware',
    'confidentialGuestTypes', 'cpuModels',
  ]);
  for (const key of Object.keys(obj)) if (!known.has(key)) throw new CapabilityFileError(`${file}: unknown key '${key}'`);
  if (obj.format !== undefined && obj.format !== 'virtlint-caps/1') throw new CapabilityFileError(`${file}: 'format' must be "virtlint-caps/1"`);
  for (const key of ['emulator', 'version', 'sourceDescription']) {
    if (obj[key] !== undefined && typeof obj[key] !== 'string') throw new CapabilityFileError(`${file}: '${key}' must be a string`);
  }
  if (obj.origin !== undefined && !ORIGINS.includes(obj.origin as string)) {
    throw new CapabilityFileError(`${file}: 'origin' must be one of ${ORIGINS.map((o) => `"${o}"`).join(', ')}`);
  }
  for (const key of ['domainTypesComplete', 'devicesComplete']) {
    if (obj[key] !== undefined && typeof obj[key] !== 'boolean') throw new CapabilityFileError(`${file}: '${key}' must be true or false`);
  }
  if (obj.libvirtVersion !== undefined && !(Number.isInteger(obj.libvirtVersion) && (obj.libvirtVersion as number) >= 0)) {
    throw new CapabilityFileError(`${file}: 'libvirtVersion' must be a non-negative integer`);
  }
  for (const key of ['arches', 'domainTypes', 'absentDevices', 'libvirtFlags', 'confidentialGuestTypes', 'cpuModels']) {
    if (obj[key] !== undefined && !isStringArray(obj[key])) throw new CapabilityFileError(`${file}: '${key}' must be an array of strings`);
  }
  if (obj.machines !== undefined) {
    if (!Array.isArray(obj.machines)) throw new CapabilityFileError(`${file}: 'machines' must be an array`);
    obj.machines.forEach((m: unknown, i) => {
      if (!isObject(m)) throw new CapabilityFileError(`${file}: 'machines[${i}]' must be an object`);
      for (const k of Object.keys(m)) if (!['name', 'alias', 'isDefault', 'maxCpus'].includes(k)) throw new CapabilityFileError(`${file}: unknown key 'machines[${i}].${k}'`);
      if (typeof m.name !== 'string' || m.name === '') throw new CapabilityFileError(`${file}: 'machines[${i}].name' must be a non-empty string`);
      if (m.alias !== undefined && typeof m.alias !== 'string') throw new CapabilityFileError(`${file}: 'machines[${i}].alias' must be a string`);
      if (m.isDefault !== undefined && typeof m.isDefault !== 'boolean') throw new CapabilityFileError(`${file}: 'machines[${i}].isDefault' must be true or false`);
      if (m.maxCpus !== undefined && !(Number.isInteger(m.maxCpus) && (m.maxCpus as number) > 0)) {
        throw new CapabilityFileError(`${file}: 'machines[${i}].maxCpus' must be a positive integer`);
      }
    });
  }
  if (obj.devices !== undefined) {
    if (!isObject(obj.devices)) throw new CapabilityFileError(`${file}: 'devices' must be an object`);
    for (const [dev, props] of Object.entries(obj.devices)) {
      if (props !== null && !isStringArray(props)) throw new CapabilityFileError(`${file}: 'devices.${dev}' must be an array of property names or null`);
    }
  }
  if (obj.enums !== undefined) {
    if (!isObject(obj.enums)) throw new CapabilityFileError(`${file}: 'enums' must be an object`);
    for (const [name, values] of Object.entries(obj.enums)) {
      if (!isStringArray(values)) throw new CapabilityFileError(`${file}: 'enums.${name}' must be an array of strings`);
    }
  }
  if (obj.supported !== undefined) {
    if (!isObject(obj.supported)) throw new CapabilityFileError(`${file}: 'supported' must be an object`);
    for (const [name, value] of Object.entries(obj.supported)) {
      if (typeof value !== 'boolean') throw new CapabilityFileError(`${file}: 'supported.${name}' must be true or false`);
    }
  }
  if (obj.scope !== undefined) {
    if (!isObject(obj.scope)) throw new CapabilityFileError(`${file}: 'scope' must be an object`);
    for (const [k, v] of Object.entries(obj.scope)) {
      if (!['arch', 'machine', 'domainType'].includes(k)) throw new CapabilityFileError(`${file}: unknown key 'scope.${k}'`);
      if (typeof v !== 'string') throw new CapabilityFileError(`${file}: 'scope.${k}' must be a string`);
    }
  }
  if (obj.firmware !== undefined) {
    if (!Array.isArray(obj.firmware)) throw new CapabilityFileError(`${file}: 'firmware' must be an array of firmware descriptors`);
    obj.firmware.forEach((d: unknown, i) => {
      if (!isObject(d) || typeof d.file !== 'string' || typeof d.device !== 'string' || !isStringArray(d.interfaceTypes) || !isStringArray(d.architectures) || !isStringArray(d.features)) {
        throw new CapabilityFileError(`${file}: 'firmware[${i}]' must have file, device (strings) and interfaceTypes, architectures, features (arrays of strings)`);
      }
      if (d.mode !== undefined && typeof d.mode !== 'string') throw new CapabilityFileError(`${file}: 'firmware[${i}].mode' must be a string`);
    });
  }
  return { ...(obj as CapabilityProfile), sourceDescription: (obj.sourceDescription as string | undefined) ?? `profile ${file}` };
}

/** Capability files larger than this are refused (real ones are well under 1 MiB). */
export const MAX_CAPABILITY_FILE_BYTES = 32 * 1024 * 1024;

/** Builds a profile from the text of a capabilities file, recognising its kind by content. */
export function parseCapabilityText(text: string, file: string): CapabilityProfile {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === '{') return parseProfileJson(body, file);
  if (first !== '<') {
    throw new CapabilityFileError(`${file}: not a capabilities file (expected virtlint's JSON profile, domcapabilities XML or a libvirt QEMU capabilities cache)`);
  }
  const parsed = parseXml(body);
  if (!parsed.ok) {
    const { line, column } = parsed.diagnostic.range.start;
    throw new CapabilityFileError(`${file}:${line}:${column}: ${parsed.diagnostic.message}`);
  }
  const root = parsed.document.root;
  if (root.name === 'domainCapabilities') return profileFromDomainCapabilities(root, file);
  if (root.name === 'qemuCaps') return profileFromQemuCapsCache(root, file);
  if (root.name === 'capabilities') {
    throw new CapabilityFileError(`${file}: this is host capabilities (virsh capabilities); give the output of 'virsh domcapabilities' instead`);
  }
  throw new CapabilityFileError(`${file}: unexpected root element <${root.name}>; expected <domainCapabilities> or <qemuCaps>`);
}

/** Reads a capabilities file of any supported kind: virtlint JSON, domcapabilities XML or libvirt's QEMU capabilities cache. */
export function loadProfileFile(file: string, options: { followSymlinks?: boolean } = {}): CapabilityProfile {
  let text: string;
  try {
    // A regular file of bounded size; a symbolic link only when the user named the file (--caps).
    text = readBoundedRegularFile(file, { maxBytes: MAX_CAPABILITY_FILE_BYTES, followSymlinks: options.followSymlinks ?? true }).toString('utf8');
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    if (e.code === 'ETOOBIG') throw new CapabilityFileError(`capabilities file ${file} is larger than ${MAX_CAPABILITY_FILE_BYTES} bytes`);
    if (e.code === 'ENOTREG' || e.code === 'EISDIR') throw new CapabilityFileError(`capabilities file ${file} is not a regular file`);
    throw new CapabilityFileError(`cannot read capabilities file ${file}: ${e.code === 'ESYMLINK' ? e.reason : e.code}`);
  }
  return parseCapabilityText(text, file);
}
