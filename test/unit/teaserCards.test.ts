// Teaser cards: a run of blog teasers with bylines or reading times leaves a service page, with its label; the service's own sections and dated offers stay.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropTeaserCards, isCardMetaLine } from '../../src/core/extract/heuristics/teaserCards';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { extractDumpText, KIND_FIXTURES } from '../util/kindFixtures';

const POSTS = [
	['Why copper pipes still win', 'Plastic is cheaper, but copper lasts longer in hard water and survives a frost better than most people expect.'],
	['Five signs your boiler is tired', 'Kettling noises, a pilot light that keeps going out and a pressure gauge that drops overnight all mean a visit.'],
	['What a drain survey shows', 'A camera down the drain finds roots, cracks and old grease long before the kitchen sink starts to back up.'],
];

/** A "From our blog" band: each card a linked title, a snippet and a date with a byline (or a reading time). */
function blogBand(meta: (i: number) => string, count = POSTS.length): string {
	const cards = POSTS.slice(0, count).map(([title, snippet], i) => [
		'::: {.card}',
		`### [${title}](/blog/${i})`,
		'',
		snippet,
		'',
		meta(i),
		'',
		':::',
		'',
	].join('\n'));
	return ['::: {.blog}', '## From our blog', '', ...cards, ':::', ''].join('\n');
}

/** The same band as the pipeline hands it to the strategy: its containers flattened to their blocks. */
function flat(dump: string): string {
	return dump.replace(/^:::.*\n/gm, '');
}

/** The plumber's landing page of test/fixtures/kinds/landing-sections.txt with a band before its call to action. */
function servicePage(band: string): string {
	const page = fs.readFileSync(path.join(KIND_FIXTURES, 'landing-sections.txt'), 'utf8');
	const at = page.indexOf('::: {.cta-block}');
	assert.ok(at > 0);
	return page.slice(0, at) + band + page.slice(at);
}

function keptTexts(dump: string): string[] {
	return dropTeaserCards(parseDump(dump).blocks, []).map((b) => collapse(blockText(b)));
}

suite('Teaser cards', () => {
	test('bylines and reading times with a date are card lines; deadlines, ranges, stamps and dates alone are not', () => {
		for (const line of ['11/19/2025 | By Jerra Toms', '6 min read', 'Written by Kyle Bonds on August 7, 2025', 'By Ana Ruiz · 12 March 2025', '4 minute read']) {
			assert.ok(isCardMetaLine(line), line);
		}
		for (const line of ['BOOK: By Dec 31, 2025', 'Travel through Mar 31, 2026', '1/27/2026 - 3/24/2026', 'Member since February 16, 2016', 'December 5, 2025', 'Open every day by appointment', 'Our crew has read 6 min of every manual before it sets off on a job in the valley, and always by June 2, 2025 at the latest.']) {
			assert.ok(!isCardMetaLine(line), line);
		}
	});

	test('a run of three dated cards goes from its label to its last card; what follows stays', () => {
		const dump = flat(['## How it works', '', 'We come within the hour.', '', blogBand((i) => `0${i + 1}/05/2025 \\| By Ana Ruiz`), '## Opening hours', '', 'Day and night.', ''].join('\n'));
		assert.deepEqual(keptTexts(dump), ['How it works', 'We come within the hour.', 'Opening hours', 'Day and night.']);
	});

	test('two cards are not a run, and cards dated alone stay', () => {
		assert.ok(keptTexts(flat(blogBand((i) => `${i + 3} min read`, 2))).includes(POSTS[0][1]));
		assert.ok(keptTexts(flat(blogBand((i) => `March ${i + 4}, 2025`))).includes(POSTS[2][1]));
		assert.ok(!keptTexts(flat(blogBand((i) => `${i + 3} min read`))).includes(POSTS[0][1]));
	});

	test('a service page loses its blog teasers and keeps its sections', () => {
		const { text, kind } = extractDumpText(servicePage(blogBand((i) => `${i + 3} min read`)));
		assert.equal(kind, 'service');
		assert.match(text, /Our engineers repair leaking/);
		assert.match(text, /Worth every penny/);
		for (const [title, snippet] of POSTS) {
			assert.ok(!text.includes(title), title);
			assert.ok(!text.includes(snippet), snippet);
		}
		assert.doesNotMatch(text, /From our blog|min read/);
	});
});
