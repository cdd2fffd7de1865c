/**
 * The playground as a downloaded copy is used: dist/playground opened in Chromium by its file://
 * URL, no server. Chromium runs no module script from such a page and lets it fetch nothing, so the
 * page was blank (its ES module refused) and could not have fetched its grammar index's models
 * either. It must lint as the served page does: for a few corpus documents — a valid domain, invalid
 * ones (schema messages that need the index), a network and a pool, and two of them with a space
 * after every attribute value — the file:// page lists the same findings (position, id, severity,
 * message, fix, in order) and the same notes as the page served from localhost, loading each
 * model it needs beside it once.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CORPUS } from '../helpers/paths.js';
import { FILE_PAGE, launchChromium, lintInPage, serve, spaced } from './site.js';

const DOCUMENTS = [
  'cli_compare_virt-clone-auto-managed.xml',
  'cli_compare_virt-install-many-devices.xml',
  'xmlparse_change-guest-out.xml',
  'xmlparse_network-multi-in.xml',
  'xmlparse_pool-fs-out.xml',
];
const SPACED = ['cli_compare_virt-clone-auto-managed.xml', 'xmlparse_network-multi-in.xml'];

describe('playground: opened from the file system (file://), it lists what the served page lists', function () {
  this.timeout(180000);
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let served: Page;
  let opened: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    ({ server, origin } = await serve());
    browser = await launchChromium();
    served = await browser.newPage();
    opened = await browser.newPage();
    for (const page of [served, opened]) {
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(m.text());
      });
    }
    opened.on('request', (r) => requests.push(r.url()));
    await served.goto(`${origin}/`);
    await served.waitForSelector('body[data-linted]');
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads from file://, lints its first example with its style applied, and loads nothing but its own files', async () => {
    await opened.goto(FILE_PAGE);
    await opened.waitForSelector('body[data-linted]', { timeout: 20000 });
    expect(await opened.textContent('#version')).to.match(/^virtlint \d+\.\d+\.\d+ · \d+ rules$/);
    expect(await opened.textContent('#summary')).to.equal(await served.textContent('#summary'));
    // The overlay sits over the text area only when style.css applies (the page's policy allows its own files).
    expect(await opened.evaluate("getComputedStyle(document.querySelector('#highlight')).position")).to.equal('absolute');
    const folder = FILE_PAGE.replace(/index\.html$/, '');
    expect(requests.filter((u) => !u.startsWith(folder))).to.deep.equal([]);
    expect(requests.filter((u) => u.includes('/models/')), 'a valid document needs no index').to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });

  it('lists the same findings and notes as the served page: valid and invalid domains, a network, a pool, values with white space', async () => {
    const texts = [
      ...DOCUMENTS.map((name) => [name, fs.readFileSync(path.join(CORPUS, name), 'utf8')] as const),
      ...SPACED.map((name) => [`${name}, spaced`, spaced(fs.readFileSync(path.join(CORPUS, name), 'utf8'))] as const),
    ];
    const ids = new Map<string, number>();
    for (const [name, text] of texts) {
      const fromFile = await lintInPage(opened, text);
      const fromServer = await lintInPage(served, text);
      expect({ listed: fromFile.listed, notes: fromFile.notes }, name).to.deep.equal({ listed: fromServer.listed, notes: fromServer.notes });
      expect(fromFile.notes.join('\n'), name).to.not.contain('could not be indexed');
      for (const [, , id] of fromFile.listed) ids.set(id, (ids.get(id) ?? 0) + 1);
    }
    // What needs the grammar index was compared: schema messages worded with it, white space around listed values.
    expect(ids.get('schema/unexpected-element'), 'schema/unexpected-element').to.be.above(10);
    expect(ids.get('schema/invalid-value'), 'schema/invalid-value').to.be.above(3);
    expect(ids.get('schema/value-whitespace'), 'schema/value-whitespace').to.be.above(5);
    expect(ids.get('schema/value-whitespace-ignored'), 'schema/value-whitespace-ignored').to.be.above(0);
    const folder = FILE_PAGE.replace(/index\.html$/, '');
    expect(requests.filter((u) => u.includes('/models/')), 'each model once, from beside the page').to.deep.equal(['domain', 'network', 'pool'].map((kind) => `${folder}models/${kind}.js`));
    expect(pageErrors).to.deep.equal([]);
  });
});
