/**
 * The playground in a real headless Chromium (Debian's `chromium`, driven by playwright-core): the
 * built page (dist/playground) is served from localhost by this test; the seed's IDE-disk variant is
 * typed into it key by key; the ioeventfd error must appear at 20:40, marked under exactly
 * `ioeventfd='on'`, with its rule's documentation linked, and go away when the bus is switched to
 * virtio. Screenshots of both states go to dist/test-output/.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';
import { launchChromium, serve } from './site.js';

const SHOTS = path.join(REPO_ROOT, 'dist', 'test-output');

interface MarkPlace {
  readonly text: string | null;
  /** Line and column of the mark's first character, counted in the overlay's text. */
  readonly line: number;
  readonly column: number;
  /** Line and column where the mark is drawn, from its box and the editor font's line height and character width. */
  readonly drawnLine: number;
  readonly drawnColumn: number;
}

/**
 * Runs in the page (as source text: the tests are compiled without the DOM library). Finds the mark
 * of a rule in the overlay and says where it is, in the text and on the screen.
 */
const MARK_PLACE = `(id) => {
  const mark = [...document.querySelectorAll('#highlight mark')].find((m) => (m.dataset.rule || '').split(' ').includes(id));
  if (!mark) return undefined;
  const highlight = document.querySelector('#highlight');
  const range = document.createRange();
  range.setStart(highlight, 0);
  range.setEndBefore(mark);
  const lines = range.toString().split('\\n');
  const probe = document.createElement('span');
  probe.textContent = 'x'.repeat(100);
  highlight.append(probe);
  const charWidth = probe.getBoundingClientRect().width / 100;
  probe.remove();
  const style = getComputedStyle(highlight);
  const box = highlight.getBoundingClientRect();
  const at = mark.getClientRects()[0];
  return {
    text: mark.textContent,
    line: lines.length,
    column: lines[lines.length - 1].length + 1,
    drawnLine: Math.round((at.top - box.top - parseFloat(style.paddingTop)) / parseFloat(style.lineHeight)) + 1,
    drawnColumn: Math.round((at.left - box.left - parseFloat(style.paddingLeft)) / charWidth) + 1,
  };
}`;

function markOf(page: Page, ruleId: string): Promise<MarkPlace | undefined> {
  return page.evaluate(`(${MARK_PLACE})(${JSON.stringify(ruleId)})`) as Promise<MarkPlace | undefined>;
}

/** The seed example with one edit put into the page, and the list item of a finding it must get. */
async function seedEdited(on: Page, [from, to]: readonly [string, string], ruleId: string): Promise<{ seed: string; edited: string; item: Locator }> {
  const seed = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
  const edited = seed.replace(from, to);
  expect(edited).to.not.equal(seed);
  await on.fill('#source', edited);
  const item = on.locator(`li.diagnostic[data-rule="${ruleId}"]`);
  await item.waitFor();
  return { seed, edited, item };
}

