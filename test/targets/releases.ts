/**
 * Shared by the ladder and differential tests: the checked libvirt releases' schemas (test data,
 * see test/data/libvirt-schemas/SOURCES.md), their grammar items, and jing over them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RuleTester } from '../../src/rule-tester.js';
import { domainGrammarItems, type GrammarItem } from '../../src/targets/grammar-items.js';
import { releaseSchemaDirs } from '../../src/targets/ladder-build.js';
import { releaseMembership } from '../../src/targets/ladder.js';
import { lintText } from '../../src/linter/lint.js';
import { KIND_GRAMMARS } from '../../src/schema/kinds.js';
import { compareVersions, parseVersion } from '../../src/targets/target.js';
import type { DocumentKind } from '../../src/types.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

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

/**
 * Files a release's schema rejects (jing, one process per batch of 200): its domain schema, or the
 * file named (`network.rng`, …); any directory with that file will do. A release without the file
 * (no `domaincheckpoint.rng` before 5.6.0) rejects every document of that kind.
 */
export function jingRejects(release: Pick<Release, 'dir'>, files: readonly string[], schema = 'domain.rng'): Set<string> {
  if (!fs.existsSync(path.join(release.dir, schema))) return new Set(files);
  const out = new Set<string>();
  const wanted = new Set(files);
  for (let i = 0; i < files.length; i += 200) {
    const r = spawnSync('jing', [path.join(release.dir, schema), ...files.slice(i, i + 200)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    for (const line of r.stdout.split('\n')) {
      const m = /^(.*?):\d+:\d+: (?:fatal )?error: /.exec(line);
      if (m && wanted.has(m[1] as string)) out.add(m[1] as string);
    }
  }
  return out;
}

/** Writes each text to `<dir>/<prefix>-<i>.xml` (for jing) and returns the paths, in order. */
export function writeDocuments(dir: string, prefix: string, texts: readonly string[]): string[] {
  return texts.map((text, i) => {
    const f = path.join(dir, `${prefix}-${i}.xml`);
    fs.writeFileSync(f, text);
    return f;
  });
}

/** A document of some kind, named for the messages. */
export interface KindCase {
  readonly kind: DocumentKind;
  readonly what: string;
  readonly doc: string;
}

/** virtlint's schema diagnostics for a document (no rules), as "rule id: message". */
export async function schemaFindings(doc: string): Promise<string[]> {
  const r = await lintText(doc, { ruleSet: [] });
  return r.diagnostics.filter((d) => d.ruleId.startsWith('schema/')).map((d) => `${d.ruleId}: ${d.message}`);
}

/**
 * Both ways: each case is `accepted` (or refused) by `release`'s schema of its kind (jing) and by
 * virtlint's grammar, and refused by `refusedBy`'s schema when given. The problems, one a line.
 */
export async function bothWaysProblems(cases: readonly KindCase[], release: Pick<Release, 'dir' | 'version'>, accepted: boolean, refusedBy?: Pick<Release, 'dir' | 'version'>): Promise<string[]> {
  const dir = tempDir('virtlint-both-ways-');
  const problems: string[] = [];
  for (const kind of [...new Set(cases.map((c) => c.kind))]) {
    const mine = cases.filter((c) => c.kind === kind);
    const files = writeDocuments(dir, kind, mine.map((c) => c.doc));
    const rejected = jingRejects(release, files, KIND_GRAMMARS[kind].file);
    const refused = refusedBy && jingRejects(refusedBy, files, KIND_GRAMMARS[kind].file);
    for (const [i, c] of mine.entries()) {
      const f = files[i] as string;
      if (rejected.has(f) === accepted) problems.push(`${kind}, ${c.what}: ${release.version}'s schema ${accepted ? 'rejects' : 'accepts'} it`);
      if (refused && !refused.has(f)) problems.push(`${kind}, ${c.what}: ${refusedBy?.version}'s schema accepts it`);
      const found = await schemaFindings(c.doc);
      if ((found.length === 0) !== accepted) problems.push(`${kind}, ${c.what}: virtlint ${accepted ? `rejects it: ${JSON.stringify(found)}` : 'accepts it'}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return problems;
}

/** Whether a document's root element is `root` (after an XML declaration and comments). */
export const rootIs = (text: string, root: string): boolean => new RegExp(`^\\s*(<\\?xml[^>]*>\\s*)?(<!--[\\s\\S]*?-->\\s*)*<${root}[\\s>]`).test(text);

let ruleDocs: Promise<string[]> | undefined;

/**
 * The documents of the rule tests' tables (valid and invalid cases), of every kind: each compiled
 * rule test module is evaluated again (a `?collect` import) with RuleTester.run recording its table
 * instead of registering tests, and mocha's globals silenced meanwhile. Once per process (a second
 * `?collect` import would find the modules cached and record nothing).
 */
export function ruleTableDocuments(): Promise<string[]> {
  ruleDocs ??= (async () => {
    const dir = path.join(REPO_ROOT, 'dist/test/rules');
    const docs = new Set<string>();
    const g = globalThis as unknown as Record<string, unknown>;
    const globals = ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'];
    const saved = new Map(globals.map((n) => [n, g[n]]));
    const proto = RuleTester.prototype.run;
    const noop = Object.assign(() => undefined, { skip: () => undefined, only: () => undefined });
    RuleTester.prototype.run = function (_rule, tests): void {
      for (const c of [...tests.valid, ...tests.invalid]) docs.add(typeof c === 'string' ? c : c.code);
    };
    for (const n of globals) g[n] = noop;
    try {
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.test.js'))) await import(`${pathToFileURL(path.join(dir, f)).href}?collect`);
    } finally {
      RuleTester.prototype.run = proto;
      for (const [n, v] of saved) g[n] = v;
    }
    return [...docs];
  })();
  return ruleDocs;
}

/** A network handing out SR-IOV VFs of one PF (forward mode hostdev), its <forward> holding `driver` (the 12.8 forward driver items' documents). */
export const hostdevNetwork = (driver: string): string => `<network>\n  <name>n</name>\n  <forward mode='hostdev' managed='yes'>${driver}<pf dev='eth0'/></forward>\n</network>\n`;
