#!/usr/bin/env node
// The virtlint language server (editors start it as `virtlint-lsp --stdio`).
import { lspCommand, startServer } from '../dist/src/lsp/main.js';

const args = process.argv.slice(2);
const command = lspCommand(args);
if ('print' in command) process.stdout.write(command.print);
else void startServer(args);
