import { firstError, type LibvirtVerdict, virsh } from './libvirt.js';

/** libvirt's define-time verdict: refused with its first error line without `error: `, or accepted. */
export type DefineVerdict = LibvirtVerdict;

/**
 * Defines a document (`virsh define`, with `--validate` to add libvirt's RNG check) under `name`
 * (the document's own <name> must already be it) and undefines it again: libvirt's define-time
 * verdict (parse, post-parse, validation), without the start-time checks of the command line.
 */
export function defineVerdict(file: string, name: string, validate: boolean): DefineVerdict {
  const r = virsh(['define', ...(validate ? ['--validate'] : []), file]);
  if (!r.ok) return { accepted: false, message: firstError(r.stderr) };
  if (!virsh(['undefine', '--nvram', name]).ok) virsh(['undefine', name]);
  return { accepted: true };
}

/** libvirt's refusal at the schema step of `define --validate`, or before it: the document is not well-formed. */
export const isSchemaRefusal = (v: DefineVerdict): boolean => !v.accepted && /failed to validate against schema|^\(domain_definition\):\d+:/.test(v.message ?? '');
