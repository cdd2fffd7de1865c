/**
 * Red team, in a real VS Code (code-server 1.96 in headless Chromium, as test/e2e/vscode.test.ts):
 * a document whose `<disk device>` value is `disk![x](https://tracker.invalid/p.png)` had the hover
 * on that value render an image from the tracker's address (VS Code's hovers show https images: the
 * document would learn who opened it, and when). The hover now shows the value as text. And an
 * element completed under a prefix the document declared as `q$TM_FILENAME` was inserted as
 * `<qsnippet.xml:commandline>`: the snippet expanded the variable (`$CLIPBOARD` would have inserted
 * the clipboard). Skipped, saying so, when code-server is not installed.
 */
import { expect } from 'chai';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { tempDir, writeTree } from '../cli/tmp.js';
import { runtimeDir } from '../helpers/temp-dir.js';
import { REPO_ROOT } from '../helpers/paths.js';

const CODE_SERVER_VERSION = /^version=(\S+)$/m.exec(fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'install-code-server.sh'), 'utf8'))?.[1] as string;
const CACHE = process.env['VIRTLINT_DEV_CACHE'] ?? path.join(os.homedir(), '.cache', 'virtlint-dev');
const CODE_SERVER = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const VERSION = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const VSIX = path.join(REPO_ROOT, 'dist', `virtlint-${VERSION}.vsix`);
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SETTINGS = { 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none', 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' };

const VALUE = 'disk![x](https://tracker.invalid/p.png)';
const DOCUMENT = `<domain type='kvm'>
  <name>hover</name>
  <memory>1048576</memory>
  <os><type>hvm</type></os>
  <devices>
    <disk type='file' device='${VALUE}'>
      <source file='/var/lib/libvirt/images/a.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>
`;

/** A prefix the document declares that is a snippet variable: completion inserted the file's name for it. */
const SNIPPET_DOCUMENT = `<domain type='kvm' xmlns:q$TM_FILENAME='http://libvirt.org/schemas/domain/qemu/1.0'>
  <name>s</name>
  <memory>1048576</memory>
  <os><type>hvm</type></os>

</domain>
`;

describe('red team: in VS Code, hover shows a hostile value as text, completion inserts what it shows', function () {
  this.timeout(180000);
  let home: string;
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    if (!fs.existsSync(CODE_SERVER)) {
      console.log(`      skipped: code-server ${CODE_SERVER_VERSION} is not installed (${CODE_SERVER}); run scripts/install-code-server.sh (.ci/setup does)`);
      this.skip();
    }
    expect(fs.existsSync(VSIX), `npm run build writes ${VSIX}`).to.equal(true);
    home = tempDir('virtlint-vscode-hover-');
    writeTree(home, { 'user-data/User/settings.json': JSON.stringify(SETTINGS), 'workspace/hover.xml': DOCUMENT, 'workspace/snippet.xml': SNIPPET_DOCUMENT });
    const env = { ...process.env, XDG_CONFIG_HOME: path.join(home, 'xdg-config'), XDG_DATA_HOME: path.join(home, 'xdg-data'), XDG_RUNTIME_DIR: runtimeDir(home) };
    const common = ['--config', path.join(home, 'code-server.yaml'), '--user-data-dir', path.join(home, 'user-data'), '--extensions-dir', path.join(home, 'extensions')];
    execFileSync(process.execPath, [CODE_SERVER, ...common, '--install-extension', VSIX], { env, encoding: 'utf8' });
    const started = spawn(process.execPath, [CODE_SERVER, ...common, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--bind-addr', '127.0.0.1:0'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    const origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (listening) resolve(listening[1] as string);
      };
      started.stdout?.on('data', onData);
      started.stderr?.on('data', onData);
      started.on('exit', (code) => reject(new Error(`code-server exited (${code}):\n${output}`)));
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(60000);
    await page.goto(`${origin}/?folder=${encodeURIComponent(path.join(home, 'workspace'))}`);
    await page.waitForSelector('.monaco-workbench');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'hover.xml' }).click();
    // The grammar's error on the value: the server is up and has the document.
    await page.waitForSelector('.squiggly-error');
  });

  after(async () => {
    await browser?.close();
    if (child?.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => {
        try {
          process.kill(-(child?.pid as number), 'SIGKILL');
        } catch {
          // gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('the hover on the value quotes it whole, with no <img> and no link to the tracker (was: an image from it)', async () => {
    const line = DOCUMENT.split('\n').findIndex((l) => l.includes(VALUE)) + 1;
    const column = (DOCUMENT.split('\n')[line - 1] as string).indexOf(VALUE) + 3;
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.getByRole('tooltip').filter({ hasText: 'is not one of the values the grammar allows here' });
    await hover.waitFor();
    const images = await hover.locator('img').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    expect(images, 'images in the hover').to.deep.equal([]);
    expect(await hover.locator('a[href*="tracker.invalid"], a[data-href*="tracker.invalid"]').count()).to.equal(0);
    expect(await hover.innerText()).to.contain(`'${VALUE}' is not one of the values the grammar allows here.`);
  });

  it('completing an element with a prefix q$TM_FILENAME inserts q$TM_FILENAME, not the file name (was: <qsnippet.xml:commandline>)', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'snippet.xml' }).click();
    await page.locator('.view-line', { hasText: '<os>' }).waitFor();
    await page.keyboard.press('Control+G');
    await page.keyboard.type('5:1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    // Typed while the list is open: it filters the list to the element wanted (and is replaced by it).
    await page.keyboard.type('qcomm');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'commandline' }).first().waitFor();
    await page.keyboard.press('Enter');
    const line = page.locator('.view-line', { hasText: 'commandline' });
    await line.waitFor();
    const text = (await line.innerText()).replace(/\u00a0/g, ' ');
    expect(text).to.not.contain('snippet.xml');
    expect(text).to.contain('<q$TM_FILENAME:commandline>');
  });
});
