import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Whether jing is installed (Debian package `jing`). */
export function jingAvailable(): boolean {
  return spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;
}

/**
 * Validates many files with jing in one process (its start-up is the slow part) and returns the
 * set of files it rejects, with their first error. jing stops the whole run at a "fatal" error (a
 * document that is not namespace-well-formed), so the files after that one are validated again in
 * a new run.
 */
export function jingInvalid(schema: string, files: readonly string[], batchSize = 200): Map<string, string> {
  const invalid = new Map<string, string>();
  let i = 0;
  while (i < files.length) {
    const batch = files.slice(i, i + batchSize);
    const r = spawnSync('jing', [schema, ...batch], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.error) throw r.error;
    let fatalAt = -1;
    for (const line of r.stdout.split('\n')) {
      const m = /^(.*?):(\d+):(\d+): (fatal|error|fatal error): (.*)$/.exec(line);
      if (!m || !fs.existsSync(m[1]!)) continue;
      if (!invalid.has(m[1]!)) invalid.set(m[1]!, `${m[2]}:${m[3]}: ${m[5]}`);
      if (m[4] !== 'error') fatalAt = Math.max(fatalAt, batch.indexOf(m[1]!));
    }
    i += fatalAt >= 0 ? fatalAt + 1 : batch.length;
  }
  return invalid;
}

export const LIBVIRT_SCHEMAS = '/usr/share/libvirt/schemas';
