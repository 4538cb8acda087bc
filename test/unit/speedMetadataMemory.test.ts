// Issues 11 and 13: the metadata read's lighter shapes (32-bit measures, no kept region text, bounded title candidates) answer as before.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { findDates } from '../../src/core/extract/dates';
import { blockText, withTextCache } from '../../src/core/extract/inlineText';
import { extractMetadata } from '../../src/core/extract/metadata';
import { nodeMeasures } from '../../src/core/extract/metadata/nodeMeasures';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import { countWordMatches } from '../../src/core/text/wordCount';

/** Pieces of synthetic dumps: paragraphs, headings, spans, links, images, divs and lists, with words in several scripts. */
const PIECES = [
	'Jane', 'wrote', 'l’homme', "it's", ' ', '2024', 'Ünïcödé', '日本語', '[span]{.byline}', '[a link](/author/x)', '![alt](data:image/png;base64,AAAA)',
	'![pic](/p.png){.lead}', '**bold**', '`code`', '·',
];
const LINE = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }).map((xs) => xs.join(''));
const BLOCK = fc.tuple(fc.constantFrom('', '# ', '## ', '- ', '> '), LINE).map(([lead, l]) => `${lead}${l}\n`);
const DUMP = fc
	.tuple(fc.array(BLOCK, { minLength: 1, maxLength: 8 }), fc.constantFrom('', 'author', 'post-date'))
	.map(([blocks, cls]) => (cls ? `::: {.${cls}}\n${blocks.join('\n')}\n:::\n` : blocks.join('\n')));

suite('speed and memory: the metadata read (issues 11 and 13)', () => {
	test('the measures give each node\'s start and each paragraph\'s or heading\'s word count', () => {
		fc.assert(
			fc.property(DUMP, (dump) =>
				withTextCache(() => {
					const s = new MetadataScan(parseDump(dump), {});
					const m = nodeMeasures(s);
					for (const [i, n] of s.nodes.entries()) {
						assert.equal(m.start(i), n.range.start);
						const k = n.block?.kind;
						assert.equal(m.textWords(i), k === 'paragraph' || k === 'heading' ? countWordMatches(s.textOf(n)) : 0);
					}
				}),
			),
			{ numRuns: 200 },
		);
	});

	test('the start of the region\'s text and its word count are those of its blocks\' texts joined by new lines', () => {
		fc.assert(
			fc.property(DUMP, fc.integer({ min: 0, max: 120 }), (dump, chars) =>
				withTextCache(() => {
					const doc = parseDump(dump);
					const joined = doc.blocks.map((b) => blockText(b)).join('\n');
					assert.equal(new MetadataScan(doc, {}).regionTextStart(chars), joined.slice(0, chars));
					assert.equal(extractMetadata(doc, { blocks: doc.blocks }).wordCount?.value, countWordMatches(joined));
				}),
			),
			{ numRuns: 200 },
		);
	});

	test('a traced read still hands every title candidate to the trace; an untraced one chooses the same title', () => {
		const doc = parseDump('# The Headline\n\nBy Jane Doe\n\n## First section\n\nText.\n\n## Second section\n\nMore text.\n');
		const titles: unknown[] = [];
		const traced = extractMetadata(doc, { trace: (field, cs) => void (field === 'title' && titles.push(...cs.map((c) => c.value))) });
		assert.deepEqual(titles, ['The Headline', 'First section', 'Second section']);
		assert.equal(extractMetadata(doc, {}).title?.value, traced.title?.value);
		assert.equal(traced.title?.value, 'The Headline');
	});

	test('a page of thousands of headings is titled by its h1, the candidates read only up to their bound', () => {
		const doc = parseDump(`# The Page\n\nIntro words here.\n\n${'## Section\n\nSome words of prose.\n\n'.repeat(5000)}`);
		const titles: unknown[] = [];
		const m = extractMetadata(doc, { trace: (field, cs) => void (field === 'title' && titles.push(...cs)) });
		assert.equal(m.title?.value, 'The Page');
		assert.ok(titles.length < 5000, `${titles.length} candidates`);
	});

	test('findDates: a text without a four-digit year has no date; each kind of date still reads with its time', () => {
		for (const t of ['5 min read', 'Updated 10:30 AM', '12/05 at 14:30', 'May 10 at 8 PM', '2 comments · 3 shares', '10.05.21']) assert.deepEqual(findDates(t), []);
		assert.deepEqual(
			findDates('May 10 2021 at 08:00 AM · 10. Mai 2021 · 2021年5月10日 · 2021-05-10T08:00Z · 10.05.2021').map((d) => d.iso),
			['2021-05-10T08:00', '2021-05-10', '2021-05-10', '2021-05-10T08:00Z', '2021-05-10'],
		);
	});
});
