import fs from 'node:fs';
import path from 'node:path';

/** A fresh temporary directory (prefix `virtlint-test-` unless given), removed when the test process exits. */
export { tempDir } from '../helpers/temp-dir.js';

/** Writes files (relative path → content) below dir, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}
