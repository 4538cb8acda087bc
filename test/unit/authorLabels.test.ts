// Author labels (heuristics/authorLabels.ts): an "About the Author" label goes with the bio or author box under it; the article stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropAuthorLabels, isAuthorLabel, isBioParagraph } from '../../src/core/extract/heuristics/authorLabels';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const BODY = [
	'Index funds hold every stock of a market index, so their returns follow the market closely and their yearly fees stay low, often under a tenth of a percent.',
	'',
	'Buying one each month, whatever the price, spreads the purchases over good and bad markets and takes the guesswork out of timing.',
	'',
	'Over decades the fees matter more than most investors expect: a one percent fee can take a quarter of the final balance.',
];

const first = (dump: string) => parseDump(dump).blocks[0];

suite('Author labels', () => {
	test('a labelled author box in the middle of the read goes whole; the article stays', () => {
		const dump = dumpLines(
			'::: {.article-body}',
			'# How index funds work',
			'',
			...BODY.slice(0, 2),
			'',
			'::: {.author-section}',
			'### About the Author',
			'',
			'::: {.flex}',
			'![Jane Roe](avatar.jpg)',
			'',
			'::: {.bio}',
			'Jane Roe, CFA, is a contributing markets analyst covering funds and retirement. She taught economics for ten years.',
			':::',
			'',
			'[JaneRoeWrites](/author/12)',
			':::',
			':::',
			'',
			...BODY.slice(2),
			':::',
		);
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(!text.includes('About the Author'), text);
		assert.ok(!text.includes('contributing markets analyst') && !text.includes('JaneRoeWrites'), text);
		assert.ok(text.includes('Index funds hold every stock') && text.includes('one percent fee'), text);
	});

	test('a label followed by article prose goes alone', () => {
		const blocks = parseDump(dumpLines('## About the author', '', BODY[0], '', BODY[2])).blocks;
		const removed: Parameters<typeof dropAuthorLabels>[1] = [];
		const kept = dropAuthorLabels(blocks, removed);
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'author-label');
		assert.strictEqual(kept.length, 2);
	});

	test('a label followed by a bio paragraph takes it', () => {
		const blocks = parseDump(dumpLines('About the Writer:', '', 'Sam Lee has written about personal finance for twelve years.', '', BODY[0])).blocks;
		const kept = dropAuthorLabels(blocks, []);
		assert.strictEqual(kept.length, 1);
	});

	test('labels and bios', () => {
		for (const line of ['About the Author', '## About the authors', 'Meet the writer', 'Author bio', 'ABOUT THE AUTHOR:']) assert.strictEqual(isAuthorLabel(first(line)), true, line);
		for (const line of ['About the author of this study, see below', 'About us', 'Authors and contributors to the index']) assert.strictEqual(isAuthorLabel(first(line)), false, line);
		assert.strictEqual(isBioParagraph(first('Matt Frankel, CFP, is a contributing analyst.')), true);
		assert.strictEqual(isBioParagraph(first(BODY[0])), false);
		assert.strictEqual(isBioParagraph(first('The fund manager said in an interview with the paper that the fund is closed to new money.')), false);
	});
});
