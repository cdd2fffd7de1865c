import fs from 'node:fs';
import path from 'node:path';

/**
 * `mkdir -p`, one level at a time. Node 20's `mkdirSync(dir, { recursive: true })` never returns
 * below some paths (anything under /proc spins forever); this fails at once there, with the
 * error of the level that cannot be made.
 */
export function makeDirectories(dir: string, mode?: number): void {
  const missing: string[] = [];
  for (let cur = path.resolve(dir); !fs.existsSync(cur); cur = path.dirname(cur)) {
    missing.push(cur);
    if (path.dirname(cur) === cur) break;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d, mode === undefined ? {} : { mode });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
