import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ruleSetFingerprint } from '../config/registry.js';
import { fileURLToPath } from 'node:url';
import type { EffectiveConfig } from '../config/types.js';
import { capsFiles } from '../config/caps-setting.js';
import { filesBelow, MAX_GRAMMAR_FILE_BYTES, readBoundedRegularFile } from '../files.js';
import { MAX_CAPABILITY_FILE_BYTES } from '../caps/profile-file.js';
import { BUNDLED_SCHEMA_DIR } from '../schema/bundled.js';
import { VERSION } from '../version.js';

export const sha256 = (data: string | Uint8Array): string => crypto.createHash('sha256').update(data).digest('hex');

let codeHashMemo: string | undefined;

/**
 * A hash of virtlint's own code (every .js file of the build: pipeline, rules, bundle), so that a
 * result computed by other rule code is never reused, even under the same version number.
 */
export function codeHash(): string {
  // This module is dist/src/cache/keys.js (the bundles keep that URL, prebuilt/'s too): dist/ is two levels up.
  codeHashMemo ??= codeHashOf(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
  return codeHashMemo;
}

/**
 * The code hash of the build in `dist`: its src/ and rules/ JavaScript, or where there is none (a
 * checkout used as a pre-commit hook runs prebuilt/ and has no dist/) the prebuilt bundles beside
 * it. With neither, a value of this process alone: no result is reused rather than every version's
 * results under one constant hash.
 */
export function codeHashOf(dist: string): string {
  const jsBelow = (d: string): string[] => {
    try {
      // .cjs: prebuilt/'s CLI is a CommonJS script (run with a code cache).
      return filesBelow(d, (e) => e.isFile() && (e.name.endsWith('.js') || e.name.endsWith('.cjs')));
    } catch {
      return [];
    }
  };
  let base = dist;
  let files = [...jsBelow(path.join(dist, 'src')), ...jsBelow(path.join(dist, 'rules'))];
  if (files.length === 0) {
    base = path.join(dist, '..', 'prebuilt');
    files = jsBelow(base);
  }
  if (files.length === 0) return `unknown-code-${crypto.randomUUID()}`;
  const hash = crypto.createHash('sha256');
  for (const f of files.sort()) {
    try {
      hash.update(path.relative(base, f)).update('\0').update(fs.readFileSync(f)).update('\0');
    } catch {
      hash.update(path.relative(base, f)).update('\0unreadable\0');
    }
  }
  return hash.digest('hex');
}

/** Emulator names whose identity a run remembers (documents usually name a handful). */
const MAX_EMULATORS_REMEMBERED = 64;

function listRng(dir: string): string[] {
  try {
    // .json: the version table beside the grammar (schemas/versions) changes results too.
    // A symlinked or special file is refused by the lint itself.
    return filesBelow(dir, (e) => e.isFile() && (e.name.endsWith('.rng') || e.name.endsWith('.json')));
  } catch {
    return []; // a missing schema directory is reported by the lint itself
  }
}

/**
 * Computes result-cache keys: a result is reused only when the document's bytes, the effective
 * configuration, the capability sources, the grammar and virtlint's version are all the same.
 */
export class CacheKeys {
  private readonly grammar = new Map<string, string>();
  private readonly files = new Map<string, string>();
  /** Emulator binaries' identities for the run, by the name a document gives. */
  private readonly emulators = new Map<string, [string, number | null, number | null]>();
  /** The key's text up to the document's own part, per configuration (one frozen object serves many files). */
  private readonly configPart = new WeakMap<EffectiveConfig, string>();

  grammarHash(dir: string | undefined): string {
    const d = dir ?? BUNDLED_SCHEMA_DIR;
    let h = this.grammar.get(d);
    if (h === undefined) {
      const hash = crypto.createHash('sha256');
      for (const f of listRng(d)) {
        let bytes: Uint8Array;
        try {
          bytes = readBoundedRegularFile(f, { maxBytes: MAX_GRAMMAR_FILE_BYTES, followSymlinks: false });
        } catch {
          bytes = new Uint8Array(); // reported by the grammar step; the key still changes with the listing
        }
        hash.update(path.relative(d, f)).update('\0').update(bytes).update('\0');
      }
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
        h = sha256(readBoundedRegularFile(file, { maxBytes: MAX_CAPABILITY_FILE_BYTES, followSymlinks: true }));
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
    for (const f of capsFiles(s.caps)) files[f] = this.fileHash(f);
    let emulator: unknown;
    if (s.probe !== false) {
      // A live probe answers for the binary named in <emulator>: key on its identity (size and mtime).
      const name = /<emulator\s*>\s*([^<]*?)\s*<\/emulator\s*>/.exec(text)?.[1];
      emulator = name ? this.emulatorIdentity(name) : null;
    }
    return { files, emulator };
  }

  /** A binary's name, size and mtime, looked at once per run (as capability files are hashed once): a batch names a few emulators many times. */
  private emulatorIdentity(name: string): [string, number | null, number | null] {
    let id = this.emulators.get(name);
    if (id === undefined) {
      let st: fs.Stats | undefined;
      try {
        // No exception for the usual ENOENT (a document's emulator need not exist here): building one costs more than the stat.
        st = fs.statSync(name, { throwIfNoEntry: false });
      } catch {
        st = undefined; // ENOTDIR, ENAMETOOLONG, EACCES…: the path from a document is whatever it says
      }
      id = [name, st?.size ?? null, st?.mtimeMs ?? null];
      // Bounded: a run of documents that each name another path keeps the first ones only.
      if (this.emulators.size < MAX_EMULATORS_REMEMBERED) this.emulators.set(name, id);
    }
    return id;
  }

  /**
   * `contentHash`: sha256 of the document's bytes (the cache entry keeps it too: computed once). The
   * key hashes the JSON of [version, code, grammar, rules, settings, plugin rules, capability sources,
   * extra, contentHash]; its first six parts depend on the configuration alone and are serialised once
   * for it (the rules and settings were most of a key's cost, paid twice a file by a run that counts its misses).
   */
  keyFor(contentHash: string, text: string, config: EffectiveConfig, extra: unknown): string {
    let head = this.configPart.get(config);
    if (head === undefined) {
      const whole = JSON.stringify([
        VERSION,
        codeHash(),
        this.grammarHash(config.settings.schemas),
        config.rules,
        config.settings,
        // Plugin rules are part of what a result depends on (null for the built-in rules alone).
        config.ruleSet ? ruleSetFingerprint(config.ruleSet) : null,
      ]);
      head = whole.slice(0, -1); // without the closing bracket: the document's parts follow
      this.configPart.set(config, head);
    }
    return sha256(`${head},${JSON.stringify(this.capabilitySources(config, text))},${JSON.stringify(extra) ?? 'null'},${JSON.stringify(contentHash)}]`);
  }
}
