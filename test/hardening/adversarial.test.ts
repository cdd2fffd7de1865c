import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_DIAGNOSTICS_PER_RULE } from '../../src/linter/limits.js';
import { DEFAULT_MAX_BYTES, readDocument } from '../../src/files.js';
import { lintText } from '../../src/linter/lint.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/xml/parse.js';
import { lintHostile, RequestTrap, runCliJson, runCliOnStdin } from './helpers.js';

/**
 * A fixed set of hostile documents and paths, each with the diagnostic it must give: refused or
 * reported clearly, within a bounded time, with nothing fetched, expanded or leaked.
 * (test/pipeline/adversarial.test.ts covers the same families more briefly through the CLI.)
 */

const HEAD = "<domain type='kvm'><name>hostile</name><memory>1048576</memory><os><type>hvm</type></os>";
const domainWith = (devices: string): string => `${HEAD}<devices>${devices}</devices></domain>`;
const ruleIds = (r: { diagnostics: readonly { ruleId: string }[] }): string[] => r.diagnostics.map((d) => d.ruleId);

describe('hardening: hostile documents give one clear diagnostic in bounded time', function () {
  this.timeout(0);
  let dir: string;
  let secret: string;
  const MARKER = `SECRET-${process.pid}-DO-NOT-LEAK`;
  const trap = new RequestTrap();
  let base: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-hardening-'));
    secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, `${MARKER}\n`);
    base = await trap.start();
    await lintText(domainWith('')); // the grammar's one-time compilation is not part of any case
  });
  after(async () => {
    await trap.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('entities, DTDs and inclusion: refused before anything is expanded or fetched', () => {
    it('billion laughs (nested entities): xml/doctype only', async () => {
      const defs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('');
      const { value } = await lintHostile(`<?xml version="1.0"?><!DOCTYPE domain [<!ENTITY lol "lol">${defs}]><domain>&lol9;</domain>`);
      expect(ruleIds(value)).to.deep.equal(['xml/doctype']);
      expect(value.diagnostics[0]!.message).to.match(/entity declarations is not allowed/);
      expect(value.diagnostics[0]!.range.start.offset).to.equal(21);
    });

    it('quadratic blowup (one 100 kB entity used 50,000 times): xml/doctype only', async () => {
      const text = `<!DOCTYPE domain [<!ENTITY big "${'x'.repeat(100000)}">]><domain type='kvm'><name>${'&big;'.repeat(50000)}</name></domain>`;
      const { value } = await lintHostile(text);
      expect(ruleIds(value)).to.deep.equal(['xml/doctype']);
    });

    it('external entities (file and http): refused, the file never read, the URL never fetched', async () => {
      const text = `<!DOCTYPE domain [<!ENTITY f SYSTEM "file://${secret}"><!ENTITY h SYSTEM "${base}/entity">]>\n<domain type='kvm'><name>&f;&h;</name></domain>`;
      const { value } = await lintHostile(text);
      expect(ruleIds(value)).to.deep.equal(['xml/doctype']);
      const file = path.join(dir, 'xxe.xml');
      fs.writeFileSync(file, text);
      const cli = runCliJson([file]);
      expect(cli.status).to.equal(1);
      expect(cli.results[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['xml/doctype']);
      expect(JSON.stringify(value) + cli.stdout + cli.stderr).to.not.include(MARKER);
      expect(trap.requests).to.deep.equal([]);
    });

    it('parameter entities and an external DTD subset: refused, nothing fetched', async () => {
      for (const doctype of [`<!DOCTYPE domain [<!ENTITY % p SYSTEM "${base}/p.dtd"> %p;]>`, `<!DOCTYPE domain SYSTEM "${base}/d.dtd">`, `<!DOCTYPE domain PUBLIC "-//x//EN" "${base}/pub.dtd">`]) {
        const { value } = await lintHostile(`${doctype}<domain type='kvm'><name>&leaked;</name></domain>`);
        expect(ruleIds(value), doctype).to.deep.equal(['xml/doctype']);
      }
      expect(trap.requests).to.deep.equal([]);
    });

    it('XInclude is never processed: <xi:include> is an unknown element, its target never read or fetched', async () => {
      const xi = 'xmlns:xi="http://www.w3.org/2001/XInclude"';
      const inDevices = await lintHostile(domainWith(`<xi:include ${xi} href="file://${secret}" parse="text"/><xi:include ${xi} href="${base}/inc.xml"/>`));
      expect(ruleIds(inDevices.value)).to.deep.equal(['schema/unexpected-element', 'schema/unexpected-element']);
      expect(inDevices.value.diagnostics[0]!.message).to.match(/^Unknown element <xi:include> in <devices>/);
      // In <metadata> any element is allowed: still nothing is included.
      const inMetadata = await lintHostile(`${HEAD}<metadata><xi:include ${xi} href="file://${secret}" parse="text"/><xi:include ${xi} href="${base}/meta.xml"/></metadata></domain>`);
      expect(ruleIds(inMetadata.value)).to.deep.equal([]);
      expect(JSON.stringify(inDevices.value) + JSON.stringify(inMetadata.value)).to.not.include(MARKER);
      expect(trap.requests).to.deep.equal([]);
    });
  });

  describe('size and shape limits', () => {
    it('a 100 MB file: xml/too-large, refused by its size before it is read', () => {
      const file = path.join(dir, 'huge.xml');
      const fd = fs.openSync(file, 'w');
      const chunk = Buffer.from(`<disk type='file' device='disk'><source file='/x'/><target dev='vda'/></disk>\n`.repeat(13000));
      fs.writeSync(fd, `${HEAD}<devices>`);
      for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
      fs.writeSync(fd, '</devices></domain>');
      fs.closeSync(fd);
      expect(fs.statSync(file).size).to.be.greaterThan(100 * 1024 * 1024);
      const cli = runCliJson([file]);
      expect(cli.status).to.equal(1);
      expect(cli.results[0]!.messages).to.have.length(1);
      expect(cli.results[0]!.messages[0]).to.include({ ruleId: 'xml/too-large', line: 1, column: 1 });
      expect(cli.results[0]!.messages[0]!.message).to.match(/^The file is 100\.\d MiB, over the 10 MiB limit .*--max-file-size/);
    });

    it('100 MB on standard input: xml/too-large (reading stops at the limit)', async () => {
      const cli = await runCliOnStdin(Buffer.alloc(100 * 1024 * 1024, 0x20));
      expect(cli.status).to.equal(1);
      expect(cli.results[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['xml/too-large']);
    });

    it('100,000 nested elements: xml/too-deep at the first element past the limit', async () => {
      const text = `<domain>${'<a>'.repeat(100000)}${'</a>'.repeat(100000)}</domain>`;
      const { value } = await lintHostile(text);
      expect(ruleIds(value)).to.deep.equal(['xml/too-deep']);
      const depth = DEFAULT_PARSE_LIMITS.maxDepth;
      expect(value.diagnostics[0]!.range.start.offset).to.equal('<domain>'.length + 3 * (depth - 1));
    });

    it('a 10 MB attribute value: checked as a value (no libxml2 buffer limit), quoted shortly in the message', async () => {
      const long = 'x'.repeat(10_000_000);
      const bad = await lintHostile(domainWith(`<disk type='file' device='disk'><source file='${long}'/><target dev='vda' bus='virtio'/></disk>`));
      expect(ruleIds(bad.value)).to.deep.equal(['schema/invalid-value']);
      const message = bad.value.diagnostics[0]!.message;
      expect(message).to.match(/^Invalid value 'x{80}…' \(10000000 characters\) for attribute 'file' of <source> \(in <disk>\): expected /);
      expect(message.length).to.be.below(400);
      // A valid long value is simply valid: no "Resource limit exceeded" from the engine.
      const good = await lintHostile(domainWith(`<disk type='file' device='disk'><source file='/${long}'/><target dev='vda' bus='virtio'/></disk>`));
      expect(good.value.diagnostics.filter((d) => d.ruleId.startsWith('schema/'))).to.deep.equal([]);
    });

    it('a file just under the 10 MiB limit made of one attribute value, through the CLI', () => {
      const shell = domainWith(`<disk type='file' device='disk'><source file='/VALUE'/><target dev='vda' bus='virtio'/></disk>`);
      const file = path.join(dir, 'long-value.xml');
      fs.writeFileSync(file, shell.replace('VALUE', 'v'.repeat(DEFAULT_MAX_BYTES - shell.length)));
      expect(fs.statSync(file).size).to.equal(DEFAULT_MAX_BYTES - 'VALUE'.length);
      const cli = runCliJson([file]);
      expect(cli.stderr).to.equal('');
      expect(cli.results[0]!.messages.filter((m) => m.ruleId.startsWith('schema/') || m.ruleId.startsWith('xml/'))).to.deep.equal([]);
    });

    it('1,000,000 attributes on one element: xml/too-many-attributes on that element', async () => {
      const attrs = Array.from({ length: 1_000_000 }, (_, i) => `a${i}='1'`).join(' ');
      const { value } = await lintHostile(domainWith(`<disk ${attrs}/>`));
      expect(ruleIds(value)).to.deep.equal(['xml/too-many-attributes']);
      expect(value.diagnostics[0]!.message).to.equal(`<disk> has more than ${DEFAULT_PARSE_LIMITS.maxAttributes} attributes; libvirt XML never needs this many`);
      expect(value.source!.slice(value.diagnostics[0]!.range.start.offset, value.diagnostics[0]!.range.end.offset)).to.equal('disk');
    });

    it('1,000 unknown attributes (under the limit): the first 100 reported, then one summary', async () => {
      const attrs = Array.from({ length: 1000 }, (_, i) => `bogus${i}='1'`).join(' ');
      const { value } = await lintHostile(domainWith(`<disk type='file' device='disk' ${attrs}><source file='/x'/><target dev='vda' bus='virtio'/></disk>`));
      const unknown = value.diagnostics.filter((d) => d.ruleId === 'schema/unknown-attribute');
      expect(unknown).to.have.length(MAX_DIAGNOSTICS_PER_RULE + 1);
      expect(unknown[0]!.message).to.match(/^Attribute 'bogus0' is not allowed on <disk>/);
      expect(unknown[MAX_DIAGNOSTICS_PER_RULE - 1]!.message).to.match(/^Attribute 'bogus99' is not allowed/);
      expect(unknown[MAX_DIAGNOSTICS_PER_RULE]!.message).to.equal(
        `… and 900 more schema/unknown-attribute problems in this document (only the first ${MAX_DIAGNOSTICS_PER_RULE} of each kind are listed)`,
      );
      expect(value.source!.slice(unknown[MAX_DIAGNOSTICS_PER_RULE]!.range.start.offset).startsWith('bogus100=')).to.equal(true);
    });
  });

  describe('file system: every kind of path gets io/unreadable or a finding, never a hang', () => {
    it('invalid UTF-8: xml/encoding naming the first bad byte', () => {
      const file = path.join(dir, 'latin1.xml');
      fs.writeFileSync(file, Buffer.concat([Buffer.from("<domain type='kvm'><name>caf"), Buffer.from([0xe9]), Buffer.from('</name></domain>')]));
      const cli = runCliJson([file]);
      expect(cli.status).to.equal(1);
      expect(cli.results[0]!.messages).to.have.length(1);
      expect(cli.results[0]!.messages[0]!.ruleId).to.equal('xml/encoding');
      expect(cli.results[0]!.messages[0]!.message).to.match(/not valid UTF-8 \(first bad byte at offset 28\)/);
    });

    it('a directory, a FIFO and a dangling symlink: io/unreadable each, in one run, without blocking', () => {
      const sub = path.join(dir, 'a-directory.xml');
      fs.mkdirSync(sub, { recursive: true });
      expect(readDocument(sub)).to.deep.include({ ok: false });
      const read = readDocument(sub);
      expect(!read.ok && read.diagnostic.message).to.match(/it is a directory$/);
      const fifo = path.join(dir, 'pipe.xml');
      const mk = spawnSync('mkfifo', [fifo]);
      expect(mk.status, 'mkfifo is needed for this test').to.equal(0);
      const dangling = path.join(dir, 'dangling.xml');
      fs.symlinkSync(path.join(dir, 'nowhere.xml'), dangling);
      const cli = runCliJson([fifo, dangling]);
      expect(cli.status).to.equal(1);
      expect(cli.results.map((r) => r.messages.map((m) => m.ruleId))).to.deep.equal([['io/unreadable'], ['io/unreadable']]);
      expect(cli.results[0]!.messages[0]!.message).to.match(/not a regular file \(FIFO/);
      expect(cli.results[1]!.messages[0]!.message).to.match(/symbolic link to a file that does not exist/);
    });

    it('an unreadable file (checked as the unprivileged user nobody, since root reads mode 000 files)', function () {
      const probe = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '-e', '0']);
      if (probe.status !== 0) {
        console.log(`      (skipped: cannot run as nobody with setpriv: ${probe.stderr?.toString().trim() || probe.error?.message})`);
        this.skip();
      }
      fs.chmodSync(dir, 0o755);
      const file = path.join(dir, 'locked.xml');
      fs.writeFileSync(file, `${HEAD}<!-- ${MARKER} --></domain>`);
      fs.chmodSync(file, 0o000);
      const cli = runCliJson([file], { asUser: 'nobody' });
      expect(cli.stderr).to.equal('');
      expect(cli.status).to.equal(1);
      expect(cli.results[0]!.messages).to.have.length(1);
      expect(cli.results[0]!.messages[0]).to.include({ ruleId: 'io/unreadable', message: `Cannot read ${file}: permission denied` });
      expect(cli.stdout).to.not.include(MARKER);
    });
  });
});
