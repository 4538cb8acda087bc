// Builds the bundles: the extension (node, `vscode` external), the webview script (browser), the CLI and its workers (node) and the library (neutral).
'use strict';
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints start and end of each rebuild in the form VS Code's esbuild problem matcher expects. */
const problemMatcherPlugin = {
	name: 'esbuild-problem-matcher',
	setup(build) {
		build.onStart(() => { if (watch) console.log('[watch] build started'); });
		build.onEnd((result) => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
			}
			if (watch) console.log('[watch] build finished');
		});
	},
};

const common = {
	bundle: true,
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	logOverride: { 'import-is-undefined': 'error' },
	plugins: [problemMatcherPlugin],
};

const builds = [
	{ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
	{ ...common, entryPoints: ['src/cli/pagedump.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20' },
	{ ...common, entryPoints: ['src/cli/extractWorker.ts'], outfile: 'dist/extractWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
	{ ...common, entryPoints: ['src/cli/jsonlWorker.ts'], outfile: 'dist/jsonlWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
	// The library (package.json "exports"): the core alone, neutral (no vscode, no node built-ins), as CommonJS and ESM.
	{ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/lib/index.cjs', platform: 'neutral', mainFields: ['module', 'main'], format: 'cjs', target: 'es2022' },
	{ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/lib/index.mjs', platform: 'neutral', mainFields: ['module', 'main'], format: 'esm', target: 'es2022' },
	// The extension host's worker for big documents (src/vscode/backgroundParse.ts): the core only, no vscode.
	{ ...common, entryPoints: ['src/vscode/pipelineWorker.ts'], outfile: 'dist/pipelineWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
	// The review index's worker (src/vscode/review/reviewIndex.ts): stats, hashes and summarizes dumps.
	{ ...common, entryPoints: ['src/vscode/review/indexWorker.ts'], outfile: 'dist/indexWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
	{ ...common, entryPoints: ['media/preview.ts'], outfile: 'dist/media/preview.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

async function main() {
	const contexts = await Promise.all(builds.filter((b) => require('node:fs').existsSync(b.entryPoints[0])).map((b) => esbuild.context(b)));
	if (watch) {
		await Promise.all(contexts.map((c) => c.watch()));
		return;
	}
	await Promise.all(contexts.map((c) => c.rebuild()));
	await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
