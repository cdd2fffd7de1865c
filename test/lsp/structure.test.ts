/**
 * The language server's outline, folding, singleton-aware completion and attribute-precise hover:
 * in process on the examples, and the outline and folding once more over stdio as an editor asks.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { type DocumentSymbol, DocumentSymbolRequest, type FoldingRange, FoldingRangeRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules/index.js';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { completions } from '../../src/lsp/completion.js';
import { DEFAULT_FOLDING_RANGE_LIMIT, foldingRanges } from '../../src/lsp/folding.js';
import { hover } from '../../src/lsp/hover.js';
import { presentChildren } from '../../src/lsp/present-children.js';
import { documentSymbols, MAX_SYMBOLS } from '../../src/lsp/symbols.js';
import { EXAMPLES } from '../helpers/paths.js';
import { TestLspClient } from './client.js';

const IDE = fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8');
const NIC = fs.readFileSync(path.join(EXAMPLES, 'nic-e1000-ioeventfd.xml'), 'utf8');

/** A domain whose <metadata> nests `depth` elements, one start tag and one end tag per line. */
const deepDomain = (depth: number): string =>
  `<domain type='kvm'>\n<name>deep</name>\n<metadata>\n${'<n>\n'.repeat(depth)}<leaf/>\n${'</n>\n'.repeat(depth)}</metadata>\n<devices>\n<emulator>/usr/bin/qemu</emulator>\n</devices>\n</domain>\n`;

/** Every symbol of an outline, at any level. */
const countSymbols = (symbols: readonly DocumentSymbol[]): number => symbols.reduce((n, s) => n + 1 + countSymbols(s.children ?? []), 0);

/** Lines of a text ending with a newline. */
const lineCount = (text: string): number => text.split('\n').length - 1;

/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function labelsAt(index: GrammarIndex, text: string, at: number): string[] {
  return completions(TextDocument.create('file:///t.xml', 'xml', 1, text), at, index, { snippets: false }).map((i) => i.label);
}

