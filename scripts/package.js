// Packages the extension with vsce and prints the .vsix's size and contents, so growth is noticed.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));
const out = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: root, stdio: 'inherit' });
const size = fs.statSync(out).size;
console.log(`\n${path.basename(out)}: ${(size / 1024).toFixed(1)} KB`);
const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
console.log('contents:\n' + listing.split('\n').filter(Boolean).map((l) => '  ' + l).join('\n'));
