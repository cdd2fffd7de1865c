import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';

const URI = 'qemu:///system';
const DAEMON_GONE = /failed to connect to the hypervisor|Disconnected from qemu|End of file while reading data|Cannot recv data/;

export interface DefineVerdict {
  readonly accepted: boolean;
  /** libvirt's first error line without `error: `, when refused. */
  readonly message?: string;
}

function virsh(args: readonly string[]): { ok: boolean; stderr: string } {
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = spawnSync('virsh', ['-c', URI, ...args], { encoding: 'utf8', timeout: 60000 });
    const stderr = (r.stderr || '').trim();
    if (r.status !== 0 && DAEMON_GONE.test(stderr) && attempt === 0) {
      // libvirtd 9.0 crashes on a few documents (../shared/ORACLE.md): start it again and retry.
      spawnSync('bash', [path.join(REPO_ROOT, '.ci/setup')], { encoding: 'utf8', timeout: 120000 });
      continue;
    }
    return { ok: r.status === 0, stderr };
  }
  return { ok: false, stderr: 'error: libvirtd did not answer' };
}

const firstError = (stderr: string): string =>
  (stderr.split('\n').find((l) => l.startsWith('error: ') && !/^error: Failed to (define|convert)/.test(l)) ?? stderr.split('\n')[0] ?? '').replace(/^error: /, '');

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
