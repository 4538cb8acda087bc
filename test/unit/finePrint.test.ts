// Fine print: a lone "Disclaimers" or "Footnotes" label and the small print under it go; the sections around it stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropFinePrint, isFinePrintLabel } from '../../src/core/extract/heuristics/finePrint';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';

/** A paragraph of prose long enough to weigh on a page. */
const PROSE = 'Our platform sends your newsletters on time and tells you which of your readers opened them and clicked.';

/** The texts of the blocks dropFinePrint keeps of a dump, and what it recorded as removed. */
function kept(dump: string): { texts: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const texts = dropFinePrint(parseDump(dump).blocks, removed).map((b) => collapse(blockText(b)));
	return { texts, removed };
}

/** The first block of a one-block dump. */
function firstBlock(dump: string) {
	const b = parseDump(dump).blocks[0];
	assert.ok(b, `no block in ${dump}`);
	return b;
}

suite('Fine print (disclaimers and footnotes under a lone label)', () => {
	test('a bold "*Disclaimers" label goes with its numbered notes, up to the next heading', () => {
		const dump = [
			'## Email that sells',
			PROSE,
			'**\\*Disclaimers**',
			'1.  **#1 email platform:** Based on publicly available data on the number of customers.\n2.  Up to 30x ROI for shops on the Standard plan.',
			'Offer valid for new accounts only.',
			'## Support when you need it',
			PROSE,
		].join('\n\n');
		const { texts, removed } = kept(dump);
		assert.deepStrictEqual(texts, ['Email that sells', PROSE, 'Support when you need it', PROSE]);
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'fine-print');
		assert.strictEqual(removed[0].signal, '*Disclaimers');
	});

	test('a "Footnotes" heading at the end takes the rest of the blocks with it', () => {
		const { texts } = kept(['# Pricing', PROSE, '### Footnotes', '1.  Billed annually.', 'Taxes not included.'].join('\n\n'));
		assert.deepStrictEqual(texts, ['Pricing', PROSE]);
	});

	test('labels: the word alone is a label; a heading that names something, or a note that goes on, is not', () => {
		for (const label of ['Disclaimer', 'Disclaimers:', 'FOOTNOTES', 'Legal disclaimer', '**Fine print**', '## Footnote']) {
			assert.ok(isFinePrintLabel(firstBlock(label)), label);
		}
		for (const text of [
			'## Disclaimer for our tax calculator',
			'Disclaimer: the figures on this page are estimates and are not financial advice for your situation.',
			'## Disclaimers we removed from our contracts this year',
			'1.  Disclaimer',
		]) {
			assert.ok(!isFinePrintLabel(firstBlock(text)), text);
		}
	});

	test('a label that opens the text is a note marker, not small print after the content: kept', () => {
		const { texts } = kept(['Footnote', PROSE, '## Rates', PROSE].join('\n\n'));
		assert.deepStrictEqual(texts, ['Footnote', PROSE, 'Rates', PROSE]);
	});

	test('a page without a label keeps every block, as the same array', () => {
		const blocks = parseDump(['## Our services', PROSE, '## Contact', PROSE].join('\n\n')).blocks;
		assert.strictEqual(dropFinePrint(blocks, []), blocks);
	});
});
