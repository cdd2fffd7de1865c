/**
 * The documentation's links and the documentation links virtlint prints (`docsUrl` in JSON, SARIF's
 * helpUri, the LSP's code description, stylish's "Rule docs"): each names a page of this repository
 * that exists, a heading of that page when it names one, and a page that speaks of the id it is for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { docsUrlFor } from '../../src/browser.js';
import { BUILTIN_IDS } from '../../src/builtin-ids.js';
import { DOCS_BASE_URL } from '../../src/rule.js';
import { RULES } from '../../rules/index.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** Text outside fenced code blocks (a `# comment` in a shell block is no heading, a `](x)` in code no link). */
const prose = (file: string): string => fs.readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
function anchorsOf(file: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of prose(file).matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** Whether `target` (a path with an optional #anchor, relative to `from`'s directory) exists; the problem otherwise. */
function problemWith(target: string, fromDir: string): string | undefined {
  const [file, anchor] = target.split('#') as [string, string | undefined];
  const abs = path.resolve(fromDir, file);
  if (!fs.existsSync(abs)) return 'no such file';
  if (anchor && abs.endsWith('.md') && !anchorsOf(abs).has(anchor)) return `no heading #${anchor}`;
  return undefined;
}

function markdownFiles(): string[] {
  const out = [path.join(REPO_ROOT, 'README.md'), path.join(REPO_ROOT, 'examples', 'plugins', 'README.md')];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith('.md')) out.push(path.join(dir, e.name));
    }
  };
  walk(path.join(REPO_ROOT, 'docs'));
  return out;
}

/** A printed documentation URL as a path in this repository. */
const repoPath = (url: string): string => {
  const base = DOCS_BASE_URL.replace(/docs\/rules\/$/, '');
  expect(url.startsWith(base), url).to.equal(true);
  return url.slice(base.length);
};

describe('documentation links', () => {
  it('every relative link in README.md and docs/ names a file that exists, and a heading of it', () => {
    const broken: string[] = [];
    for (const file of markdownFiles()) {
      for (const m of prose(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        const link = m[1]!;
        if (/^[a-z]+:/.test(link)) continue; // https:, mailto:
        const why = problemWith(link.startsWith('#') ? `${path.basename(file)}${link}` : link, path.dirname(file));
        if (why) broken.push(`${path.relative(REPO_ROOT, file)}: ${link}: ${why}`);
      }
    }
    expect(broken).to.deep.equal([]);
  });

  it('every built-in id links to a page (and heading) that exists and speaks of that id', () => {
    const problems: string[] = [];
    for (const b of BUILTIN_IDS) {
      const target = repoPath(b.docs);
      const why = problemWith(target, REPO_ROOT);
      if (why) problems.push(`${b.id}: ${target}: ${why}`);
      else if (!fs.readFileSync(path.join(REPO_ROOT, target.split('#')[0]!), 'utf8').includes(b.id)) problems.push(`${b.id}: ${target} does not mention it`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('every rule links to its own page, titled with its id', () => {
    const problems: string[] = [];
    for (const r of RULES) {
      const target = repoPath(r.meta.docs);
      const why = problemWith(target, REPO_ROOT);
      if (why) problems.push(`${r.meta.id}: ${target}: ${why}`);
      else if (!fs.readFileSync(path.join(REPO_ROOT, target), 'utf8').startsWith(`# ${r.meta.id}\n`)) problems.push(`${r.meta.id}: ${target} is not its page`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('the playground links every id where the command line links it', () => {
    const differ = [...RULES.map((r) => [r.meta.id, r.meta.docs] as const), ...BUILTIN_IDS.map((b) => [b.id, b.docs] as const)].filter(([id, url]) => docsUrlFor(id) !== url);
    expect(differ.map(([id]) => id)).to.deep.equal([]);
  });
});
