// Cleaned away (kinds/cleanedAway.ts): a container whose cleaning dropped most of its plain sections is a landing page read whole, once.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { dropRepeatedBlocks, MAX_REPEATED_CHARS } from '../../src/core/extract/heuristics/repeatedBlocks';
import { isCleanedAway, MAX_KEPT_SHARE } from '../../src/core/extract/kinds/cleanedAway';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { articleAttempt } from '../../src/core/extract/sieve';
import { extractFixture, KIND_FIXTURES } from '../util/kindFixtures';

/** Whether the article attempt of a dump lost most of its container to cleaning. */
function cleanedAway(dump: string): boolean {
	const index = new BlockIndex(parseDump(dump));
	return isCleanedAway(articleAttempt(index), wholePage(index));
}

function fixture(name: string): string {
	return fs.readFileSync(path.join(KIND_FIXTURES, name), 'utf8');
}

suite('Cleaned away', () => {
	test('a landing page whose wrapper lost its feature tiles and bands to cleaning is read whole', () => {
		assert.strictEqual(cleanedAway(fixture('landing-cleaned-away.txt')), true);
		const { text, kind } = extractFixture('landing-cleaned-away.txt');
		assert.strictEqual(kind, 'service');
		for (const kept of ['Ledgerline keeps the books', 'Monthly accounts', 'Payslips, pension contributions', 'How we work with you', 'Payroll used to eat']) {
			assert.ok(text.includes(kept), `lost ${kept}`);
		}
		for (const dropped of ['Pricing', 'Registered in England', 'Learn more']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});

	test('a landing page read whole keeps one copy of a long paragraph its slider repeats', () => {
		const { text } = extractFixture('landing-cleaned-away.txt');
		assert.strictEqual(text.split('Payroll used to eat').length - 1, 1);
	});

	test('long repeated paragraphs are dropped only when the caller lifts the cap', () => {
		const long = 'A long paragraph that a carousel prints twice, once for the slide and once for its clone, and that runs well past the cap on the length of a repeated line.';
		const blocks = parseDump(`${long}\n\n${long}\n`).blocks.filter((b) => b.kind === 'paragraph');
		assert.ok(long.length > MAX_REPEATED_CHARS);
		assert.strictEqual(dropRepeatedBlocks(blocks, []).length, 2);
		assert.strictEqual(dropRepeatedBlocks(blocks, [], undefined, Infinity).length, 1);
	});

	test('an article whose cleaning dropped only links and comments keeps its container', () => {
		for (const name of ['article-with-comments.txt', 'article-beside-links.txt']) assert.strictEqual(cleanedAway(fixture(name)), false, name);
	});

	test('a container whose dropped text is mostly links (teasers, link lists) is not a page of sections', () => {
		const long = 'The council agreed the budget after a long debate about the cost of the new library, the state of the roads and the future of the swimming pool.';
		const teasers = Array.from({ length: 6 }, (_, i) => `::: {.promo-item}\n### [Teaser title number ${i + 1} for the story](/story/${i})\n\n[Read the story about item ${i + 1}](/story/${i})\n:::`);
		const dump = ['::: {.main-content}', '# The budget', '', '::: {.story-top}', long, '', long, ':::', '', ...teasers, '', '::: {.story-end}', long, '', long, ':::', ':::', ''].join('\n');
		const index = new BlockIndex(parseDump(dump));
		const article = articleAttempt(index);
		// The container is the wrapper, and its cleaning dropped the teasers: the link cap alone keeps it.
		assert.ok(article.region !== 'root' && article.region.attrs.classes.includes('main-content'));
		assert.ok(article.chars < wholePage(index).chars * MAX_KEPT_SHARE);
		assert.strictEqual(isCleanedAway(article, wholePage(index)), false);
	});
});
