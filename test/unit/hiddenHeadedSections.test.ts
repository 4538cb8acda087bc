// Hidden headed sections: a product page's hidden container that opens with its own section heading ("Excerpt") is read; a hidden dialog is not, nor a hidden block without a heading first.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isHiddenHeadedSection } from '../../src/core/extract/heuristics/hiddenHeadedSections';
import { extractDumpText } from '../util/kindFixtures';

const EXCERPT = 'It is so easy to overestimate the importance of one defining moment and to underestimate the value of small daily gains, the author writes in the opening pages of the first chapter.';
const ABOUT = 'The author writes about the habits of craftspeople, and his weekly letter on patient work reaches readers in forty countries.';

/** A bookshop's product page: name, price and cart, a description, an author section, then the excerpt folded away. */
function bookPage(hidden: string): string {
	return [
		'# Small Gains: A Patient Guide to Daily Work',
		'',
		'4.7 out of 5 stars (2,310)',
		'',
		'\\$14.99',
		'',
		'Add to cart',
		'',
		'Quantity: 1',
		'',
		'## Book description',
		'',
		'A practical guide to building good routines one small step at a time, with worked examples from kitchens, workshops and studios.',
		'',
		'### About the Author',
		'',
		ABOUT,
		'',
		hidden,
		'',
	].join('\n');
}

const section = (attrs: string, first: string): string => `::: {${attrs}}\n${first}\n\n${EXCERPT}\n:::`;

suite('Hidden headed sections', () => {
	test('a hidden container opening with an h2-h6 is a section; with an h1, a paragraph first, or a dialog role it is not', () => {
		const at = (dump: string): boolean => {
			const c = new BlockIndex(parseDump(dump + '\n')).containers[0];
			assert.ok(c);
			return isHiddenHeadedSection(c);
		};
		assert.ok(at(section('.c1 expanded="false" style="display:none"', '### Excerpt. © Reprinted by permission.')));
		assert.ok(at(section('.c2 style="display:none"', '## Learn more about the Ridge 30')));
		assert.ok(!at(section('.c2', '## Learn more about the Ridge 30')), 'not hidden: read anyway');
		assert.ok(!at(section('.c3 style="display:none"', '# Small Gains')), 'an h1 is a name, a copy of the page');
		assert.ok(!at(section('.c4 style="display:none"', 'Excerpt.')), 'no heading first');
		assert.ok(!at(section('.c5 role="dialog" style="display:none"', '### Sign up for our newsletter')), 'a dialog');
	});

	test("a product page reads its folded excerpt; a hidden dialog stays out", () => {
		const folded = extractDumpText(bookPage(section('.c1 expanded="false" style="display:none"', '### Excerpt. © Reprinted by permission.')));
		assert.equal(folded.kind, 'product');
		assert.ok(folded.text.includes(ABOUT));
		assert.ok(folded.text.includes(EXCERPT), folded.text);
		const dialog = extractDumpText(bookPage(section('.c5 role="dialog" aria-hidden="true"', '### Sign up for our newsletter')));
		assert.equal(dialog.kind, 'product');
		assert.ok(!dialog.text.includes(EXCERPT), dialog.text);
	});
});
