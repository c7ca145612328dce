#!/usr/bin/env node
// The published entry: the CLI compiled to JavaScript (npm run build:server-package); no TypeScript loader.
import '../dist/cli.js';
