// `META_CACHE=F node out/scripts/metaForceKind.js KIND`: `metaTune.js cache` with every tuning page extracted as KIND, so that `metaTune.js score` shows what metadata a misdetected page would get.
import * as path from 'node:path';

/*
 * Why: held-out metadata reports far more authors and dates where the truth has none (session 21: author 0.046,
 * published 0.056) than the tuning part does (0.006, 0.022), and held-out kind detection is much worse on shop and
 * listing pages. The kind policy (`metadata/kindPolicy.ts`) only guards pages detected as listings, products and the
 * like, so forcing `article` on the tuning part is the cheapest proxy for those held-out pages: it shows which rules
 * report values on listings and products once the detector misses them (session 22, note meta12d).
 *
 * Workflow:
 * 1. Replaces the compiled `detectKind` export (as `eval.js` does for `EVAL_FORCE_KIND`), which `extractArticle` reads at each call.
 * 2. Runs `metaTune.js cache`: regions and kinds of every tuning page, extracted as KIND, written to `META_CACHE`.
 * 3. Then score as usual: `META_CACHE=F KINDS=1 node out/scripts/metaTune.js score [field]`.
 */
function main(): void {
	const kind = process.argv[2] ?? 'article';
	if (!/^[a-z]+$/.test(kind)) throw new Error(`a page kind, not ${kind}`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const detect = require(path.join(__dirname, '..', 'src', 'core', 'extract', 'kinds', 'detect')) as { detectKind: (...a: unknown[]) => unknown };
	detect.detectKind = () => ({ kind, signal: 'forced (metaForceKind)', confidence: 1 });
	process.argv = [process.argv[0], path.join(__dirname, 'metaTune.js'), 'cache'];
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	require(path.join(__dirname, 'metaTune'));
}

main();
