/** The language server's lint thread (see lint-runner.ts): lints one document at a time. */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { LintOptionsFactory } from '../config/lint-options.js';
import { loadConfigFile } from '../config/load.js';
import { lintText, type LintOptions } from '../linter/lint.js';
import type { Rule } from '../rule.js';
import type { WorkerReply, WorkerRequest } from './lint-runner.js';

const port = parentPort;
if (!port) throw new Error('lint-worker.js must run in a worker thread');

let epoch = -1;
let factories = new Map<string, LintOptionsFactory>();
let pluginRuleSets = new Map<string, Promise<readonly Rule[] | undefined>>();

/**
 * A lint allocates several megabytes, and the document's tree and model are alive while it runs: a
 * young-generation collection that falls inside a lint copies them (and promotes them, which later
 * costs a full collection), and was most of the slowest re-lints (p95 about three times p50). One
 * collection right after each lint, once the reply is sent, finds nearly everything dead (~1 ms, off
 * the editor's path) and leaves the next lint a young generation with room for all it allocates.
 * `gc` comes from a fresh context after --expose-gc (flags set now reach only new contexts).
 */
const collectYoung: (() => void) | undefined = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as (o: { type: string }) => void)({ type: 'minor' }) : undefined;
  } catch {
    return undefined;
  }
})();

/** Capability resolvers (and the files they read) are kept per settings epoch: a reload starts afresh. */
function factoryFor(request: WorkerRequest): LintOptionsFactory {
  if (request.epoch !== epoch) {
    epoch = request.epoch;
    factories = new Map();
    pluginRuleSets = new Map();
  }
  const { maxDepth, namedCapsFile } = request.job;
  const key = JSON.stringify([maxDepth ?? null, namedCapsFile ?? null]);
  let f = factories.get(key);
  if (!f) {
    f = new LintOptionsFactory({ ...(maxDepth ? { maxDepth } : {}), ...(namedCapsFile ? { namedCapsFile } : {}) });
    factories.set(key, f);
  }
  return f;
}

/** The rule set of a configuration that loads plugins (imported once per settings epoch). */
function pluginRuleSetOf(configFile: string): Promise<readonly Rule[] | undefined> {
  let set = pluginRuleSets.get(configFile);
  if (!set) {
    set = loadConfigFile(configFile).then((c) => c.ruleSet);
    pluginRuleSets.set(configFile, set);
  }
  return set;
}

port.on('message', (request: WorkerRequest) => {
  void (async () => {
    const { job } = request;
    let options: LintOptions;
    let problem: string | undefined;
    try {
      options = factoryFor(request).for(job.config, job.filePath);
    } catch (e) {
      // An unreadable capabilities file or a missing grammar directory: lint without them and say why.
      problem = (e as Error).message;
      options = { filePath: job.filePath, rules: job.config.rules, ...(job.maxDepth ? { maxDepth: job.maxDepth } : {}) };
    }
    try {
      if (job.pluginConfigFile) {
        const ruleSet = await pluginRuleSetOf(job.pluginConfigFile);
        if (ruleSet) options = { ...options, ruleSet };
      }
      const result = await lintText(job.text, options);
      port.postMessage({ id: request.id, result: { ...result, source: undefined }, ...(problem ? { problem } : {}) } satisfies WorkerReply);
    } catch (e) {
      port.postMessage({ id: request.id, error: (e as Error).message } satisfies WorkerReply);
    }
    // After messages already waiting (a newer version of the document) have been taken.
    if (collectYoung) setImmediate(collectYoung);
  })();
});
