/** A ResourceLoader over the file system: `file:` URLs, relative hrefs resolved as URLs. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ResourceLoader } from './api.js';

export function fileResourceLoader(): ResourceLoader {
  return {
    resolve: (base, href) => new URL(href, base).href,
    read: (url) => fs.readFileSync(url.startsWith('file:') ? fileURLToPath(url) : url, 'utf8'),
  };
}
