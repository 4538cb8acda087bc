// Product prose: a kept region gets back the prose paragraphs its conditional cleaning dropped, and nothing else.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, type Container, ROOT } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { isProseParagraph, withCleanedProse } from '../../src/core/extract/kinds/productProse';
import { dumpLines } from '../util/joinLines';

const NAME = 'Trailhead 2 Stove';
const INTRO = 'A two-burner camp stove that folds flat, with a wind shield on three sides and a piezo igniter on each burner.';
const FEATURE = 'Each burner puts out 10,000 BTU and simmers low enough for a sauce, so one canister cooks a weekend of meals.';

const dump = dumpLines(
	'::: {.product-main}',
	`# ${NAME}`,
	'',
	INTRO,
	'',
	'::: {.scroll-container}',
	FEATURE,
	'',
	'Folds flat',
	'',
	'[Shop stoves](/stoves) [Shop fuel](/fuel) [Shop pots and pans for your next camp trip](/pots).',
	':::',
	':::',
);

const doc = parseDump(dump);
const region = doc.blocks[0] as Container;
const cleaned = region.children.find((b) => b.kind === 'div' || b.kind === 'htmlDiv') as Container;
const texts = (a: Attempt): string[] => a.blocks.map((b) => collapse(blockText(b)));

/** The article's attempt: the region's name and intro, its scroll container dropped by the conditional cleaning. */
function article(step = 'conditional'): Attempt {
	const kept = region.children.filter((b) => b !== cleaned);
	return { region, regionScore: 1, blocks: kept, removed: [{ range: cleaned.range, step, signal: 'negative class weight -25 (scroll-container)' }], chars: 200 };
}
/** The whole page's attempt: every block, none cleaned. */
const page: Attempt = { region: ROOT, regionScore: 0, blocks: [...region.children.filter((b) => b !== cleaned), ...cleaned.children], removed: [], chars: 400 };

suite('Product prose', () => {
	test('a prose paragraph is long, ends as a sentence and is not a run of links', () => {
		const [feature, caption, links] = cleaned.children;
		assert.strictEqual(isProseParagraph(feature), true);
		assert.strictEqual(isProseParagraph(caption), false, 'a short caption');
		assert.strictEqual(isProseParagraph(links), false, 'a row of links ending with a stop');
	});

	test('the prose the conditional cleaning dropped comes back in document order; captions and links do not', () => {
		const back = withCleanedProse(article(), page);
		assert.deepStrictEqual(texts(back), [NAME, INTRO, FEATURE]);
		assert.ok(back.chars > 200);
	});

	test('other removals and the whole page are left as they are', () => {
		const pruned = article('unlikely');
		assert.strictEqual(withCleanedProse(pruned, page), pruned);
		assert.strictEqual(withCleanedProse(page, page), page);
	});
});
