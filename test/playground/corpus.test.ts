/**
 * The page reports what the command line does: every document of the shared corpus (domains,
 * networks, pools, volumes, snapshots), and half of them again with a space after each attribute
 * value, is put into the playground in Chromium, and the findings it lists — position, id,
 * severity, message, fix — must be the ones `virtlint --format json` gives for the file, in the
 * same order. Left out, by rule id, is what a page cannot know: the rules that
 * need emulator capabilities (the command line may have them; the page never does). The page has
 * no `--target`, and the command line is run without one.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { RULES } from '../../rules/index.js';
import { CLI, CORPUS } from '../helpers/paths.js';
import { launchChromium, lintInPage, type Row, serve, spaced } from './site.js';

interface JsonMessage {
  readonly ruleId: string;
  readonly severity: number;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly fix?: { readonly description: string };
}

describe('playground: the page lists what the command line reports, on the whole corpus', function () {
  this.timeout(600000);
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    ({ server, origin } = await serve());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-linted]');
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Lints `dir` with the command line and each of its documents in the page: the documents that differ, and how many findings of each id were compared. */
  async function compare(dir: string): Promise<{ documents: number; differences: string[]; compared: Map<string, number> }> {
    const needsCaps = new Set(RULES.filter((r) => r.meta.needsCapabilities).map((r) => r.meta.id));
    // The command line exits 1 when it finds errors: its report is on standard output either way.
    const run = await promisify(execFile)(process.execPath, [CLI, '--format', 'json', '--no-config', dir], { maxBuffer: 256 * 1024 * 1024 }).catch(
      (e: { stdout?: string; code?: number }) => {
        expect(e.code, 'virtlint exits 1 (errors found), not 2').to.equal(1);
        return { stdout: e.stdout ?? '' };
      },
    );
    const reports = (JSON.parse(run.stdout) as { filePath: string; messages: JsonMessage[] }[]).sort((a, b) => a.filePath.localeCompare(b.filePath));
    const differences: string[] = [];
    const compared = new Map<string, number>();
    let lintMs = 0;
    for (const report of reports) {
      const text = fs.readFileSync(report.filePath, 'utf8');
      const { ms, listed } = await lintInPage(page, text);
      lintMs += ms;
      const expected: Row[] = report.messages
        .filter((m) => !needsCaps.has(m.ruleId))
        .map((m) => [m.line, m.column, m.ruleId, m.severity === 2 ? 'error' : 'warning', m.message, m.fix?.description ?? null]);
      for (const [, , id] of expected) compared.set(id, (compared.get(id) ?? 0) + 1);
      if (JSON.stringify(listed) !== JSON.stringify(expected)) differences.push(`${report.filePath}:\n  page: ${JSON.stringify(listed)}\n  cli:  ${JSON.stringify(expected)}`);
    }
    const total = [...compared.values()].reduce((a, b) => a + b, 0);
    console.log(`      (${reports.length} documents, ${total} findings compared; the page's lints took ${lintMs.toFixed(0)} ms in all)`);
    expect(pageErrors).to.deep.equal([]);
    return { documents: reports.length, differences, compared };
  }

  it('every document gets the same findings, capability rules aside', async () => {
    const { documents, differences, compared } = await compare(CORPUS);
    expect(documents, 'the corpus has its 256 documents').to.be.at.least(250);
    expect(differences, `${differences.length} documents differ; the first:\n${differences.slice(0, 3).join('\n')}`).to.deep.equal([]);
    expect([...compared.values()].reduce((a, b) => a + b, 0), 'the corpus has findings to compare').to.be.above(200);
  });

  it('so does every other document with a space after each attribute value: white space around listed values, and the schema errors it makes', async () => {
    // Every other document of the corpus, each attribute value followed by a space (inside the quotes).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-playground-spaced-'));
    try {
      const names = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).sort().filter((_, i) => i % 2 === 0);
      for (const name of names) {
        const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
        fs.writeFileSync(path.join(dir, name), spaced(text));
      }
      const { documents, differences, compared } = await compare(dir);
      expect(documents).to.equal(names.length);
      expect(differences, `${differences.length} documents differ; the first:\n${differences.slice(0, 3).join('\n')}`).to.deep.equal([]);
      expect(compared.get('schema/value-whitespace'), 'errors for white space around listed values').to.be.above(1000);
      expect(compared.get('schema/value-whitespace-ignored'), 'warnings where libvirt defines the document anyway').to.be.above(5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
