/** The language server's lint thread (see lint-runner.ts): lints one document at a time. */
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
  })();
});
