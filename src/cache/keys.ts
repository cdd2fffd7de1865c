import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EffectiveConfig } from '../config/types.js';
import { BUNDLED_SCHEMA_DIR } from '../schema/bundled.js';
import { VERSION } from '../version.js';

const sha256 = (data: string | Uint8Array): string => crypto.createHash('sha256').update(data).digest('hex');

function listRng(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.rng')) out.push(p);
    }
  };
  try {
    walk(dir);
  } catch {
    // a missing schema directory is reported by the lint itself
  }
  return out.sort();
}

/**
 * Computes result-cache keys: a result is reused only when the document's bytes, the effective
 * configuration, the capability sources, the grammar and virtlint's version are all the same.
 */
export class CacheKeys {
  private readonly grammar = new Map<string, string>();
  private readonly files = new Map<string, string>();

  grammarHash(dir: string | undefined): string {
    const d = dir ?? BUNDLED_SCHEMA_DIR;
    let h = this.grammar.get(d);
    if (h === undefined) {
      const hash = crypto.createHash('sha256');
      for (const f of listRng(d)) hash.update(path.relative(d, f)).update('\0').update(fs.readFileSync(f)).update('\0');
      h = hash.digest('hex');
      this.grammar.set(d, h);
    }
    return h;
  }

  /** Content hash of a capability file (memoised for the run); 'missing' when it cannot be read. */
  private fileHash(file: string): string {
    let h = this.files.get(file);
    if (h === undefined) {
      try {
        h = sha256(fs.readFileSync(file));
      } catch {
        h = 'missing';
      }
      this.files.set(file, h);
    }
    return h;
  }

  /** What the capability answer for this document depends on. */
  private capabilitySources(config: EffectiveConfig, text: string): unknown {
    const s = config.settings;
    const files: Record<string, string> = {};
    if (s.capsFile) files[s.capsFile] = this.fileHash(s.capsFile);
    for (const f of Object.values(s.emulatorFiles ?? {})) files[f] = this.fileHash(f);
    let emulator: unknown;
    if (s.probe !== false) {
      // A live probe answers for the binary named in <emulator>: key on its identity (size and mtime).
      const name = /<emulator\s*>\s*([^<]*?)\s*<\/emulator\s*>/.exec(text)?.[1];
      const st = name ? fs.statSync(name, { throwIfNoEntry: false }) : undefined;
      emulator = name ? [name, st?.size ?? null, st?.mtimeMs ?? null] : null;
    }
    return { files, emulator };
  }

  keyFor(bytes: Uint8Array, text: string, config: EffectiveConfig, extra: unknown): string {
    return sha256(
      JSON.stringify([
        VERSION,
        this.grammarHash(config.settings.schemas),
        config.rules,
        config.settings,
        this.capabilitySources(config, text),
        extra,
        sha256(bytes),
      ]),
    );
  }
}
