// Lint: typescript-eslint's recommended rules, a portable core (no vscode or node in src/core), and no unsanitized DOM writes in the webview.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

const CORE_PATHS = [
	{ name: 'vscode', message: 'src/core is pure: the vscode API belongs in src/vscode.' },
	// Exact module names (a pattern `url` would also match the core's own `../url/` folder).
	...['fs', 'path', 'os', 'child_process', 'worker_threads', 'http', 'https', 'crypto', 'url', 'util'].map((name) => ({ name, message: 'src/core is pure: Node.js built-ins belong in src/cli or src/vscode.' })),
];
const CORE_PURE = [
	{ group: ['node:*'], message: 'src/core is pure: Node.js built-ins belong in src/cli or src/vscode.' },
	{ group: ['**/vscode/**', '**/cli/**'], message: 'src/core must not depend on its adapters.' },
];
// The adapters see the core only through its public surface, src/core/index.ts.
const CORE_SURFACE = { group: ['**/core/*', '**/core/**/*', '!**/core/index'], message: 'src/cli and src/vscode import the core only through src/core/index.ts.' };

export default tseslint.config(
	{ ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/fixtures/**', 'test/integration/fixtures/**', '*.js', 'scripts/*.js', 'bin/**'] },
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{
		// A spread argument puts every item on the stack: past ~120,000 (a page's blocks, a table's rows, a folder's files)
		// it throws.
		files: ['src/**/*.ts', 'media/**/*.ts'],
		rules: {
			'no-restricted-syntax': ['error', {
				selector: "CallExpression[callee.property.name=/^(push|unshift|splice|max|min|fromCharCode|fromCodePoint|apply)$/] > SpreadElement",
				message: 'A spread argument throws past ~120,000 items: push in a loop, or use pushAll, maxOf or minOf (src/core/model/pushAll.ts).',
			}],
		},
	},
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: CORE_PURE }],
		},
	},
	{
		// The kernel and extraction sit below outline, diagnose, render and the analysis: nothing of theirs runs up.
		files: ['src/core/{dump,model,text,url,vocab,extract}/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				paths: CORE_PATHS,
				patterns: [...CORE_PURE, { group: ['**/outline/**', '**/diagnose/**', '**/render/**', '**/analysis/**', '**/preview/**'], message: 'The kernel (dump, model, text, url, vocab) and extract must not import the layers above them.' }],
			}],
		},
	},
	{
		files: ['src/cli/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				paths: [{ name: 'vscode', message: 'The CLI runs without VS Code.' }],
				patterns: [CORE_SURFACE],
			}],
		},
	},
	{
		files: ['src/vscode/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [CORE_SURFACE] }],
		},
	},
	{
		files: ['media/**/*.ts'],
		plugins: { 'no-unsanitized': nounsanitized },
		rules: {
			'no-unsanitized/method': 'error',
			'no-unsanitized/property': 'error',
		},
	},
);
