#!/usr/bin/env node
// The `pagedump` command: a thin launcher for the bundled CLI (built by `node esbuild.js`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
	process.stderr.write('pagedump: the CLI is not built yet; run `npm install` or `node esbuild.js` in ' + path.dirname(__dirname) + '\n');
	process.exit(2);
}
require(bundle).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
