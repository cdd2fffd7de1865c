import fs from 'node:fs';
import path from 'node:path';

/** Whether `p` is `dir` or below it, by name (`dir` may end in a separator: the root `/`). */
export const isInside = (p: string, dir: string): boolean => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/**
 * The real path of `p`'s longest existing ancestor, with the missing rest appended as written (a
 * missing file is then refused by the read, naming it, rather than here). Errors other than a
 * missing component (EACCES, ELOOP) are thrown: the read would fail on them too.
 * Not report-output.ts's realTarget (where a write goes): a dangling link is a missing name here,
 * as a read through it fails, and a non-directory on the way (ENOTDIR) counts as missing.
 */
function realPathOfExisting(p: string): string {
  const missing: string[] = [];
  for (let cur = p; ; cur = path.dirname(cur)) {
    try {
      return path.join(fs.realpathSync(cur), ...missing.reverse());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(cur) === cur) throw e;
      missing.push(path.basename(cur));
    }
  }
}

/**
 * Whether the file `file` lies inside the directory `dir`, by its name and by its real path: a
 * directory link inside `dir` (`sub -> /elsewhere`) leads out of it although the name stays inside.
 * The file's own last component is not resolved: the files this guards (grammar files) are opened
 * without following a link, so a link there is refused by the read.
 */
export function isReallyInside(file: string, dir: string): boolean {
  const abs = path.resolve(file);
  const root = path.resolve(dir);
  if (!isInside(path.dirname(abs), root)) return false;
  return isInside(realPathOfExisting(path.dirname(abs)), realPathOfExisting(root));
}
