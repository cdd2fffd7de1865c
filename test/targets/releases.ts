/**
 * Shared by the ladder and differential tests: the checked libvirt releases' schemas (test data,
 * see test/data/libvirt-schemas/SOURCES.md), their grammar items, and jing over them.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { domainGrammarItems, type GrammarItem } from '../../src/targets/grammar-items.js';
import { releaseSchemaDirs } from '../../src/targets/ladder-build.js';
import { releaseMembership } from '../../src/targets/ladder.js';
import { compareVersions, parseVersion } from '../../src/targets/target.js';
import { REPO_ROOT } from '../helpers/paths.js';

export const LIBVIRT_SCHEMAS_DATA = path.join(REPO_ROOT, 'test/data/libvirt-schemas');

export interface Release {
  readonly version: string;
  readonly parts: readonly number[];
  readonly dir: string;
  readonly items: readonly GrammarItem[];
  /** Whether the release's schema has a key (a value counts where the attribute takes data too). */
  readonly has: (key: string) => boolean;
}

let releases: Release[] | undefined;

/** The checked releases, oldest first (grammars loaded once per process). */
export function checkedReleases(): Release[] {
  releases ??= releaseSchemaDirs(LIBVIRT_SCHEMAS_DATA)
    .map((r) => {
      const items = domainGrammarItems(r.dir);
      return { version: r.version, parts: parseVersion(r.version) as number[], dir: r.dir, items, has: releaseMembership(items) };
    })
    .sort((a, b) => compareVersions(a.parts, b.parts));
  return releases;
}

/** Files a release's domain schema rejects (jing, one process per batch of 200); any directory with a domain.rng will do. */
export function jingRejects(release: Pick<Release, 'dir'>, files: readonly string[]): Set<string> {
  const out = new Set<string>();
  const wanted = new Set(files);
  for (let i = 0; i < files.length; i += 200) {
    const r = spawnSync('jing', [path.join(release.dir, 'domain.rng'), ...files.slice(i, i + 200)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    for (const line of r.stdout.split('\n')) {
      const m = /^(.*?):\d+:\d+: (?:fatal )?error: /.exec(line);
      if (m && wanted.has(m[1] as string)) out.add(m[1] as string);
    }
  }
  return out;
}
