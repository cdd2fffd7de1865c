/**
 * What the playground's browser tests share: the built page (dist/playground) served from a free
 * localhost port, and Debian's Chromium driven by playwright-core.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { REPO_ROOT } from '../helpers/paths.js';

export const SITE = path.join(REPO_ROOT, 'dist', 'playground');
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
