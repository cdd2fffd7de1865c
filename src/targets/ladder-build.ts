/**
 * Computes the ladder from a directory of libvirt schemas, one subdirectory per release
 * (test/data/libvirt-schemas/<version>/). Used by scripts/libvirt-ladder.mjs and by the test that
 * keeps schemas/versions/ladder.json current; never at run time (the schemas are test data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { KIND_GRAMMARS } from '../schema/kinds.js';
import type { DocumentKind } from '../types.js';
import { type GrammarItem, kindGrammarItems } from './grammar-items.js';
import { computeLadder, type LadderData, missingFromGrammar } from './ladder.js';
import { compareVersions, parseVersion } from './target.js';

/** The release directories under `dir` (names that are versions), as { version, dir }. */
export function releaseSchemaDirs(dir: string): { version: string; dir: string }[] {
  return fs
    .readdirSync(dir)
    .filter((n) => parseVersion(n) && fs.existsSync(path.join(dir, n, 'domain.rng')))
    .map((n) => ({ version: n, dir: path.join(dir, n) }));
}

/**
 * The document kinds the ladder covers: the domain, then the documents users keep beside it. Each
 * release directory holds libvirt's schema of each (`network.rng`, `storagepool.rng`, …, see
 * KIND_GRAMMARS) with its includes, where the release has one (`domaincheckpoint.rng` arrived with
 * checkpoints, 5.6.0). Keys start with the kind's root element, so the kinds share the ladder's
 * steps without mixing; the domain's items come first in each step. A snapshot's or checkpoint's
 * embedded domain is the domain's items (embedded-domains.ts).
 */
export const LADDER_KINDS: readonly DocumentKind[] = ['domain', 'network', 'pool', 'volume', 'filter', 'secret', 'interface', 'domainsnapshot', 'domaincheckpoint'];

/**
 * The items of the kinds' grammars in one schema directory (a release's, or undefined for the
 * bundled grammars). A release without a kind's schema has none of its items.
 */
function itemsOfKinds(kinds: readonly DocumentKind[], schemaDir?: string, release = false): GrammarItem[] {
  return kinds.flatMap((kind) => (release && schemaDir !== undefined && !fs.existsSync(path.join(schemaDir, KIND_GRAMMARS[kind].file)) ? [] : kindGrammarItems(kind, schemaDir)));
}

/**
 * The ladder of the bundled grammars (or `grammarDir`'s) over the releases under `schemasDir`, for
 * `kinds` (default LADDER_KINDS; `['domain']` gives the domain ladder alone, as it was before the
 * other kinds were added).
 */
export function ladderFromSchemas(schemasDir: string, grammarDir?: string, kinds: readonly DocumentKind[] = LADDER_KINDS): LadderData {
  const releases = releaseSchemaDirs(schemasDir).map((r) => ({ version: r.version, items: itemsOfKinds(kinds, r.dir, true) }));
  return computeLadder(itemsOfKinds(kinds, grammarDir), releases, kinds);
}

/** What the newest checked release's schema of a kind (default the domain) has that the grammar lacks (see missingFromGrammar). */
export function newestMissing(schemasDir: string, grammarDir?: string, kind: DocumentKind = 'domain'): { version: string; all: string[]; minimal: string[] } {
  const dirs = releaseSchemaDirs(schemasDir).sort((a, b) => compareVersions(parseVersion(a.version) ?? [], parseVersion(b.version) ?? []));
  const newest = dirs[dirs.length - 1];
  if (!newest) throw new Error(`no release schemas in ${schemasDir}`);
  return { version: newest.version, ...missingFromGrammar(kindGrammarItems(kind, grammarDir), kindGrammarItems(kind, newest.dir)) };
}

/** The file's text: one item per line, so a diff shows which items moved. */
export function ladderJson(data: LadderData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
