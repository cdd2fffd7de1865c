// bin/code-cache.js
import crypto2 from "node:crypto";
import fs3 from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path3 from "node:path";
import vm from "node:vm";

// dist/src/private-cache.js
import crypto from "node:crypto";
import fs2 from "node:fs";
import path2 from "node:path";

// dist/src/make-directories.js
import fs from "node:fs";
import path from "node:path";
function makeDirectories(dir, mode) {
  const missing = [];
  for (let cur = path.resolve(dir); !fs.existsSync(cur); cur = path.dirname(cur)) {
    missing.push(cur);
    if (path.dirname(cur) === cur)
      break;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d, mode === void 0 ? {} : { mode });
    } catch (e) {
      if (e.code !== "EEXIST")
        throw e;
    }
  }
}

// dist/src/private-cache.js
var ownOnly = (st) => (typeof process.getuid !== "function" || st.uid === process.getuid()) && (st.mode & 18) === 0;
function isPrivateDirectory(dir) {
  const st = fs2.lstatSync(dir, { throwIfNoEntry: false });
  return st !== void 0 && st.isDirectory() && ownOnly(st);
}
function readPrivateCacheFile(file, maxBytes) {
  try {
    if (!isPrivateDirectory(path2.dirname(file)))
      return void 0;
    const fd = fs2.openSync(file, fs2.constants.O_RDONLY | fs2.constants.O_NOFOLLOW | fs2.constants.O_NONBLOCK);
    try {
      const st = fs2.fstatSync(fd);
      if (!st.isFile() || !ownOnly(st) || st.size > maxBytes)
        return void 0;
      const buf = Buffer.allocUnsafe(st.size);
      let off = 0;
      while (off < st.size) {
        const n = fs2.readSync(fd, buf, off, st.size - off, off);
        if (n === 0)
          break;
        off += n;
      }
      return off === st.size ? buf : void 0;
    } finally {
      fs2.closeSync(fd);
    }
  } catch {
    return void 0;
  }
}
function writePrivateCacheFile(file, data) {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  try {
    makeDirectories(path2.dirname(file), 448);
    if (!isPrivateDirectory(path2.dirname(file)))
      return false;
    fs2.writeFileSync(tmp, data, { mode: 384, flag: "wx" });
    fs2.renameSync(tmp, file);
    return true;
  } catch {
    try {
      fs2.rmSync(tmp, { force: true });
    } catch {
    }
    return false;
  }
}

// bin/code-cache.js
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
var PREFIX = "cli-";
var MAX_ENTRIES = 4;
function codeCacheDir(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  return path3.join(xdg && path3.isAbsolute(xdg) ? xdg : path3.join(os.homedir(), ".cache"), "virtlint", "code");
}
var DIGEST_BYTES = 32;
var digest = (data) => crypto2.createHash("sha256").update(data).digest();
function cacheName(bundle, st, v8Flags) {
  const key = [st.size, st.mtimeMs, st.ino, process.version, process.arch, process.execArgv.join(" "), v8Flags].join("\0");
  return `${PREFIX}${crypto2.createHash("sha256").update(key).digest("hex").slice(0, 32)}.bin`;
}
function readCodeCache(dir, name) {
  const buf = readPrivateCacheFile(path3.join(dir, name), MAX_CACHE_BYTES);
  if (!buf || buf.length < DIGEST_BYTES) return void 0;
  const data = buf.subarray(DIGEST_BYTES);
  return digest(data).equals(buf.subarray(0, DIGEST_BYTES)) ? data : void 0;
}
function writeCodeCache(dir, name, data) {
  if (!writePrivateCacheFile(path3.join(dir, name), Buffer.concat([digest(data), data]))) return false;
  try {
    const entries = fs3.readdirSync(dir).filter((f) => f.startsWith(PREFIX) && f.endsWith(".bin")).map((f) => ({ f, t: fs3.lstatSync(path3.join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(MAX_ENTRIES)) if (f !== name) fs3.rmSync(path3.join(dir, f), { force: true });
  } catch {
  }
  return true;
}
function loadWithCodeCache(bundle, env = process.env, v8Flags = "") {
  const st = fs3.statSync(bundle);
  let dir;
  try {
    dir = env.VIRTLINT_CODE_CACHE === "0" ? void 0 : codeCacheDir(env);
  } catch {
    dir = void 0;
  }
  const name = cacheName(bundle, st, v8Flags);
  const cachedData = dir === void 0 ? void 0 : readCodeCache(dir, name);
  const source = fs3.readFileSync(bundle, "latin1");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __virtlintImport) {${source}
})`, {
    filename: bundle,
    ...cachedData ? { cachedData } : {}
  });
  const module = { exports: {} };
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path3.dirname(bundle), importModule);
  const fresh = !cachedData || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    cacheHit: !fresh,
    save: () => fresh && dir !== void 0 ? writeCodeCache(dir, name, script.createCachedData()) : false
  };
}
export {
  codeCacheDir,
  loadWithCodeCache,
  readCodeCache,
  writeCodeCache
};
