/**
 * Red team: the playground shows the document it is given — values quoted in messages, the text in
 * its overlay, marks' titles — in a real headless Chromium. Markup in a value is shown as text (the
 * page escapes what it writes as HTML); and the page now has a Content-Security-Policy, so markup
 * that ever slipped through could still run no script and load nothing from elsewhere (a tracking
 * image, a form post): before, an `<img>` written into the page fetched its remote address.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SITE } from '../playground/site.js';

/** A localhost server: the playground's files at / (the grammar index's models too), and every request by the name `localhost` (another origin, the "tracker") counted. */
function serve(hits: string[]): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const own = /^\/(index\.html|playground\.js|style\.css|models\/[a-z]+\.js)?$/.exec(req.url ?? '');
    const name = own?.[1] ?? 'index.html';
    const file = path.join(SITE, name);
    if (own && fs.existsSync(file)) {
      const type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : 'text/html';
      res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
      return;
    }
    // Only requests to the other origin count: the page's own (a favicon) are not what is looked for.
    if ((req.headers.host ?? '').startsWith('localhost:')) hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/gif' }).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('red team: the playground shows a hostile document as text, and runs or loads nothing it brings', function () {
  this.timeout(180000);
  const hits: string[] = [];
  let server: http.Server;
  let origin: string;
  let tracker: string;
  let browser: Browser;
  let page: Page;

  before(async () => {
    ({ server, origin } = await serve(hits));
    // Another origin (another port) stands for a remote host.
    tracker = origin.replace('127.0.0.1', 'localhost');
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-linted]');
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const pwned = (): Promise<unknown> => page.evaluate('window.__pwned');
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 800));

  it('(kept) markup in values is shown as text in messages, marks and the overlay: no element, no script, no request', async () => {
    const markup = `"><img src="${tracker}/value.gif" onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">x</a>`;
    const value = markup.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const before = await page.getAttribute('body', 'data-linted');
    await page.fill('#source', `<domain type="${value}"><name>a</name><memory>${value}</memory></domain>`);
    // Polled from here: waitForFunction evaluates a string in the page, which the page's policy forbids.
    for (let i = 0; i < 200 && (await page.getAttribute('body', 'data-linted')) === before; i++) await new Promise((r) => setTimeout(r, 50));
    await settle();
    const messages = await page.locator('li.diagnostic .message').allTextContents();
    expect(messages.join('\n')).to.contain(markup.slice(0, 60));
    expect(await page.locator('#highlight img, #diagnostics img, #notes img, #at-cursor img, #highlight a, #diagnostics a:not(.rule)').count()).to.equal(0);
    const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).to.match(/^https:\/\/github\.com\/virtlint\//);
    expect(await pwned()).to.equal(undefined);
    expect(hits).to.deep.equal([]);
  });

  it('markup written into the page is still held: no inline script runs, no remote image or form post is made (was: the image fetched)', async () => {
    await page.evaluate(`document.querySelector('#notes').innerHTML = ${JSON.stringify(
      `<li><img src="${tracker}/slipped.gif"><img src="x" onerror="window.__pwned=3"><form action="${tracker}/post" method="post"><button id="go">go</button></form></li>`,
    )}`);
    await page.evaluate(`document.querySelector('#notes-box').hidden = false; document.querySelector('#notes-box').open = true`);
    await page.click('#go', { timeout: 2000 }).catch(() => undefined);
    await settle();
    expect(await pwned()).to.equal(undefined);
    expect(hits).to.deep.equal([]);
  });
});
