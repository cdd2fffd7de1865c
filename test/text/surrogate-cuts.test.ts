import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { parseProfileJson } from '../../src/caps/profile-file.js';
import { parseRuleFlags } from '../../src/cli.js';
import { loadConfigFile, validateConfig } from '../../src/config/index.js';
import { codeFrame } from '../../src/formatters/code-frame.js';
import { MAX_MESSAGE_CHARS, shortenMessage } from '../../src/linter/limits.js';
import { lintText } from '../../src/linter/lint.js';
import { documentSymbols } from '../../src/lsp/symbols.js';
import { syncProblem } from '../../src/lsp/sync-check.js';
import { MAX_QUOTED, wellFormed } from '../../src/quote-long.js';
import { parseXsdRegex } from '../../src/relaxng/xsd-regex.js';
import { RuleTester } from '../../src/rule-tester.js';
import { defineRule } from '../../src/rule.js';
import { parseXml } from '../../src/xml/parse.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';

/**
 * Texts virtlint cuts short (long values in messages, over-long messages, names in configuration
 * errors) are never cut between the two halves of a surrogate pair (an emoji): half of one is no
 * character, JSON.stringify writes it as a `\ud83d` escape that strict JSON and SARIF readers
 * refuse, and written to a terminal or file it becomes U+FFFD.
 */

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** How JSON.stringify writes a lone half: an escape (a pair that stays whole is written as it is). */
const ESCAPED_SURROGATE = /\\ud[89a-f][0-9a-f]{2}/i;

const EMOJI = '😀';
/** A value whose 80th and 81st UTF-16 units are the halves of an emoji: cut at 80, the emoji is split. */
const ACROSS = `${'x'.repeat(MAX_QUOTED - 1)}${EMOJI}`;
/** How a message quotes it: the 79 characters before the emoji, and its length (81). */
const QUOTED = `'${'x'.repeat(MAX_QUOTED - 1)}…' (81 characters)`;

const DOCUMENT = `<domain type='kvm'>
  <name>vm1</name>
  <memory unit='KiB'>1048576</memory>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <on_poweroff>${ACROSS}</on_poweroff>
  <devices><disk type='file' device='${ACROSS}'><source file='/x'/><target dev='vda' bus='virtio'/></disk></devices>
</domain>
`;

/** The message of what `f` throws. */
function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

/** The report of the document in a format, as the bytes written to --output-file read back. */
async function report(format: string): Promise<string> {
  const dir = tempDir();
  writeTree(dir, { 'vm.xml': DOCUMENT });
  const r = await runCli(['--no-config', '--no-probe', '-f', format, '-o', 'out', 'vm.xml'], { cwd: dir });
  expect(r.code, r.stderr).to.equal(1);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(dir, 'out')));
  expect(text, 'a replacement character (a lone half written out)').to.not.include('\ufffd');
  expect(text, 'an escaped lone half').to.not.match(ESCAPED_SURROGATE);
  return text;
}

