import path from 'node:path';

/** A path for people: relative to `base` when below it, as given otherwise (e.g. "<stdin>"). */
export function displayPath(filePath: string, base: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const rel = path.relative(base, filePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
}
