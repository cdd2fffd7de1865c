#!/usr/bin/env node
// The virtlint language server over stdio (editors start it as `virtlint-lsp --stdio`).
import { startServer } from '../dist/src/lsp/main.js';

startServer(process.argv.slice(2));