describe('no cut of a shown text splits a surrogate pair', () => {
  it('schema messages quote a long value without half an emoji, in JSON and SARIF', async () => {
    const json = JSON.parse(await report('json')) as { messages: { ruleId: string; message: string }[] }[];
    const messages = json.flatMap((f) => f.messages).filter((m) => m.ruleId === 'schema/invalid-value');
    expect(messages.map((m) => m.message)).to.deep.equal([
      `Invalid content ${QUOTED} in <on_poweroff> (in <domain>): expected 'destroy', 'restart', 'preserve' or 'rename-restart'`,
      `Invalid value ${QUOTED} for attribute 'device' of <disk> (in <devices>): expected 'cdrom', 'floppy' or 'disk'`,
    ]);
    const sarif = JSON.parse(await report('sarif')) as Sarif.Log;
    const texts = (sarif.runs[0]?.results ?? []).filter((r) => r.ruleId === 'schema/invalid-value').map((r) => r.message.text ?? '');
    expect(texts).to.have.length(2);
    for (const t of texts) {
      expect(t).to.include(QUOTED);
      expect(t).to.not.match(LONE_SURROGATE);
    }
  });

  it('shortenMessage keeps whole pairs at both cuts and counts what it really left out', () => {
    // max 100: the head is the first 75 units, the tail the last 25.
    const head = `${'a'.repeat(74)}${EMOJI}`; // the emoji's halves are units 75 and 76: the head ends before it
    const tail = `${EMOJI}${'z'.repeat(24)}`; // the emoji's halves are the 26th and 25th units from the end: the tail starts after it
    const message = `${head}${'m'.repeat(1000)}${tail}`;
    const short = shortenMessage(message, 100);
    expect(short).to.not.match(LONE_SURROGATE);
    expect(short).to.equal(`${'a'.repeat(74)} … [${message.length - 74 - 24} characters left out] … ${'z'.repeat(24)}`);
    // Pairs that fit are kept whole, and the count is as before.
    const fits = `${'a'.repeat(73)}${EMOJI}${'m'.repeat(1000)}${EMOJI}${'z'.repeat(23)}`;
    expect(shortenMessage(fits, 100)).to.equal(`${'a'.repeat(73)}${EMOJI} … [${fits.length - 100} characters left out] … ${EMOJI}${'z'.repeat(23)}`);
  });

  it('a rule message over the limit is shortened without half an emoji', async () => {
    const HEAD = "<domain type='kvm'><name>r</name><memory>1048576</memory><os><type>hvm</type></os>";
    // Emoji from the driver name's second character on: one of the two names puts a pair across
    // the head's cut, and one across the tail's, whatever the length of the message's wording.
    for (const name of [`n${EMOJI.repeat(1500)}`, `nn${EMOJI.repeat(1500)}`]) {
      const { diagnostics } = await lintText(`${HEAD}<devices><disk type='file' device='disk'><driver name='${name}'/><source file='/x'/><target dev='vda' bus='virtio'/></disk></devices></domain>`);
      const driver = diagnostics.find((d) => d.ruleId === 'disk-driver-name');
      expect(driver, JSON.stringify(diagnostics.map((d) => d.ruleId))).to.not.equal(undefined);
      const whole = `disk 'vda' asks for driver '${name}', but QEMU domains only have the 'qemu' driver: libvirt refuses this domain. Use name='qemu'`;
      expect(whole.length).to.be.greaterThan(MAX_MESSAGE_CHARS);
      const m = /^([\s\S]*) … \[(\d+) characters left out\] … ([\s\S]*)$/.exec(driver!.message);
      expect(m, driver!.message).to.not.equal(null);
      const [, shownHead, leftOut, shownTail] = m as unknown as [string, string, string, string];
      expect(driver!.message).to.not.match(LONE_SURROGATE);
      expect(whole.startsWith(shownHead)).to.equal(true);
      expect(whole.endsWith(shownTail)).to.equal(true);
      expect(shownHead.length + Number(leftOut) + shownTail.length, 'the count of characters left out').to.equal(whole.length);
    }
  });

  it('configuration errors quote a long name without half an emoji', async () => {
    const message = (value: unknown): string => errorOf(() => validateConfig(value, 'virtlint.config.json', '/p'));
    const shown = `${'x'.repeat(MAX_QUOTED - 1)}… (81 characters)`;
    expect(message([{ rules: { [ACROSS]: 'error' } }])).to.equal(`virtlint.config.json: [0].rules["${shown}"]: unknown rule '${shown}'; see virtlint --list-rules`);
    expect(message([{ [ACROSS]: 1 }])).to.contain(`[0]: unknown key '${shown}' (allowed:`);
    // The severity is quoted as JSON: `"` and 78 characters, then the emoji.
    expect(message([{ rules: { 'ioeventfd-requires-virtio': `${'x'.repeat(MAX_QUOTED - 2)}${EMOJI}` } }])).to.contain(`bad severity "${'x'.repeat(MAX_QUOTED - 2)}… (82 characters); use`);

    const dir = tempDir();
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { [ACROSS]: 'error' } }]), 'vm.xml': DOCUMENT });
    const r = await runCli(['vm.xml'], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.contain(`unknown rule '${shown}'`);
    expect(r.stderr).to.not.include('\ufffd');
  });

  it("the outline's details (document symbols) are cut before an emoji, not inside it", () => {
    // Details are cut to 79 characters and an ellipsis: the emoji's halves are characters 79 and 80.
    const file = `/images/${'f'.repeat(70)}${EMOJI}.img`;
    const [root] = documentSymbols(`<domain type='kvm'><name>vm</name><devices><disk type='file' device='disk'><source file='${file}'/><target dev='vda' bus='virtio'/></disk></devices></domain>`);
    const disk = root?.children?.find((c) => c.name === 'devices')?.children?.[0];
    expect(disk?.detail).to.equal(`/images/${'f'.repeat(70)}…`);
  });

  it('a version that is not an integer is quoted in the log without half an emoji', () => {
    // JSON.stringify of the version's first 41 characters, cut to 40: `"`, 38 x, then the emoji.
    const problem = syncProblem('textDocument/didOpen', { textDocument: { uri: 'file:///x.xml', version: `${'x'.repeat(38)}${EMOJI}yyy`, text: '' } });
    expect(problem).to.equal(`the version "${'x'.repeat(38)}… is not an integer`);
  });

  describe('a code frame of a long line', () => {
    const paint = { gutter: (t: string): string => t, marker: (t: string): string => t };
    const at = (line: string, column: number): string[] => {
      const p = { line: 1, column, offset: column - 1 };
      return codeFrame(line, { start: p, end: { ...p, column: column + 1, offset: column } }, paint);
    };

    it('does not start its window inside an emoji, and its carets stay under the range', () => {
      // The window would start 20 characters before the range, at the emoji's second half: it starts after the emoji.
      const early = `${'a'.repeat(29)}${EMOJI}${'b'.repeat(19)}X${'c'.repeat(200)}`;
      expect(at(early, 51)).to.deep.equal([`1 | …${'b'.repeat(19)}X${'c'.repeat(99)}…`, `  | ${' '.repeat(20)}^`]);
    });

    it('does not end its window inside an emoji', () => {
      const late = `X${'a'.repeat(118)}${EMOJI}${'c'.repeat(50)}`;
      expect(at(late, 1)).to.deep.equal([`1 | X${'a'.repeat(118)}…`, '  | ^']);
    });
  });

  it("RuleTester's title of a case without a name is cut before an emoji, not inside it", () => {
    const titles: string[] = [];
    const saved = { describe: RuleTester.describe, it: RuleTester.it };
    RuleTester.describe = (_name, fn) => fn();
    RuleTester.it = (name) => titles.push(name);
    try {
      const rule = defineRule({ meta: { id: 'surrogate-title', description: 'reports nothing', defaultSeverity: 'warning' }, check: () => undefined });
      new RuleTester().run(rule, { valid: [`<domain>${'x'.repeat(51)}${EMOJI}</domain>`], invalid: [] });
    } finally {
      Object.assign(RuleTester, saved);
    }
    // `<domain>` and 51 x are 59 characters; the emoji's halves are the 60th and 61st.
    expect(titles).to.deep.equal([`<domain>${'x'.repeat(51)}`]);
  });

  it('a bad encoding name is quoted without half an emoji', () => {
    const parsed = parseXml(`<?xml version='1.0' encoding='${'a'.repeat(59)}${EMOJI}b'?><domain/>`);
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) expect(parsed.diagnostic.message).to.equal(`XML is not well-formed: encoding name "${'a'.repeat(59)}" must start with a letter, then only letters, digits, '.', '_' or '-'.`);
  });

  it('a grammar pattern nested too deep is quoted without half an emoji', () => {
    const pattern = `${'('.repeat(59)}${EMOJI}${'('.repeat(300)}a${')'.repeat(359)}`;
    expect(() => parseXsdRegex(pattern)).to.throw(`the pattern "${'('.repeat(59)}…" (721 characters) is nested more than 200 brackets deep`);
  });

  describe("JSON errors, whose text V8 cuts by UTF-16 units ('Unexpected token '\\ud83d''), are shown with U+FFFD for a lone half", () => {
    /** A JSON text whose error V8 reports at an emoji: its message quotes only the emoji's first half. */
    const BAD_JSON = `{"a": ${EMOJI}}`;

    it('wellFormed replaces lone halves only', () => {
      expect(wellFormed(`a${EMOJI}b\ud83dc\ude00`)).to.equal(`a${EMOJI}b\ufffdc\ufffd`);
      expect(wellFormed('\ude00\ud83d')).to.equal('\ufffd\ufffd');
      // This is what V8 does: the test of the places below needs it.
      expect(errorOf(() => JSON.parse(BAD_JSON))).to.match(LONE_SURROGATE);
    });

    it('a JSON configuration file that does not parse', async () => {
      const dir = tempDir();
      writeTree(dir, { 'virtlint.config.json': BAD_JSON });
      const message = await loadConfigFile(path.join(dir, 'virtlint.config.json')).then(
        () => '',
        (e: Error) => e.message,
      );
      expect(message).to.include('virtlint.config.json: not valid JSON: ');
      expect(message).to.include('\ufffd');
      expect(message).to.not.match(LONE_SURROGATE);
    });

    it('a capability profile that does not parse', () => {
      const message = errorOf(() => parseProfileJson(BAD_JSON, 'p.json'));
      expect(message).to.include('p.json: not valid JSON (');
      expect(message).to.not.match(LONE_SURROGATE);
    });

    it('--rule options that do not parse', () => {
      const message = errorOf(() => parseRuleFlags([`ioeventfd-requires-virtio:["error", ${EMOJI}]`]));
      expect(message).to.include(`--rule ioeventfd-requires-virtio:["error", ${EMOJI}]: the options are not valid JSON: `);
      expect(message).to.not.match(LONE_SURROGATE);
    });
  });
});
