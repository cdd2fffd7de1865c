/**
 * Computes the ladder from a directory of libvirt schemas, one subdirectory per release
 * (test/data/libvirt-schemas/<version>/). Used by scripts/libvirt-ladder.mjs and by the test that
 * keeps schemas/versions/ladder.json current; never at run time (the schemas are test data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { domainGrammarItems } from './grammar-items.js';
import { computeLadder, type LadderData, missingFromGrammar } from './ladder.js';
import { compareVersions, parseVersion } from './target.js';

/** The release directories under `dir` (names that are versions), as { version, dir }. */
export function releaseSchemaDirs(dir: string): { version: string; dir: string }[] {
  return fs
    .readdirSync(dir)
    .filter((n) => parseVersion(n) && fs.existsSync(path.join(dir, n, 'domain.rng')))
    .map((n) => ({ version: n, dir: path.join(dir, n) }));
}

/** The ladder of the bundled grammar (or `grammarDir`'s) over the releases under `schemasDir`. */
export function ladderFromSchemas(schemasDir: string, grammarDir?: string): LadderData {
  const releases = releaseSchemaDirs(schemasDir).map((r) => ({ version: r.version, items: domainGrammarItems(r.dir) }));
  return computeLadder(domainGrammarItems(grammarDir), releases);
}

/** What the newest checked release's schema has that the grammar lacks (see missingFromGrammar). */
export function newestMissing(schemasDir: string, grammarDir?: string): { version: string; all: string[]; minimal: string[] } {
  const dirs = releaseSchemaDirs(schemasDir).sort((a, b) => compareVersions(parseVersion(a.version) ?? [], parseVersion(b.version) ?? []));
  const newest = dirs[dirs.length - 1];
  if (!newest) throw new Error(`no release schemas in ${schemasDir}`);
  return { version: newest.version, ...missingFromGrammar(domainGrammarItems(grammarDir), domainGrammarItems(newest.dir)) };
}

/** The file's text: one item per line, so a diff shows which items moved. */
export function ladderJson(data: LadderData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
