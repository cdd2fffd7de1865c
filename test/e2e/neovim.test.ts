/**
 * The language server in a real Neovim (Debian's `neovim`, headless): a Lua init starts the server
 * with `vim.lsp.start_client` on the seed's IDE-disk variant, and when the diagnostics arrive
 * (`DiagnosticChanged`) writes them, and the titles of the code actions Neovim gets for the first
 * one, to a file this test reads. Neovim's own LSP client does the protocol: position encoding, the
 * diagnostic conversion, the code action request.
 */
import { expect } from 'chai';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../cli/tmp.js';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';

const INIT_LUA = String.raw`
local out = os.getenv('VIRTLINT_OUT')
local done = false
local function finish(lines)
  if done then return end
  done = true
  vim.fn.writefile(lines, out)
  vim.cmd('qall!')
end
-- A safety net only: the test fails with this line rather than hanging.
vim.defer_fn(function() finish({ 'timeout' }) end, 90000)

vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('VIRTLINT_FILE')))
vim.bo.filetype = 'xml'
local buf = vim.api.nvim_get_current_buf()

vim.api.nvim_create_autocmd('DiagnosticChanged', {
  buffer = buf,
  callback = function()
    local diags = vim.diagnostic.get(buf)
    if #diags == 0 then return end
    local lines = {}
    for _, d in ipairs(diags) do
      local lsp = d.user_data and d.user_data.lsp or {}
      table.insert(lines, string.format('diagnostic %d:%d-%d:%d %s %s %s', d.lnum, d.col, d.end_lnum, d.end_col,
        d.severity, d.code or lsp.code or '', d.message))
    end
    -- Ask for the code actions of the first diagnostic, as <leader>ca would.
    local first = diags[1]
    local lsp = first.user_data and first.user_data.lsp
    local params = {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.end_lnum, character = first.end_col } },
      context = { diagnostics = { lsp } },
    }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 30000) or {}
    for _, r in pairs(responses) do
      for _, action in ipairs(r.result or {}) do table.insert(lines, 'action ' .. action.title) end
    end
    finish(lines)
  end,
})

local client = vim.lsp.start_client({
  name = 'virtlint',
  cmd = { os.getenv('VIRTLINT_NODE'), os.getenv('VIRTLINT_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(os.getenv('VIRTLINT_FILE'), ':h'),
  init_options = { debounceMs = 0, probe = false },
})
if not client then finish({ 'start_client failed' }) end
vim.lsp.buf_attach_client(buf, client)
`;

function hasNeovim(): boolean {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('e2e: Neovim (headless) with the language server', function () {
  this.timeout(180000);

  it('shows the disk ioeventfd error at line 20, column 40, and offers the fix and the disable comment', async function () {
    if (!hasNeovim()) throw new Error('nvim is not installed: run .ci/setup (Debian package neovim)');
    const dir = tempDir('virtlint-nvim-');
    const file = path.join(dir, 'vm.xml');
    fs.copyFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), file);
    const init = path.join(dir, 'init.lua');
    fs.writeFileSync(init, INIT_LUA);
    const out = path.join(dir, 'diagnostics.txt');
    const env = {
      ...process.env,
      VIRTLINT_OUT: out,
      VIRTLINT_FILE: file,
      VIRTLINT_NODE: process.execPath,
      VIRTLINT_SERVER: path.join(REPO_ROOT, 'bin', 'virtlint-lsp.js'),
      // Neovim's state, logs and caches stay in the temporary directory.
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      XDG_DATA_HOME: path.join(dir, 'data'),
      XDG_STATE_HOME: path.join(dir, 'state'),
      XDG_CACHE_HOME: path.join(dir, 'cache'),
    };
    await new Promise<void>((resolve, reject) => {
      execFile('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init], { env, cwd: dir, timeout: 150000 }, (error, _stdout, stderr) => {
        if (error && !fs.existsSync(out)) reject(new Error(`nvim failed: ${error.message}\n${stderr}`));
        else resolve();
      });
    });
    const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean);
    expect(lines[0], lines.join('\n')).to.not.equal('timeout');
    const ours = lines.filter((l) => l.startsWith('diagnostic ') && l.includes('ioeventfd-requires-virtio'));
    expect(ours, lines.join('\n')).to.have.length(1);
    // 0-based in Neovim: line 19, columns 39..53 is line 20, column 40 of the file (ioeventfd='on').
    expect(ours[0]).to.match(/^diagnostic 19:39-19:53 1 ioeventfd-requires-virtio ioeventfd is only supported on virtio disks/);
    expect(lines.filter((l) => l.startsWith('action '))).to.include.members(["action Remove ioeventfd='on'", 'action Disable ioeventfd-requires-virtio for this line']);
  });
});
