/**
 * A temporary project with an ESM plugin and the configuration that loads it, for the plugin tests.
 * The plugin is written here, not imported from examples/, so the tests pin exactly what they check.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Range } from '../../src/types.js';
import type { toEslintResult } from '../../src/formatters/json.js';
import { tempDir, writeTree } from '../cli/tmp.js';

/**
 * Two rules. `nic-model` (options: { allow }) reports a NIC model outside the allow-list at the
 * model's `type` value and says which thread ran it (0: the main thread; a worker otherwise).
 * `no-serial` reports `<serial>` in a disk at its name, with a fix that removes the element.
 */
export const PLUGIN = `
import { threadId } from 'node:worker_threads';

export default {
  meta: { name: 'virtlint-plugin-acme', version: '1.0.0' },
  rules: {
    'nic-model': {
      meta: {
        description: 'Interface models outside the allow-list',
        defaultSeverity: 'error',
        docs: { url: 'https://acme.example/rules/nic-model' },
        schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
      },
      check(domain, context) {
        const allow = context.options[0]?.allow ?? ['virtio'];
        for (const nic of domain.devices.interfaces) {
          if (nic.model && !allow.includes(nic.model.value)) {
            context.report({ range: nic.model.range, message: 'model ' + nic.model.value + ' is not allowed (thread ' + threadId + ')' });
          }
        }
      },
    },
    'no-serial': {
      meta: { description: 'Disk serial numbers', fixable: true, docs: 'https://acme.example/rules/no-serial' },
      check(domain, context) {
        for (const disk of domain.devices.disks) {
          // disk.serial is a Text: its value, and the ranges of its text, name and whole element.
          const serial = disk.serial;
          if (!serial) continue;
          let start = serial.elementRange.start.offset;
          while (start > 0 && ' \\t'.includes(context.sourceText[start - 1])) start--;
          let end = serial.elementRange.end.offset;
          if (context.sourceText[end] === '\\n') end++;
          context.report({
            range: serial.nameRange,
            message: 'disk ' + (disk.target?.dev?.value ?? '?') + ' has a serial number',
            fix: { description: 'Remove <serial>', edits: [{ start, end, text: '' }] },
          });
        }
      },
    },
  },
};
`;

export const CONFIG = `
import acme from './plugins/acme.mjs';
export default [
  { plugins: { acme }, rules: { 'acme/nic-model': ['warn', { allow: ['virtio', 'virtio-non-transitional'] }], 'acme/no-serial': 'error' } },
];
`;

/** A domain with a non-virtio NIC and a disk serial; `extra` goes before </devices>. */
export function vm(name: string, extra = ''): string {
  return `<domain type='kvm'>
  <name>${name}</name>
  <memory unit='MiB'>512</memory>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='raw'/>
      <source file='/var/lib/libvirt/images/${name}.img'/>
      <target dev='vda' bus='virtio'/>
      <serial>S1</serial>
    </disk>
    <interface type='network'>
      <source network='default'/>
      <model type='e1000'/>
    </interface>
${extra}  </devices>
</domain>
`;
}

/** A temporary project (a git repository, where configuration code is trusted) with the plugin and its configuration. */
export function pluginProject(files: Record<string, string> = {}): string {
  const dir = fs.realpathSync(tempDir('virtlint-plugins-'));
  spawnSync('git', ['init', '-q', dir]);
  writeTree(dir, { 'plugins/acme.mjs': PLUGIN, 'virtlint.config.mjs': CONFIG, ...files });
  return dir;
}

/** The 1-based line/column range of the `nth` (0-based) occurrence of `needle` in `text` (as virtlint reports it). */
export function rangeOf(text: string, needle: string, nth = 0, after?: string): { line: number; column: number; endLine: number; endColumn: number } {
  // With `after`, occurrences are counted from the end of the first occurrence of that anchor.
  let at = after === undefined ? -1 : text.indexOf(after) + after.length - 1;
  if (after !== undefined && at < after.length - 1) throw new Error(`'${after}' not in the text`);
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' not in the text`);
  const pos = (o: number): { line: number; column: number } => {
    const before = text.slice(0, o);
    return { line: before.split('\n').length, column: o - before.lastIndexOf('\n') };
  };
  const s = pos(at);
  const e = pos(at + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** A file's result in the CLI's `-f json` report, and one of its messages: the JSON formatter's own shape. */
export type JsonResult = ReturnType<typeof toEslintResult>;
export type JsonMessage = JsonResult['messages'][number];

/** A JSON message's 1-based range, as {@link rangeOf} gives one. */
export const at = (m: JsonMessage): { line: number; column: number; endLine: number; endColumn: number } => ({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });

export const lc = (r: Range): { line: number; column: number; endLine: number; endColumn: number } => ({
  line: r.start.line,
  column: r.start.column,
  endLine: r.end.line,
  endColumn: r.end.column,
});

export const projectPath = (dir: string, rel: string): string => path.join(dir, rel);
