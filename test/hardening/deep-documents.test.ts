/**
 * Documents 100,000 elements deep, linted with the depth limit raised (`maxDepth`, `--max-depth`,
 * the language server's `maxDepth`): every path gives a result, without virtlint/internal, a crash
 * or a hang. Before the fixes: lintText ran out of heap on nested known elements (schema wording
 * kept a grammar path per element), `--target` took a minute and hover nearly two (namespaces
 * looked up the ancestors per element). The default limit still refuses such documents.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol';
import { RULES } from '../../rules/index.js';
import { DIAGNOSTIC_IDS } from '../../src/diagnostic-ids.js';
import { lintText } from '../../src/linter/lint.js';
import { parseTarget } from '../../src/targets/target.js';
import { CLI } from '../helpers/paths.js';
import { TestLspClient } from '../lsp/client.js';

const DEPTH = 100000;
const LIMIT = 200000;
const HEAD = `<domain type='kvm'>\n<name>t</name>\n<memory>1048576</memory>\n<os><type arch='x86_64' machine='q35'>hvm</type></os>\n`;
const DISK_START = `<disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/>`;
const nest = (open: string, close: string): string => `${open.repeat(DEPTH)}<leaf a='1'/>${close.repeat(DEPTH)}`;

/** The deep documents: under <metadata> (any element allowed), and under a <disk> (the grammar refuses it). */
const DOCUMENTS: Readonly<Record<string, string>> = {
  metadata: `${HEAD}<metadata><x:a xmlns:x='urn:x'>${nest('<x:n>', '</x:n>')}</x:a></metadata>\n<devices>\n${DISK_START}</disk>\n</devices>\n</domain>\n`,
  'metadata, two names alternating': `${HEAD}<metadata>${'<a><b>'.repeat(DEPTH / 2)}${'</b></a>'.repeat(DEPTH / 2)}</metadata>\n<devices/>\n</domain>\n`,
  disk: `${HEAD}<devices>\n${DISK_START}${nest('<n>', '</n>')}</disk>\n</devices>\n</domain>\n`,
  // A name the grammar knows there: the engine reports every level, and the wording words each.
  'disk, nested <boot>': `${HEAD}<devices>\n${DISK_START}${'<boot>'.repeat(DEPTH)}${'</boot>'.repeat(DEPTH)}</disk>\n</devices>\n</domain>\n`,
};

const everyRule = Object.fromEntries(RULES.map((r) => [r.meta.id, 'warn' as const]));

describe('hardening: documents 100,000 elements deep with the depth limit raised', function () {
  this.timeout(300000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-deep-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [name, text] of Object.entries(DOCUMENTS)) {
    it(`lintText, every rule on, with and without a target: ${name}`, async () => {
      for (const targets of [undefined, [parseTarget('libvirt@6.0.0')]]) {
        const result = await lintText(text, { maxDepth: LIMIT, rules: everyRule, ...(targets ? { targets } : {}) });
        const ids = result.diagnostics.map((d) => d.ruleId);
        expect(ids).to.not.include(DIAGNOSTIC_IDS.ruleCrashed);
        expect(ids).to.not.include(DIAGNOSTIC_IDS.xmlTooDeep);
        if (name.startsWith('disk')) expect(ids).to.include(DIAGNOSTIC_IDS.schemaUnexpectedElement);
      }
    });

    it(`the default limit refuses it with xml/too-deep: ${name}`, async () => {
      const result = await lintText(text);
      expect(result.diagnostics.map((d) => d.ruleId)).to.deep.equal([DIAGNOSTIC_IDS.xmlTooDeep]);
    });
  }

  it('the CLI: every formatter, --fix-dry-run and --target', () => {
    for (const [name, text] of Object.entries(DOCUMENTS)) {
      const file = path.join(dir, `${name.replace(/[^a-z]+/g, '-')}.xml`);
      fs.writeFileSync(file, text);
      const runs = [
        ...['stylish', 'json', 'sarif', 'github', 'junit'].map((f) => ['--format', f]),
        ['--format', 'json', '--fix-dry-run'],
        ['--format', 'json', '--target', 'libvirt@6.0.0'],
      ];
      for (const args of runs) {
        const r = spawnSync(process.execPath, [CLI, '--no-cache', '--max-depth', String(LIMIT), ...args, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 240000 });
        const what = `${name}: ${args.join(' ')}`;
        expect(r.error, what).to.equal(undefined);
        // 0: clean; 1: problems found. Never 2 (usage) or a crash.
        expect(r.status, `${what}: ${r.stderr}`).to.be.oneOf([0, 1]);
        expect(r.stdout + r.stderr, what).to.not.include(DIAGNOSTIC_IDS.ruleCrashed);
        expect(r.stdout, what).to.not.include(DIAGNOSTIC_IDS.xmlTooDeep);
        if (args.includes('json')) expect(JSON.parse(r.stdout), what).to.be.an('array').with.length(1);
      }
    }
  });

  it('the language server: hover and completion at the deepest point, document symbols', async () => {
    const { client } = await TestLspClient.start({ maxDepth: LIMIT });
    try {
      for (const [name, text] of Object.entries(DOCUMENTS)) {
        const uri = `file:///deep-${name.replace(/[^a-z]+/g, '-')}.xml`;
        const published = client.nextDiagnostics(uri, () => true, 240000);
        await client.open(uri, text);
        const diagnostics = (await published).diagnostics;
        expect(diagnostics.map((d) => d.code), name).to.not.include(DIAGNOSTIC_IDS.ruleCrashed);
        const leaf = text.includes('<leaf') ? text.indexOf('<leaf') + 2 : text.indexOf('</') - 1;
        const line = text.slice(0, leaf).split('\n').length - 1;
        const character = leaf - (text.lastIndexOf('\n', leaf - 1) + 1);
        const h: Hover | null = await client.hover(uri, { line, character });
        if (name === 'metadata') expect(JSON.stringify(h?.contents), name).to.include('leaf');
        const items = await client.completion(uri, { line, character: character + 1 });
        expect(items === null || Array.isArray(items) || Array.isArray(items.items), name).to.equal(true);
        const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[] | null;
        expect(symbols === null || Array.isArray(symbols), name).to.equal(true);
        await client.close(uri);
      }
    } finally {
      await client.stop();
    }
  });
});
