import fs from 'node:fs';
import type { CapabilityProfile } from './types.js';

/** A capability file that cannot be used: a configuration error (exit 2), naming what is wrong. */
export class CapabilityFileError extends Error {}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Validates virtlint's own JSON profile (docs/capabilities.md), naming the first bad key. */
export function parseProfileJson(text: string, file: string): CapabilityProfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CapabilityFileError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CapabilityFileError(`${file}: expected a JSON object`);
  const obj = data as Record<string, unknown>;
  const known = new Set(['format', 'emulator', 'version', 'arches', 'domainTypes', 'machines', 'devices', 'enums', 'sourceDescription']);
  for (const key of Object.keys(obj)) if (!known.has(key)) throw new CapabilityFileError(`${file}: unknown key '${key}'`);
  if (obj.format !== undefined && obj.format !== 'virtlint-caps/1') throw new CapabilityFileError(`${file}: 'format' must be "virtlint-caps/1"`);
  for (const key of ['emulator', 'version', 'sourceDescription']) {
    if (obj[key] !== undefined && typeof obj[key] !== 'string') throw new CapabilityFileError(`${file}: '${key}' must be a string`);
  }
  for (const key of ['arches', 'domainTypes']) {
    if (obj[key] !== undefined && !isStringArray(obj[key])) throw new CapabilityFileError(`${file}: '${key}' must be an array of strings`);
  }
  if (obj.machines !== undefined) {
    if (!Array.isArray(obj.machines)) throw new CapabilityFileError(`${file}: 'machines' must be an array`);
    obj.machines.forEach((m: unknown, i) => {
      const mm = m as Record<string, unknown>;
      if (typeof m !== 'object' || m === null || typeof mm.name !== 'string') throw new CapabilityFileError(`${file}: 'machines[${i}].name' must be a string`);
    });
  }
  if (obj.devices !== undefined) {
    if (typeof obj.devices !== 'object' || obj.devices === null || Array.isArray(obj.devices)) throw new CapabilityFileError(`${file}: 'devices' must be an object`);
    for (const [dev, props] of Object.entries(obj.devices)) {
      if (props !== null && !isStringArray(props)) throw new CapabilityFileError(`${file}: 'devices.${dev}' must be an array of property names or null`);
    }
  }
  if (obj.enums !== undefined) {
    if (typeof obj.enums !== 'object' || obj.enums === null || Array.isArray(obj.enums)) throw new CapabilityFileError(`${file}: 'enums' must be an object`);
    for (const [name, values] of Object.entries(obj.enums)) {
      if (!isStringArray(values)) throw new CapabilityFileError(`${file}: 'enums.${name}' must be an array of strings`);
    }
  }
  return { ...(obj as CapabilityProfile), sourceDescription: (obj.sourceDescription as string | undefined) ?? `profile ${file}` };
}

export function loadProfileFile(file: string): CapabilityProfile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CapabilityFileError(`cannot read capabilities file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseProfileJson(text, file);
}
