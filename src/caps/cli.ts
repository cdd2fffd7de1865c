import fs from 'node:fs';
import path from 'node:path';
import { probeEmulator } from './probe.js';
import { CapabilityFileError, loadProfileFile } from './profile-file.js';
import { DEFAULT_QMP_LIMITS, ProbeError } from './qmp-session.js';
import type { CapabilityProfile } from './types.js';
import { InputError } from '../files.js';
import { fileOutput } from '../report-output.js';

const HELP = `Usage: virtlint caps <command> [options]

Commands:
  probe BINARY [-o FILE]   Run BINARY (a QEMU system emulator) in QMP mode without a guest and write
                           what it supports as a virtlint JSON profile (stdout, or FILE). Commit the
                           profile and use it where the emulator is absent: --caps FILE, or
                           settings.caps in virtlint.config.json.
  show FILE [--json] [-o FILE]
                           Read a capabilities file (virtlint JSON, 'virsh domcapabilities' XML, or a
                           libvirt QEMU capabilities cache XML) and summarise it; --json prints it as a
                           virtlint JSON profile instead.

Options:
  --timeout MS             Give up on the emulator after MS milliseconds (default ${DEFAULT_QMP_LIMITS.timeoutMs})
  -o, --output FILE        Write the profile to FILE instead of standard output
  -h, --help               Show this help

The binary named on the command line is run as given (you chose it); binaries named in documents are
only ever run under the probe policy described in docs/capabilities.md.

Exit codes: 0 done, 2 usage error, unreadable file or failed probe.
`;

interface Io {
  stdout?: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

class CapsUsageError extends Error {}

interface Parsed {
  positional: string[];
  output?: string;
  timeoutMs?: number;
  json: boolean;
  help: boolean;
}

function parse(argv: readonly string[]): Parsed {
  const out: Parsed = { positional: [], json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new CapsUsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') out.help = true;
    else if (a === '--json') out.json = true;
    else if (a === '-o' || a === '--output') out.output = value();
    else if (a.startsWith('--output=')) out.output = a.slice('--output='.length);
    else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const v = a === '--timeout' ? value() : a.slice('--timeout='.length);
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new CapsUsageError(`--timeout: expected a positive number of milliseconds, got '${v}'`);
      out.timeoutMs = n;
    } else if (a.startsWith('-') && a !== '-') throw new CapsUsageError(`unknown option ${a}`);
    else out.positional.push(a);
  }
  return out;
}

/** A short human summary of a profile, for `caps show`. */
export function describeProfile(p: CapabilityProfile): string {
  const lines = [`source:        ${p.sourceDescription ?? '(unknown)'}`];
  if (p.emulator) lines.push(`emulator:      ${p.emulator}`);
  if (p.version) lines.push(`version:       ${p.version}`);
  if (p.arches) lines.push(`arches:        ${p.arches.join(', ')}`);
  if (p.domainTypes) lines.push(`domain types:  ${p.domainTypes.join(', ') || '(none)'}${p.domainTypesComplete === false ? ' (others unknown)' : ''}`);
  if (p.scope) lines.push(`applies to:    ${Object.entries(p.scope).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (p.machines) {
    const aliases = p.machines.filter((m) => m.alias).map((m) => `${m.alias} → ${m.name}`);
    lines.push(`machines:      ${p.machines.length}${aliases.length ? ` (${aliases.join(', ')})` : ''}`);
  }
  if (p.devices) {
    const withProps = Object.entries(p.devices).filter(([, v]) => v !== null).map(([k]) => k);
    lines.push(`devices:       ${Object.keys(p.devices).length}${p.devicesComplete ? ' (complete list)' : ' (partial)'}${withProps.length ? `; properties of ${withProps.join(', ')}` : ''}`);
  }
  if (p.absentDevices?.length) lines.push(`absent:        ${p.absentDevices.join(', ')}`);
  if (p.enums) lines.push(`enumerations:  ${Object.keys(p.enums).length} (${Object.keys(p.enums).slice(0, 8).join(', ')}${Object.keys(p.enums).length > 8 ? ', …' : ''})`);
  if (p.libvirtFlags) lines.push(`libvirt flags: ${p.libvirtFlags.length}`);
  return `${lines.join('\n')}\n`;
}

const toJson = (p: CapabilityProfile): string => `${JSON.stringify({ format: 'virtlint-caps/1', ...p }, null, 2)}\n`;

/**
 * `-o FILE` is written as a report is (report-output.ts): atomically, keeping a link that stays in
 * the working directory, refusing one that leads out of it (a profile committed as a link).
 */
async function write(text: string, output: string | undefined, io: Io): Promise<void> {
  if (!output) {
    (io.stdout ?? process.stdout).write(text);
    return;
  }
  const failure = await fileOutput(path.resolve(output), process.cwd(), { option: '-o', what: 'a profile' }).close(text);
  if (failure) throw failure;
}

/** `virtlint caps …` subcommands. Returns the exit code; writes only to the given streams (and -o FILE). */
export async function capsCommand(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parse(argv);
    const [command, ...rest] = args.positional;
    if (args.help || command === 'help' || command === undefined) {
      (args.help || command === 'help' ? (io.stdout ?? process.stdout) : io.stderr).write(HELP);
      return args.help || command === 'help' ? 0 : 2;
    }
    if (command === 'probe') {
      if (rest.length !== 1) throw new CapsUsageError('caps probe: give exactly one emulator binary, e.g. virtlint caps probe /usr/bin/qemu-system-x86_64');
      const binary = path.resolve(rest[0] as string);
      const st = fs.statSync(binary, { throwIfNoEntry: false });
      if (!st) throw new CapsUsageError(`caps probe: ${binary} does not exist`);
      if (!st.isFile()) throw new CapsUsageError(`caps probe: ${binary} is not a regular file`);
      const profile = await probeEmulator(binary, binary, { ...DEFAULT_QMP_LIMITS, ...(args.timeoutMs ? { timeoutMs: args.timeoutMs } : {}) });
      await write(toJson(profile), args.output, io);
      return 0;
    }
    if (command === 'show') {
      if (rest.length !== 1) throw new CapsUsageError('caps show: give exactly one capabilities file');
      const profile = loadProfileFile(rest[0] as string);
      await write(args.json ? toJson(profile) : describeProfile(profile), args.output, io);
      return 0;
    }
    throw new CapsUsageError(`unknown caps command '${command}' (try: virtlint caps --help)`);
  } catch (e) {
    if (e instanceof CapsUsageError || e instanceof CapabilityFileError || e instanceof ProbeError || e instanceof InputError) {
      io.stderr.write(`virtlint: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`virtlint: ${(e as NodeJS.ErrnoException).code ? (e as Error).message : `internal error: ${(e as Error).message}`}\n`);
    return 2;
  }
}
