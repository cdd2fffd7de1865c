/**
 * The VS Code extension in a real VS Code: code-server (VS Code 1.96's workbench and server, from npm,
 * installed by scripts/install-code-server.sh, which .ci/setup runs) installs the built
 * dist/virtlint-VERSION.vsix with its own --install-extension, and headless Chromium (playwright-core)
 * opens a workspace holding the seed's IDE-disk variant and a virtlint.config.js that leaves a mark
 * when it runs and turns the ioeventfd rule into a warning. VS Code does everything the extension
 * relies on: activation on XML, the language client, Workspace Trust, the Problems panel, hover and
 * quick fixes. Skipped (saying why) when code-server is not installed.
 */
import { expect } from 'chai';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DOCS_BASE_URL } from '../../src/rule.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { keepTempDir, runtimeDir } from '../helpers/temp-dir.js';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';

/** The pinned version, read from the script that installs it (one place to change it). */
const CODE_SERVER_VERSION = /^version=(\S+)$/m.exec(fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'install-code-server.sh'), 'utf8'))?.[1] as string;
const CACHE = process.env['VIRTLINT_DEV_CACHE'] ?? path.join(os.homedir(), '.cache', 'virtlint-dev');
const CODE_SERVER = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const VERSION = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const VSIX = path.join(REPO_ROOT, 'dist', `virtlint-${VERSION}.vsix`);
const SHOTS = path.join(REPO_ROOT, 'dist', 'test-output');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DOMAIN = 'disk-ide-ioeventfd.xml';
const MESSAGE = "ioeventfd is only supported on virtio disks, but disk 'hda' uses bus 'ide'";

/** The user settings: a quiet workbench; Workspace Trust on, without its start-up dialog (the folder opens in Restricted Mode). */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
};

/** A program, not data: when the server runs it, it leaves `config-ran` beside itself. */
const CONFIG_JS = `import fs from 'node:fs';
fs.writeFileSync(new URL('./config-ran', import.meta.url), 'yes');
export default [{ rules: { 'ioeventfd-requires-virtio': 'warn' } }];
`;

/**
 * A language server program that leaves `server-path-ran` beside itself, then runs the bundled
 * server (so the editor keeps working): the workspace's settings name it as `virtlint.server.path`.
 */
function serverPathScript(bundledServer: string): string {
  return `#!/bin/sh
echo yes > "$(dirname "$0")/server-path-ran"
exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bundledServer)} "$@"
`;
}

/** Starts code-server on a free port in its own process group; resolves with its origin. */
function startCodeServer(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [CODE_SERVER, ...args, '--bind-addr', '127.0.0.1:0'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (listening) resolve({ child, origin: listening[1] as string });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`code-server exited (${code}) before listening:\n${output}`)));
  });
}

/** Stops the whole process group (code-server, its extension hosts, the language server they started). */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** Processes whose command line names dir (the extension's bundled server runs from below it). */
function processesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(dir)) found.push(`${pid} ${cmdline}`);
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