describe('playground: in headless Chromium', function () {
  this.timeout(180000);
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    ({ server, origin } = await serve());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads, lints its first example, and uses nothing but its own files (no CDN)', async () => {
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-linted]');
    expect(await page.textContent('#summary')).to.match(/^No problems$|problem/);
    expect(await page.textContent('#version')).to.match(/^virtlint \d+\.\d+\.\d+ · \d+ rules$/);
    expect(requests.filter((u) => !u.startsWith(origin))).to.deep.equal([]);
  });

  it("typing the IDE-disk variant shows the ioeventfd error at 20:40, marked under ioeventfd='on', linked to its docs", async () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8');
    await page.fill('#source', '');
    await page.focus('#source');
    // Key by key, as a person types (every keystroke is an input event and a debounced lint).
    await page.keyboard.type(text);
    expect(await page.inputValue('#source')).to.equal(text);
    const item = page.locator('li.diagnostic[data-rule="ioeventfd-requires-virtio"]');
    await item.waitFor();
    expect(await item.getAttribute('data-line')).to.equal('20');
    expect(await item.getAttribute('data-column')).to.equal('40');
    expect(await item.locator('.position').textContent()).to.equal('20:40');
    expect(await item.getAttribute('class')).to.contain('error');
    expect(await item.locator('.message').textContent()).to.contain("disk 'hda' uses bus 'ide'");
    const href = await item.locator('a.rule').getAttribute('href');
    expect(href).to.match(/\/docs\/rules\/ioeventfd-requires-virtio\.md$/);
    expect(fs.existsSync(path.join(REPO_ROOT, 'docs', 'rules', 'ioeventfd-requires-virtio.md'))).to.equal(true);
    expect(await item.locator('button.fix').textContent()).to.equal("Remove ioeventfd='on'");
    // The mark is under exactly the attribute, and drawn at line 20, column 40 of the editor.
    expect(await markOf(page, 'ioeventfd-requires-virtio')).to.deep.equal({ text: "ioeventfd='on'", line: 20, column: 40, drawnLine: 20, drawnColumn: 40 });
    expect(await page.getAttribute('#gutter div:nth-child(20)', 'class')).to.equal('error');
    // With the caret on the attribute, the line under the editor reads the finding.
    const caret = text.indexOf("ioeventfd='on'") + 3;
    await page.locator('#source').evaluate((input: { focus(): void; setSelectionRange(start: number, end: number): void }, at) => {
      input.focus();
      input.setSelectionRange(at as number, at as number);
    }, caret);
    await page.waitForFunction("/^ioeventfd-requires-virtio: ioeventfd is only supported/.test(document.querySelector('#at-cursor').textContent)");
    await page.screenshot({ path: path.join(SHOTS, 'playground-ide-disk.png') });
  });

  it('switching the disk to the virtio bus makes the error go away', async () => {
    const text = await page.inputValue('#source');
    const at = text.indexOf("bus='ide'") + "bus='".length;
    expect(text.slice(0, at).split('\n').length, 'the first disk target is on line 22').to.equal(22);
    // Select "ide" and type over it.
    await page.locator('#source').evaluate(
      (input: { focus(): void; setSelectionRange(start: number, end: number): void }, [start, end]) => {
        input.focus();
        input.setSelectionRange(start as number, end as number);
      },
      [at, at + 3],
    );
    await page.keyboard.type('virtio');
    expect(await page.inputValue('#source')).to.equal(text.replace("bus='ide'", "bus='virtio'"));
    await page.locator('li.diagnostic[data-rule="ioeventfd-requires-virtio"]').waitFor({ state: 'detached' });
    expect(await markOf(page, 'ioeventfd-requires-virtio')).to.equal(undefined);
    await page.screenshot({ path: path.join(SHOTS, 'playground-virtio-disk.png') });
    expect(pageErrors).to.deep.equal([]);
  });

  it('checks the grammar in the page too: an invalid value is a schema error at its attribute, and the notes do not say the schema was skipped', async () => {
    const text = await page.inputValue('#source');
    const at = text.indexOf("ioeventfd='on'") + "ioeventfd='".length;
    await page.locator('#source').evaluate(
      (input: { focus(): void; setSelectionRange(start: number, end: number): void }, [start, end]) => {
        input.focus();
        input.setSelectionRange(start as number, end as number);
      },
      [at, at + 2],
    );
    await page.keyboard.type('maybe');
    const item = page.locator('li.diagnostic[data-rule="schema/invalid-value"]');
    await item.waitFor();
    expect(await item.getAttribute('data-line')).to.equal('20');
    expect(await item.getAttribute('data-column')).to.equal('51');
    expect(await item.locator('.message').textContent()).to.contain("'maybe'").and.contain("'on' or 'off'");
    expect(await page.textContent('#notes-box')).to.not.contain('not checked in this build');
    expect(pageErrors).to.deep.equal([]);
  });

  it("lints a <network> as the command line does: its own rules and grammar, each id linked to its page", async () => {
    const network = [
      '<network>',
      '  <name>lab</name>',
      "  <forward mode='natt'/>",
      "  <ip address='192.168.100.1' netmask='255.255.255.0'>",
      '    <dhcp>',
      "      <range start='192.168.200.2' end='192.168.200.254'/>",
      '    </dhcp>',
      '  </ip>',
      '</network>',
    ].join('\n');
    await page.fill('#source', network);
    const range = page.locator('li.diagnostic[data-rule="network-dhcp-range"]');
    await range.waitFor();
    expect([await range.getAttribute('data-line'), await range.getAttribute('data-column')]).to.deep.equal(['6', '21']);
    expect(await range.locator('a.rule').getAttribute('href')).to.match(/\/docs\/rules\/network-dhcp-range\.md$/);
    const mode = page.locator('li.diagnostic[data-rule="schema/invalid-value"]');
    await mode.waitFor();
    expect([await mode.getAttribute('data-line'), await mode.getAttribute('data-column')]).to.deep.equal(['3', '18']);
    expect(await mode.locator('.message').textContent()).to.contain("'natt'").and.contain('<forward> (in <network>)');
    expect(pageErrors).to.deep.equal([]);
  });
  it("reports white space around a listed value as the command line does: <disk type='file '> is an error whose fix writes 'file'", async () => {
    // A page of its own: its first lint that needs the grammar index loads the index's model.
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(r.url()));
    fresh.on('pageerror', (e) => pageErrors.push(e.message));
    await fresh.goto(`${origin}/`);
    await fresh.waitForSelector('body[data-linted]');
    expect(fetched.filter((u) => u.includes('/models/')), 'a valid document needs no index').to.deep.equal([]);
    const { seed, item } = await seedEdited(fresh, ["<disk type='file' device='disk'>", "<disk type='file ' device='disk'>"], 'schema/value-whitespace');
    console.log(`      (the lint that loaded and read the domain model: ${await fresh.getAttribute('body', 'data-lint-ms')} ms)`);
    expect(fetched.filter((u) => u.includes('/models/'))).to.deep.equal([`${origin}/models/domain.js`]);
    expect([await item.getAttribute('data-line'), await item.getAttribute('data-column')]).to.deep.equal(['19', '17']);
    expect(await item.getAttribute('class')).to.contain('error');
    expect(await item.locator('.message').textContent()).to.equal(
      "<disk type='file '> has white space around 'file': the grammar compares it as a token, but libvirt compares the value exactly and refuses the document. Write 'file'",
    );
    expect(await item.locator('a.rule').getAttribute('href')).to.match(/\/docs\/schema-diagnostics\.md#white-space-around-listed-values$/);
    expect(await markOf(fresh, 'schema/value-whitespace')).to.deep.include({ text: 'file ', line: 19, column: 17 });
    await fresh.screenshot({ path: path.join(SHOTS, 'playground-value-whitespace.png') });
    const fix = item.locator('button.fix');
    expect(await fix.textContent()).to.equal("Write 'file'");
    await fix.click();
    await item.waitFor({ state: 'detached' });
    expect(await fresh.inputValue('#source')).to.equal(seed);
    expect(await fresh.textContent('#summary')).to.equal('No problems');
    await fresh.close();
    expect(pageErrors).to.deep.equal([]);
  });

  it("warns where libvirt defines the document anyway: <model primary='yes '> is schema/value-whitespace-ignored", async () => {
    const { edited, item } = await seedEdited(page, ["heads='1'/>", "heads='1' primary='yes '/>"], 'schema/value-whitespace-ignored');
    console.log(`      (a lint with the domain index already read: ${await page.getAttribute('body', 'data-lint-ms')} ms)`);
    expect([await item.getAttribute('data-line'), await item.getAttribute('data-column')]).to.deep.equal(['50', '56']);
    expect(await item.getAttribute('class')).to.contain('warning');
    expect(await item.locator('.message').textContent()).to.contain("defines the document but does not read it as primary='yes'");
    expect(await page.textContent('#summary')).to.equal('1 problem (0 errors, 1 warning)');
    await item.locator('button.fix').click();
    await item.waitFor({ state: 'detached' });
    expect(await page.inputValue('#source')).to.equal(edited.replace("primary='yes '", "primary='yes'"));
    expect(requests.filter((u) => u.includes('/models/')), 'each model once').to.deep.equal([`${origin}/models/domain.js`, `${origin}/models/network.js`]);
    expect(pageErrors).to.deep.equal([]);
  });

  it('a model the page cannot load (or a script that hands over none): a note says so, schema errors are worded without the index, and the next lint loads it again', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    fresh.on('pageerror', (e) => pageErrors.push(e.message));
    await fresh.route('**/models/*.js', (route) => route.fulfill({ status: 404, body: '' }));
    await fresh.goto(`${origin}/`);
    await fresh.waitForSelector('body[data-linted]');
    const { edited, item } = await seedEdited(fresh, ["file='/var/lib/libvirt/images/f14.img'", "file='f14.img'"], 'schema/invalid-value');
    expect(await item.locator('.message').textContent()).to.contain("Invalid value 'f14.img'").and.contain('expected text matching the pattern');
    expect(await fresh.textContent('#notes')).to.match(/the grammar could not be indexed \(models\/domain\.js could not be loaded\): schema messages are less precise/);
    // A script that loads but hands over no model (not the page's own, or cut short): the same, said so.
    await fresh.unroute('**/models/*.js');
    await fresh.route('**/models/*.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'void 0;' }));
    await fresh.fill('#source', `${edited} `);
    await fresh.locator('#notes', { hasText: 'models/domain.js gave no model' }).waitFor({ state: 'attached' });
    expect(await item.locator('.message').textContent()).to.contain('expected text matching the pattern');
    await fresh.unroute('**/models/*.js');
    await fresh.fill('#source', `${edited}\n`);
    await fresh.locator('li.diagnostic[data-rule="schema/invalid-value"] .message', { hasText: 'expected an absolute path' }).waitFor();
    expect(await fresh.textContent('#notes')).to.not.contain('could not be indexed');
    await fresh.close();
    expect(pageErrors).to.deep.equal([]);
  });
});
