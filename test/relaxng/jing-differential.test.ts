/**
 * Differential test against jing (the reference RelaxNG validator, Debian package `jing`): on
 * hand-written grammars and instances, and on the repository's domain grammar with the shared
 * corpus, the engine must give the same valid/invalid verdict as jing for every document.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { compileGrammar } from '../../src/relaxng/index.js';
import { fileResourceLoader } from '../../src/relaxng/file-loader.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { suiteTempDir } from '../helpers/temp-dir.js';
import { jingAvailable } from '../oracle/jing.js';
import { validateXml } from './drive.js';

/** Files jing rejects (one jing process for all of them: its start-up is the slow part). */
function jingRejects(schema: string, files: readonly string[]): Set<string> {
  const r = spawnSync('jing', [schema, ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  const rejected = new Set<string>();
  for (const line of r.stdout.split('\n')) {
    const m = /^(.*?):\d+:\d+: (?:fatal )?error: /.exec(line);
    if (m) rejected.add(m[1]!);
  }
  if (r.status !== 0 && rejected.size === 0) throw new Error(`jing failed: ${r.stdout}${r.stderr}`);
  return rejected;
}

function engineRejects(schema: string, files: readonly string[]): Set<string> {
  const c = compileGrammar(pathToFileURL(schema).href, fileResourceLoader());
  if (!c.ok) throw new Error(`does not compile: ${c.problems.map((p) => p.message).join('; ')}`);
  return new Set(files.filter((f) => validateXml(c.grammar, fs.readFileSync(f, 'utf8')).length > 0));
}

const GRAMMAR = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="machine">
    <attribute name="name"><data type="NCName"><param name="maxLength">8</param></data></attribute>
    <optional><attribute name="type"><choice><value>kvm</value><value>qemu</value></choice></attribute></optional>
    <interleave>
      <element name="memory"><optional><attribute name="unit"><value>KiB</value></attribute></optional>
        <data type="unsignedLong"><param name="maxInclusive">1048576</param></data></element>
      <optional><element name="uuid"><data type="string"><param name="pattern">[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}</param></data></element></optional>
      <zeroOrMore><element name="disk">
        <attribute name="bus"><choice><value>virtio</value><value>sata</value></choice></attribute>
        <optional><element name="serial"><data type="token"><param name="pattern">[A-Za-z0-9_\\-]+</param></data></element></optional>
        <element name="target"><attribute name="dev"><data type="token"/></attribute><empty/></element>
      </element></zeroOrMore>
      <optional><element name="cpus"><list><oneOrMore><data type="unsignedByte"/></oneOrMore></list></element></optional>
      <optional><element name="description"><mixed><zeroOrMore><element name="b"><text/></element></zeroOrMore></mixed></element></optional>
      <optional><element name="metadata"><zeroOrMore><ref name="anything"/></zeroOrMore></element></optional>
      <optional><element name="clock"><attribute name="offset"><data type="decimal"><param name="fractionDigits">1</param></data></attribute><empty/></element></optional>
    </interleave>
  </element></start>
  <define name="anything"><element><anyName><except><nsName ns=""/></except></anyName>
    <zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="anything"/></choice></zeroOrMore></element></define>
</grammar>`;

const INSTANCES: Record<string, string> = {
  minimal: '<machine name="vm1"><memory>1024</memory></machine>',
  full: `<machine name="vm1" type="kvm"><disk bus="virtio"><serial>ab-12</serial><target dev="vda"/></disk>
    <memory unit="KiB">2048</memory><uuid>12345678-abcd-ef01-2345-6789abcdef01</uuid><cpus> 0 1  2 </cpus>
    <description>Some <b>bold</b> text</description><clock offset="-1.5"/>
    <metadata><x:info xmlns:x="urn:x" a="1"><x:deep>t</x:deep></x:info></metadata></machine>`,
  longName: '<machine name="toolongname"><memory>1</memory></machine>',
  badName: '<machine name="1vm"><memory>1</memory></machine>',
  badType: '<machine name="vm" type="xen"><memory>1</memory></machine>',
  tooMuchMemory: '<machine name="vm"><memory>1048577</memory></machine>',
  negativeMemory: '<machine name="vm"><memory>-1</memory></machine>',
  noMemory: '<machine name="vm"/>',
  twoMemories: '<machine name="vm"><memory>1</memory><memory>2</memory></machine>',
  badUuid: '<machine name="vm"><memory>1</memory><uuid>12345678-ABCD-ef01-2345-6789abcdef01</uuid></machine>',
  diskNoTarget: '<machine name="vm"><memory>1</memory><disk bus="sata"/></machine>',
  diskOrder: '<machine name="vm"><memory>1</memory><disk bus="sata"><target dev="sda"/><serial>x</serial></disk></machine>',
  badSerial: '<machine name="vm"><memory>1</memory><disk bus="sata"><serial>a b</serial><target dev="sda"/></disk></machine>',
  cpuOverflow: '<machine name="vm"><memory>1</memory><cpus>1 256</cpus></machine>',
  emptyCpus: '<machine name="vm"><memory>1</memory><cpus/></machine>',
  metadataNoNs: '<machine name="vm"><memory>1</memory><metadata><plain/></metadata></machine>',
  textInMachine: '<machine name="vm">oops<memory>1</memory></machine>',
  fractionDigits: '<machine name="vm"><memory>1</memory><clock offset="1.25"/></machine>',
  unknownAttribute: '<machine name="vm" extra="1"><memory>1</memory></machine>',
  whitespaceValue: '<machine name="vm" type=" kvm "><memory> 12 </memory></machine>',
};

describe('relaxng: same verdicts as jing', function () {
  this.timeout(300000);
  before(function () {
    if (!jingAvailable()) this.skip();
  });
  const tmp = suiteTempDir('virtlint-relaxng-jing-');

  it('on a hand-written grammar with interleave, facets, lists, mixed content and wildcards', () => {
    const schema = path.join(tmp(), 'machine.rng');
    fs.writeFileSync(schema, GRAMMAR);
    const files = Object.entries(INSTANCES).map(([name, xml]) => {
      const f = path.join(tmp(), `${name}.xml`);
      fs.writeFileSync(f, xml);
      return f;
    });
    const jing = jingRejects(schema, files);
    const mine = engineRejects(schema, files);
    const verdicts = (s: Set<string>) => files.map((f) => `${path.basename(f)}: ${s.has(f) ? 'invalid' : 'valid'}`);
    expect(verdicts(mine)).to.deep.equal(verdicts(jing));
    // Both outcomes occur, so the comparison means something.
    expect(jing.size).to.be.within(1, files.length - 1);
  });

  it('on the domain grammar and every domain document of the shared corpus', () => {
    const lines = fs.readFileSync(path.join(CORPUS, 'VERDICTS.tsv'), 'utf8').trim().split('\n').slice(1);
    const files = lines
      .map((l) => l.split('\t'))
      .filter((c) => c[1] === 'domain')
      .map((c) => path.join(CORPUS, c[0]!));
    const schema = path.join(REPO_ROOT, 'schemas/domain.rng');
    const jing = jingRejects(schema, files);
    const mine = engineRejects(schema, files);
    const differ = files.filter((f) => jing.has(f) !== mine.has(f)).map((f) => `${path.basename(f)}: jing ${jing.has(f) ? 'invalid' : 'valid'}`);
    expect(differ).to.deep.equal([]);
    expect(files.length).to.be.greaterThan(200);
    expect(jing.size).to.be.greaterThan(0);
  });

  it("on libvirt's installed grammars (domain, network, pool, volume, snapshot) with the corpus", () => {
    const LIBVIRT = '/usr/share/libvirt/schemas';
    if (!fs.existsSync(LIBVIRT)) return;
    const lines = fs.readFileSync(path.join(CORPUS, 'VERDICTS.tsv'), 'utf8').trim().split('\n').slice(1);
    const schemaOf: Record<string, string> = {
      domain: 'domain.rng',
      network: 'network.rng',
      pool: 'storagepool.rng',
      volume: 'storagevol.rng',
      domainsnapshot: 'domainsnapshot.rng',
    };
    const differ: string[] = [];
    let compared = 0;
    for (const [root, rng] of Object.entries(schemaOf)) {
      const files = lines
        .map((l) => l.split('\t'))
        .filter((c) => c[1] === root)
        .map((c) => path.join(CORPUS, c[0]!));
      const schema = path.join(LIBVIRT, rng);
      const jing = jingRejects(schema, files);
      const mine = engineRejects(schema, files);
      compared += files.length;
      for (const f of files) if (jing.has(f) !== mine.has(f)) differ.push(`${root} ${path.basename(f)}: jing ${jing.has(f) ? 'invalid' : 'valid'}`);
    }
    expect(differ).to.deep.equal([]);
    expect(compared).to.be.greaterThan(250);
  });

  it('on 300 mutated corpus documents (attributes removed/changed/added, elements added, text changed)', () => {
    const lines = fs.readFileSync(path.join(CORPUS, 'VERDICTS.tsv'), 'utf8').trim().split('\n').slice(1);
    const sources = lines.map((l) => l.split('\t')).filter((c) => c[1] === 'domain').map((c) => path.join(CORPUS, c[0]!));
    const schema = path.join(REPO_ROOT, 'schemas/domain.rng');
    const c = compileGrammar(pathToFileURL(schema).href, fileResourceLoader());
    if (!c.ok) throw new Error('domain.rng does not compile');
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
    const files: string[] = [];
    const mine = new Map<string, number>();
    for (let i = 0; files.length < 300; i++) {
      let x = fs.readFileSync(pick(sources), 'utf8');
      const attrs = [...x.matchAll(/ ([a-zA-Z_:]+)=(['"])([^'"]*)\2/g)];
      const tags = [...x.matchAll(/<([a-zA-Z_][\w.-]*)[ />]/g)];
      const texts = [...x.matchAll(/>([^<\s][^<]*)</g)];
      const at = (m: RegExpMatchArray) => m.index!;
      switch (i % 6) {
        case 0: {
          const m = pick(attrs);
          x = x.slice(0, at(m)) + x.slice(at(m) + m[0].length);
          break;
        }
        case 1: {
          const m = pick(attrs);
          x = `${x.slice(0, at(m))} ${m[1]}=${m[2]}${pick(['', 'yes', '0', '-1', 'abc', '99999999999', 'on', ' 1 '])}${m[2]}${x.slice(at(m) + m[0].length)}`;
          break;
        }
        case 2: {
          const m = pick(tags);
          x = `${x.slice(0, at(m))}<${pick(tags)[1]} />${x.slice(at(m))}`;
          break;
        }
        case 3: {
          const m = pick(tags);
          x = `${x.slice(0, at(m))}<bogus${m[1]}/>${x.slice(at(m))}`;
          break;
        }
        case 4: {
          if (texts.length === 0) continue;
          const m = pick(texts);
          x = x.slice(0, at(m) + 1) + pick(['x', '', '12', 'yes', '-5', '0x10']) + x.slice(at(m) + 1 + m[1]!.length);
          break;
        }
        case 5: {
          const m = pick(attrs);
          const t = pick(tags);
          const end = at(t) + 1 + t[1]!.length;
          x = `${x.slice(0, end)} ${m[1]}='${m[3]}'${x.slice(end)}`;
          break;
        }
      }
      let count: number;
      try {
        count = validateXml(c.grammar, x).length;
      } catch {
        continue; // not well-formed (e.g. a duplicated attribute): jing would stop at it
      }
      const f = path.join(tmp(), `mutant${files.length}.xml`);
      fs.writeFileSync(f, x);
      files.push(f);
      mine.set(f, count);
    }
    const r = spawnSync('jing', [schema, ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const jingCount = new Map<string, number>();
    for (const line of r.stdout.split('\n')) {
      const m = /^(.*?):\d+:\d+: error: /.exec(line);
      if (m) jingCount.set(m[1]!, (jingCount.get(m[1]!) ?? 0) + 1);
    }
    const differ = files.filter((f) => (jingCount.get(f) ?? 0) > 0 !== mine.get(f)! > 0);
    expect(differ.map((f) => `${path.basename(f)}: jing ${jingCount.get(f) ?? 0} errors, engine ${mine.get(f)}`)).to.deep.equal([]);
    expect(jingCount.size, 'most mutants are invalid').to.be.greaterThan(200);
    // Recovery parity: the same number of errors as jing on nearly every document.
    const sameCount = files.filter((f) => (jingCount.get(f) ?? 0) === mine.get(f)).length;
    expect(sameCount / files.length).to.be.greaterThan(0.95);
  });
});
