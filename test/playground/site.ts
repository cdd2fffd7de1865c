/**
 * What the playground's browser tests share: the built page (dist/playground) served from a free
 * localhost port (or opened by its file:// URL), Debian's Chromium driven by playwright-core, and a
 * document put into the page with what the page lists for it read back.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers/paths.js';

export const SITE = path.join(REPO_ROOT, 'dist', 'playground');
/** The built page as a downloaded copy is opened: from the file system. */
export const FILE_PAGE = pathToFileURL(path.join(SITE, 'index.html')).href;
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static server for dist/playground on a free localhost port. */
export function serve(): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(SITE, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(SITE) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** Chromium, once the page is known to be built. */
export function launchChromium(): Promise<Browser> {
  expect(fs.existsSync(path.join(SITE, 'playground.js')), 'npm run build writes dist/playground').to.equal(true);
  if (!fs.existsSync(CHROMIUM)) throw new Error('chromium is not installed: run .ci/setup (Debian package chromium)');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A finding as the page lists it and as the JSON report gives it: line, column, id, severity, message, fix. */
export type Row = readonly [number, number, string, string, string, string | null];

/**
 * In the page (as source text: the tests are compiled without the DOM library, and the page's
 * policy lets no string be evaluated by the page itself, as waitForFunction would): the text put
 * into the editor as an edit is (its value, then an input event, which schedules the lint), and
 * once the page has linted it, the findings it lists, its notes and the lint's time. One round trip
 * per document: Playwright's fill waited ~120 ms for the editor to be stable, doubling the corpus
 * test's time.
 */
const LINT_IN_PAGE = (text: string): string => `new Promise((resolve, reject) => {
  const source = document.querySelector('#source');
  const before = document.body.dataset.linted;
  const read = () => resolve({ ms: Number(document.body.dataset.lintMs), listed: [...document.querySelectorAll('li.diagnostic')].map((li) => [
    Number(li.dataset.line), Number(li.dataset.column), li.dataset.rule,
    li.classList.contains('error') ? 'error' : 'warning',
    li.querySelector('.message').textContent,
    li.querySelector('button.fix')?.textContent ?? null,
  ]), notes: [...document.querySelectorAll('#notes li')].map((li) => li.textContent) });
  const observer = new MutationObserver(() => {
    if (document.body.dataset.linted === before || source.value !== ${JSON.stringify(text)}) return;
    observer.disconnect();
    clearTimeout(late);
    read();
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-linted'] });
  // A page that never lints (its script did not run) fails the test now, not at mocha's timeout.
  const late = setTimeout(() => {
    observer.disconnect();
    reject(new Error('the page did not lint the text in 30 s'));
  }, 30000);
  source.value = ${JSON.stringify(text)};
  source.dispatchEvent(new Event('input'));
})`;

/** Puts `text` into the page's editor and reads back, once the page has linted it, what it lists and notes. */
export function lintInPage(page: Page, text: string): Promise<{ ms: number; listed: Row[]; notes: string[] }> {
  return page.evaluate(LINT_IN_PAGE(text)) as Promise<{ ms: number; listed: Row[]; notes: string[] }>;
}

/** The document with a space after each attribute value (inside the quotes): white space around listed values, and the schema errors it makes. */
export const spaced = (text: string): string => text.replace(/(\s[\w:.-]+=)(['"])([^'"<]*)\2/g, '$1$2$3 $2');