/** Rule ids hover lists for the attribute whose text starts at `needle` (cursor on its second character). */
function hoverRules(index: GrammarIndex, text: string, needle: string): string[] {
  const at = text.indexOf(needle);
  expect(at, needle).to.be.greaterThan(-1);
  const h = hover(TextDocument.create('file:///t.xml', 'xml', 1, text), at + 1, index, RULES);
  const value = (h?.contents as MarkupContent | undefined)?.value ?? '';
  return [...value.matchAll(/^- \[`([^`]+)`\]/gm)].map((m) => m[1] as string);
}

describe('lsp: document outline', () => {
  it('names the domain and lists its devices by kind and identity, with exact ranges', () => {
    const [root] = documentSymbols(IDE);
    expect(root?.name).to.equal('domain test');
    expect(root?.detail).to.equal('qemu');
    const devices = root?.children?.find((s) => s.name === 'devices');
    expect(devices?.detail).to.equal('9 devices');
    const names = devices?.children?.map((s) => s.name);
    expect(names).to.deep.equal([
      'emulator',
      'disk hda disk ide',
      'disk hdc cdrom ide',
      'interface 52:54:00:e5:48:58 user virtio',
      'controller virtio-serial 0',
      'serial pty 0',
      'console pty 0',
      'graphics vnc',
      'video vga',
    ]);
    const disk = devices?.children?.[1] as DocumentSymbol;
    expect(disk.detail).to.equal('/var/lib/libvirt/images/f14.img');
    // The whole <disk> element, 0-based lines 18..23; the selection is the tag name.
    expect(disk.range).to.deep.equal({ start: { line: 18, character: 4 }, end: { line: 23, character: 11 } });
    expect(disk.selectionRange).to.deep.equal({ start: { line: 18, character: 5 }, end: { line: 18, character: 9 } });
    expect(devices?.children?.[0]?.detail).to.equal('/usr/bin/qemu');
    expect(root?.children?.find((s) => s.name === 'memory')?.detail).to.equal('1048576 KiB');
  });

  it('with maxDepth raised, a document 20,000 elements deep has its outline (which stays three levels deep)', () => {
    const deep = deepDomain(20000);
    // The default limit refuses it, as linting does.
    expect(documentSymbols(deep)).to.deep.equal([]);
    const [root] = documentSymbols(deep, { maxDepth: 20010 });
    expect(root?.name).to.equal('domain deep');
    expect(root?.children?.map((s) => s.name)).to.deep.equal(['name', 'metadata', 'devices']);
    expect(root?.children?.find((s) => s.name === 'devices')?.children?.map((s) => s.name)).to.deep.equal(['emulator']);
    // <metadata> has one child (the first <n>), listed as its content; nothing deeper.
    expect(root?.children?.find((s) => s.name === 'metadata')?.children?.map((s) => s.children)).to.deep.equal([undefined]);
  });

  it(`holds at most ${MAX_SYMBOLS} symbols: every section, then devices in order while room is left`, () => {
    const disks = Array.from({ length: 6000 }, (_, i) => `<disk type='file' device='disk'><target dev='vd${i}' bus='virtio'/></disk>`).join('\n');
    const text = `<domain type='kvm'>\n<name>many</name>\n<devices>\n${disks}\n</devices>\n<seclabel type='none'/>\n</domain>\n`;
    const symbols = documentSymbols(text);
    expect(countSymbols(symbols)).to.equal(MAX_SYMBOLS);
    const [root] = symbols;
    // The section after the long <devices> is still listed.
    expect(root?.children?.map((s) => s.name)).to.deep.equal(['name', 'devices', 'seclabel']);
    const devices = root?.children?.[1];
    const listed = MAX_SYMBOLS - 4;
    expect(devices?.detail).to.equal(`6000 devices, first ${listed} listed`);
    expect(devices?.children).to.have.length(listed);
    expect(devices?.children?.[0]?.name).to.equal('disk vd0 disk virtio');
    expect(devices?.children?.[listed - 1]?.name).to.equal(`disk vd${listed - 1} disk virtio`);
    // Under the bound nothing is cut, and the detail says only the count.
    const few = documentSymbols(text.replace(disks, disks.split('\n').slice(0, 10).join('\n')));
    expect(few[0]?.children?.[1]?.detail).to.equal('10 devices');
    expect(few[0]?.children?.[1]?.children).to.have.length(10);
  });

  it('has no outline for text that is not well-formed (and does not throw)', () => {
    expect(documentSymbols(IDE.slice(0, IDE.length / 2))).to.deep.equal([]);
    expect(documentSymbols('')).to.deep.equal([]);
  });
});

describe('lsp: folding ranges', () => {
  it('folds every multi-line element up to the line before its end tag, and multi-line comments whole', () => {
    const ranges = foldingRanges(IDE);
    const disk = lineOf(IDE, "<disk type='file' device='disk'>") - 1;
    expect(ranges).to.deep.include({ startLine: disk, endLine: disk + 4 });
    const devices = lineOf(IDE, '<devices>') - 1;
    expect(ranges).to.deep.include({ startLine: devices, endLine: lineOf(IDE, '</devices>') - 2 });
    // One-line elements do not fold.
    expect(ranges.some((r) => r.startLine === lineOf(IDE, '<name>') - 1)).to.equal(false);
    const commented = `<domain type='kvm'>\n  <!-- one\n  two\n  three -->\n  <name>x</name>\n</domain>\n`;
    expect(foldingRanges(commented)).to.deep.equal([
      { startLine: 0, endLine: 4 },
      { startLine: 1, endLine: 3, kind: 'comment' },
    ]);
  });
});

describe('lsp: folding ranges past the limits', () => {
  it('with maxDepth raised, a document 20,000 elements deep folds, cut to the outermost ranges', () => {
    const deep = deepDomain(20000);
    expect(foldingRanges(deep)).to.deep.equal([]);
    const ranges = foldingRanges(deep, { maxDepth: 20010 });
    expect(ranges).to.have.length(DEFAULT_FOLDING_RANGE_LIMIT);
    // Levels 0 and 1 (<domain>; <metadata> and <devices>) whole, then the outermost <n> of level 2 on: 4,997 of them.
    const total = lineCount(deep);
    expect(ranges[0]).to.deep.equal({ startLine: 0, endLine: total - 2 });
    expect(ranges[1]).to.deep.equal({ startLine: 2, endLine: total - 6 });
    expect(ranges[2]).to.deep.equal({ startLine: 3, endLine: total - 7 });
    expect(ranges[DEFAULT_FOLDING_RANGE_LIMIT - 2]).to.deep.equal({ startLine: 3 + 4996, endLine: total - 7 - 4996 });
    expect(ranges[DEFAULT_FOLDING_RANGE_LIMIT - 1]).to.deep.equal({ startLine: total - 4, endLine: total - 3 });
    // Every <n> kept is nested in the one before it: none of the deep ones was kept instead.
    for (let i = 3; i < ranges.length - 1; i++) expect((ranges[i] as FoldingRange).endLine).to.equal((ranges[i - 1] as FoldingRange).endLine - 1);
  });

  it("over the limit, keeps whole nesting levels from the outside in, then the first ranges of the next level (VS Code's own cut)", () => {
    // <a> holds three <b>, each holding two <c>: one range at level 0, three at level 1, six at level 2.
    const c = '  <c>\n  x\n  </c>\n';
    const text = `<a>\n${`<b>\n${c}${c}</b>\n`.repeat(3)}</a>\n`;
    const all = foldingRanges(text);
    expect(all.map((r) => r.startLine)).to.deep.equal([0, 1, 2, 5, 9, 10, 13, 17, 18, 21]);
    expect(foldingRanges(text, {}, 10)).to.deep.equal(all);
    // <a>, the three <b> and the first two <c> (those of the first <b>), in document order.
    expect(foldingRanges(text, {}, 6).map((r) => r.startLine)).to.deep.equal([0, 1, 2, 5, 9, 17]);
    expect(foldingRanges(text, {}, 4).map((r) => r.startLine)).to.deep.equal([0, 1, 9, 17]);
    // Fewer than level 1 holds: the first ones of it.
    expect(foldingRanges(text, {}, 2).map((r) => r.startLine)).to.deep.equal([0, 1]);
    expect(foldingRanges(text, {}, 0)).to.deep.equal([]);
  });

  it('a comment counts at the level of where it is: one in <a> is kept, one deep in <e> is not', () => {
    const text = `<a>\n<b>\nx\n</b>\n<d>\n<e>\n<!-- x\n y -->\n</e>\n</d>\n<!-- p\n q -->\n</a>\n`;
    // <a> level 0; <b>, <d> and the second comment level 1; <e> level 2; the first comment level 3.
    expect(foldingRanges(text).map((r) => r.startLine)).to.deep.equal([0, 1, 4, 5, 6, 10]);
    expect(foldingRanges(text, {}, 4)).to.deep.equal([
      { startLine: 0, endLine: 11 },
      { startLine: 1, endLine: 2 },
      { startLine: 4, endLine: 8 },
      { startLine: 10, endLine: 11, kind: 'comment' },
    ]);
    expect(foldingRanges(text, {}, 5).map((r) => r.startLine)).to.deep.equal([0, 1, 4, 5, 10]);
  });
});

describe('lsp: completion leaves out a single element already present', function () {
  this.timeout(30000);
  let index: GrammarIndex;
  before(() => {
    index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
  });

  it('no second <emulator> in <devices>, but another <disk> is offered', () => {
    // The cursor right after the `<` of the first disk: the other disk is there, and disks repeat.
    expect(labelsAt(index, IDE, IDE.indexOf('<disk') + 1)).to.include('disk');
    const fresh = IDE.replace("<emulator>/usr/bin/qemu</emulator>\n", "<emulator>/usr/bin/qemu</emulator>\n    <\n");
    const cursor = fresh.indexOf('    <\n') + 5;
    const offered = labelsAt(index, fresh, cursor);
    expect(offered).to.include.members(['disk', 'interface', 'controller']);
    expect(offered).to.not.include('emulator');
    // Without an <emulator> yet, it is offered.
    const without = fresh.replace('<emulator>/usr/bin/qemu</emulator>\n', '');
    expect(labelsAt(index, without, without.indexOf('    <\n') + 5)).to.include('emulator');
  });

  it('an element after the cursor counts too, and renaming the only one keeps it on offer', () => {
    const text = `<domain type='kvm'>\n  \n  <name>x</name>\n</domain>`;
    expect(completions(TextDocument.create('file:///t.xml', 'xml', 1, text), 22, index, { snippets: false }).map((i) => i.label)).to.not.include('name');
    // The cursor in the name of the only <name>: it is the one being written.
    const renaming = `<domain type='kvm'>\n  <na>x</name>\n</domain>`;
    expect(labelsAt(index, renaming, renaming.indexOf('<na') + 2)).to.include('name');
  });

  it('reads direct children only, tolerating comments, CDATA and half-typed tags', () => {
    const text = `<devices><!-- <emulator> --><disk><emulator/></disk><![CDATA[<x>]]><interface type='a>b'/><contr</devices>`;
    expect([...presentChildren(text, 0, undefined)].sort()).to.deep.equal(['contr', 'disk', 'interface']);
  });
});

describe('lsp: hover lists the rules about the hovered attribute only', function () {
  this.timeout(30000);
  let index: GrammarIndex;
  before(() => {
    index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
  });

  it("a disk driver's type and name: not the rules about <address type>, <disk type> or <target> names", () => {
    const type = hoverRules(index, IDE, "type='qcow2'");
    expect(type).to.not.include.members(['disk-address-type-matches-bus', 'drive-address-unique', 'disk-vhostuser-attrs']);
    expect(hoverRules(index, IDE, "name='qemu' type='qcow2'")).to.deep.equal(['disk-driver-name']);
  });

  it('the rules that do concern an attribute stay listed', () => {
    expect(hoverRules(index, IDE, "ioeventfd='on'")).to.include.members(['ioeventfd-requires-virtio', 'emulator-supports-ioeventfd']);
    expect(hoverRules(index, IDE, "dev='hda'")).to.include.members(['disk-target-name-valid', 'disk-target-unique']);
    const bus = hoverRules(index, IDE, "bus='ide'/>\n      <address type='drive' controller='0' bus='0'");
    expect(bus).to.include.members(['ioeventfd-requires-virtio', 'disk-address-type-matches-bus', 'disk-model-requires-virtio-bus']);
    expect(hoverRules(index, NIC, 'txmode=')).to.include('net-driver-attrs-nonvirtio');
  });

  it('a disk file source is not linked to rules that merely say "file"', () => {
    expect(hoverRules(index, IDE, "file='/var/lib/libvirt/images/f14.img'")).to.deep.equal([]);
  });
});

describe('lsp: outline and folding over stdio', function () {
  this.timeout(180000);
  let client: TestLspClient;
  after(() => client?.kill());

  it('announces both, answers for libvirt XML and stays quiet on other XML', async () => {
    const started = await TestLspClient.start();
    client = started.client;
    expect(started.init.capabilities.documentSymbolProvider).to.not.equal(undefined);
    expect(started.init.capabilities.foldingRangeProvider).to.equal(true);
    const uri = 'file:///work/vms/ide.xml';
    await client.open(uri, IDE);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols[0]?.children?.find((s) => s.name === 'devices')?.children?.map((s) => s.name)).to.include('disk hda disk ide');
    const folds = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
    expect(folds).to.deep.include({ startLine: lineOf(IDE, '<devices>') - 1, endLine: lineOf(IDE, '</devices>') - 2 });
    const pom = 'file:///work/pom.xml';
    await client.open(pom, '<project>\n  <modules>\n    <module>a</module>\n  </modules>\n</project>\n');
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: pom } })).to.deep.equal([]);
    expect(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: pom } })).to.deep.equal([]);
    // Deeper than the default maxDepth: no outline and no folds, as it gets only xml/too-deep from linting.
    const deep = 'file:///work/vms/deep.xml';
    await client.open(deep, deepDomain(20000));
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: deep } })).to.deep.equal([]);
    expect(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: deep } })).to.deep.equal([]);
    expect(await client.stop()).to.equal(0);
  });

  for (const rangeLimit of [undefined, 300]) {
    it(`with maxDepth raised, a document 20,000 deep has its outline and ${rangeLimit ?? DEFAULT_FOLDING_RANGE_LIMIT} folds (editor's rangeLimit: ${rangeLimit ?? 'none'})`, async () => {
      const started = await TestLspClient.start({ maxDepth: 25000 }, rangeLimit === undefined ? {} : { foldingRangeLimit: rangeLimit });
      client = started.client;
      const uri = 'file:///work/vms/deep.xml';
      const text = deepDomain(20000);
      await client.open(uri, text);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      expect(symbols[0]?.name).to.equal('domain deep');
      expect(symbols[0]?.children?.map((s) => s.name)).to.deep.equal(['name', 'metadata', 'devices']);
      const folds = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
      expect(folds).to.deep.equal(foldingRanges(text, { maxDepth: 25000 }, rangeLimit ?? DEFAULT_FOLDING_RANGE_LIMIT));
      expect(folds).to.have.length(rangeLimit ?? DEFAULT_FOLDING_RANGE_LIMIT);
      expect(folds[0]).to.deep.equal({ startLine: 0, endLine: lineCount(text) - 2 });
      expect(await client.stop()).to.equal(0);
    });
  }
});