/** Runs a command from the command palette, by its exact title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input.input').fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(title, { exact: true }) }).click();
}

describe('editors/vscode: in a real VS Code (code-server in headless Chromium)', function () {
  this.timeout(120000);
  let home: string;
  let workspace: string;
  let extensions: string;
  let serverPath: string;
  let server: { child: ChildProcess; origin: string } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  let failed = false;

  before(async function () {
    if (!fs.existsSync(CODE_SERVER)) {
      console.log(`      skipped: code-server ${CODE_SERVER_VERSION} is not installed (${CODE_SERVER}); run scripts/install-code-server.sh (.ci/setup does)`);
      this.skip();
    }
    if (!fs.existsSync(CHROMIUM)) throw new Error('chromium is not installed: run .ci/setup (Debian package chromium)');
    expect(fs.existsSync(VSIX), `npm run build writes ${VSIX}`).to.equal(true);
    home = tempDir('virtlint-vscode-');
    workspace = path.join(home, 'workspace');
    extensions = path.join(home, 'extensions');
    serverPath = path.join(workspace, 'server.sh');
    writeTree(home, {
      'user-data/User/settings.json': JSON.stringify(USER_SETTINGS, null, 2),
      [`workspace/${DOMAIN}`]: fs.readFileSync(path.join(EXAMPLES, DOMAIN)),
      'workspace/virtlint.config.js': CONFIG_JS,
      'workspace/server.sh': serverPathScript(path.join(extensions, `virtlint.virtlint-${VERSION}`, 'server', 'dist', 'src', 'lsp', 'virtlint-lsp.js')),
      // A program to run: VS Code must not take it from the workspace, trusted or not.
      'workspace/.vscode/settings.json': JSON.stringify({ 'virtlint.server.path': serverPath }),
    });
    fs.chmodSync(serverPath, 0o755);
    // code-server writes its own configuration and logs under XDG directories: kept in the temporary home.
    // XDG_RUNTIME_DIR: where VS Code puts its IPC sockets (vscode-ipc-*.sock, vscode-git-*.sock), else in TMPDIR, left there.
    const env = { ...process.env, XDG_CONFIG_HOME: path.join(home, 'xdg-config'), XDG_DATA_HOME: path.join(home, 'xdg-data'), XDG_RUNTIME_DIR: runtimeDir(home) };
    const common = ['--config', path.join(home, 'code-server.yaml'), '--user-data-dir', path.join(home, 'user-data'), '--extensions-dir', extensions];
    const installed = execFileSync(process.execPath, [CODE_SERVER, ...common, '--install-extension', VSIX], { env, encoding: 'utf8' });
    expect(installed).to.contain(`Extension 'virtlint-${VERSION}.vsix' was successfully installed.`);
    server = await startCodeServer([...common, '--auth', 'none', '--disable-telemetry', '--disable-update-check'], env);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(45000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /virtlint/i.test(m.text())) pageErrors.push(m.text());
    });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterEach(async function () {
    // What the workbench looked like when a test failed.
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    if (browser) await page.screenshot({ path: path.join(SHOTS, 'vscode-failed.png') });
  });

  after(async () => {
    await browser?.close();
    if (server) await stopProcessGroup(server.child);
    if (home) {
      // Anything started from the temporary home (code-server, extension hosts, the language server) is gone with the group.
      const left = processesUnder(home);
      if (left.length > 0) console.log(`      left running: ${left.join('; ')}`);
      // Kept when a test failed: code-server's logs are in user-data/logs.
      if (failed) {
        console.log(`      code-server's home (logs in user-data/logs): ${home}`);
        keepTempDir(home);
      } else fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('activates on the XML file in Restricted Mode and shows the ioeventfd error at 20:40 in the Problems panel, with its rule id linked', async () => {
    await page.goto(`${server?.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DOMAIN }).click();
    await page.waitForSelector('.squiggly-error');
    expect(await page.locator('.statusbar').innerText()).to.contain('Restricted Mode');
    // The squiggle is drawn on the line of ioeventfd='on'.
    const line = page.locator('.view-line', { hasText: "ioeventfd='on'" });
    const [squiggleBox, lineBox] = [await page.locator('.squiggly-error').boundingBox(), await line.boundingBox()];
    expect(squiggleBox?.y).to.be.within((lineBox?.y ?? 0) - 1, (lineBox?.y ?? 0) + (lineBox?.height ?? 0));
    await page.keyboard.press('Control+Shift+M'); // View: Problems
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: MESSAGE });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).to.contain('virtlint').and.contain('ioeventfd-requires-virtio').and.contain('[Ln 20, Col 40]');
    expect(await row.locator('a.monaco-link', { hasText: 'ioeventfd-requires-virtio' }).getAttribute('href')).to.equal(`${DOCS_BASE_URL}ioeventfd-requires-virtio.md`);
    // The light bulb VS Code shows when the diagnostic has a quick fix.
    await row.locator('a.markers-panel-action-quickfix.autofixable').waitFor({ state: 'attached' });
    expect(await row.getAttribute('aria-label')).to.match(/^Error: ioeventfd is only supported .* at line 20 and character 40\. generated by virtlint$/);
    expect(await page.locator('.markers-panel .monaco-list-row').count(), 'the file row and one problem').to.equal(2);
    await page.screenshot({ path: path.join(SHOTS, 'vscode-restricted.png') });
  });

  it('ran no configuration program in Restricted Mode', () => {
    expect(fs.existsSync(path.join(workspace, 'config-ran'))).to.equal(false);
  });




  it('hover on ioeventfd shows the finding with its rule id, and the grammar: its values, the rules about it, its libvirt version', async () => {
    await page.keyboard.press('Control+G'); // Go to Line/Column
    await page.keyboard.type('20:41');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I'); // Show or Focus Hover
    // One tooltip: VS Code's part (the finding) and the server's (the grammar); wait for both.
    const hover = page.getByRole('tooltip').filter({ hasText: MESSAGE }).filter({ hasText: "Value: 'on' | 'off'" });
    await hover.waitFor();
    const text = await hover.innerText();
    expect(text).to.contain('ioeventfd-requires-virtio');
    expect(text).to.contain("ioeventfd attribute of <driver> in <disk>");
    expect(text).to.contain("Value: 'on' | 'off'");
    expect(text).to.match(/libvirt ≥ 0\.9\.3/);
    await page.screenshot({ path: path.join(SHOTS, 'vscode-hover.png') });
    await page.keyboard.press('Escape');
  });

  it("the quick fix removes ioeventfd='on': saved, the file is the example without it, and the error goes away", async () => {
    await page.keyboard.press('Control+.'); // Quick Fix
    const menu = page.locator('.action-widget');
    await menu.waitFor();
    expect((await menu.innerText()).split('\n')).to.include.members(["Remove ioeventfd='on'", 'Disable ioeventfd-requires-virtio for this line']);
    expect(await menu.locator('.monaco-list-row.focused').innerText()).to.equal("Remove ioeventfd='on'");
    await page.keyboard.press('Enter');
    await page.locator('.squiggly-error').waitFor({ state: 'detached' });
    const file = path.join(workspace, DOMAIN);
    const original = fs.readFileSync(path.join(EXAMPLES, DOMAIN), 'utf8');
    const expected = original.replace(" ioeventfd='on'", '');
    // The fix edited the editor's text, not the file; saving writes it.
    await page.locator('.view-line', { hasText: "<driver name='qemu' type='qcow2'/>" }).waitFor();
    expect(fs.readFileSync(file, 'utf8')).to.equal(original);
    await page.keyboard.press('Control+S');
    for (let i = 0; i < 100 && fs.readFileSync(file, 'utf8') === original; i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.readFileSync(file, 'utf8')).to.equal(expected);
    expect(pageErrors).to.deep.equal([]);
  });

  it('trusting the workspace restarts the server with its configuration: the configuration program runs', async () => {
    // Undone (not saved), the finding is back for what follows.
    await page.keyboard.press('Control+Z');
    await page.waitForSelector('.squiggly-error');
    await runCommand(page, 'Workspaces: Manage Workspace Trust');
    await page.getByRole('button', { name: 'Trust', exact: true }).click();
    await page.locator('.tabs-container .tab', { hasText: DOMAIN }).click();
    const ran = path.join(workspace, 'config-ran');
    for (let i = 0; i < 300 && !fs.existsSync(ran); i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.readFileSync(ran, 'utf8')).to.equal('yes');
    expect(await page.locator('.statusbar').innerText()).to.not.contain('Restricted Mode');
  });

  // Was intermittent (4 of 9 runs under load; ~1 in 20 on the very first open): the code action request
  // VS Code sends on opening cancelled the server's first check, whose result was then never published.
  it("after the trust restart, the open document shows the finding as the configuration's warning", async () => {
    await page.waitForSelector('.squiggly-warning');
    expect(await page.locator('.squiggly-error').count()).to.equal(0);
  });

  it("took no virtlint.server.path from the workspace's settings, untrusted or trusted", () => {
    expect(fs.existsSync(path.join(workspace, 'server-path-ran'))).to.equal(false);
  });

  it("takes virtlint.server.path from the remote machine's settings: changed there, the server restarts with that program", async () => {
    // code-server is a remote window: machine-scoped settings come from the server machine's settings.
    writeTree(home, { 'user-data/Machine/settings.json': JSON.stringify({ 'virtlint.server.path': serverPath }) });
    const marker = path.join(workspace, 'server-path-ran');
    for (let i = 0; i < 300 && !fs.existsSync(marker); i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.existsSync(marker), 'the program ran within 30 s').to.equal(true);
  });

  it('the bundled language server exits by itself when its extension host dies', async () => {
    // The server the restart replaced may still be on its way out (it was told to exit), and the new
    // one may not have started yet (the program wrote its marker before starting the server; under
    // load that took long enough to find none, once in CI): give it 10 s to be exactly one.
    let servers = processesUnder(extensions).filter((p) => p.includes('virtlint-lsp.js'));
    for (let i = 0; i < 100 && servers.length !== 1; i++) {
      await new Promise((r) => setTimeout(r, 100));
      servers = processesUnder(extensions).filter((p) => p.includes('virtlint-lsp.js'));
    }
    expect(servers, 'one language server, from the installed extension').to.have.length(1);
    const pid = Number((servers[0] as string).split(' ')[0]);
    // The fields after the command name in /proc/PID/stat: state, then the parent's pid.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const extensionHost = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    expect(fs.readFileSync(`/proc/${extensionHost}/cmdline`, 'utf8')).to.contain('--type=extensionHost');
    process.kill(extensionHost, 'SIGKILL');
    for (let i = 0; i < 100 && fs.existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.existsSync(`/proc/${pid}`), 'the server is gone within 10 s').to.equal(false);
  });
});
