// Unmarked rail: on a spread-out page of long prose, a small class group of bare links is a menu, not a feed (kinds/unmarkedRail.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { detectKind } from '../../src/core/extract/kinds/detect';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

/** A menu column of bare links under an opaque class word; `mark` adds a line to each column (a date, a byline). */
const column = (i: number, mark: string): string =>
	`::: {.qzx}\n[Column ${i}](/c/${i})\n\n- [Topic ${i}a](/t/${i}a)\n- [Topic ${i}b](/t/${i}b)\n${mark ? `\n${mark}\n` : ''}:::\n`;
const menu = (mark: string): string => Array.from({ length: 6 }, (_, i) => column(i + 1, mark)).join('\n');
const LONG =
	'Our team plans each garden with the owner, walking the plot at dawn and at dusk to see where the light falls, where water gathers after rain and which corners the wind reaches in winter.';
const prose = (n: number): string => Array.from({ length: n }, (_, i) => `${LONG} Visit ${i + 1} of the season.`).join('\n\n');
/** A landing page of a fictional garden studio: the menu, then its prose (`paragraphs` long paragraphs). */
const page = (mark: string, paragraphs: number): string => `::: {.wv}\n${menu(mark)}\n:::\n\n# Garden design at Example Studio\n\n${prose(paragraphs)}\n`;

function detect(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	const whole = wholePage(index);
	// The article pipeline's container is one short paragraph: the page is spread over the rest (kinds/coverage.ts).
	const first = whole.blocks.find((b) => b.kind === 'paragraph' && b.content.length > 0);
	assert.ok(first);
	const article: Attempt = { region: ROOT, regionScore: 0, blocks: [first], removed: [], chars: 20 };
	const k = detectKind(index, pageSignals(index), article, whole);
	return `${k.kind}: ${k.signal.replace(/[\d.]+$/, 'N')}`;
}

suite('Unmarked rail', () => {
	test('a spread-out page of long prose whose only cards are a menu of bare links is a landing page', () => {
		assert.strictEqual(detect(page('', 20)), 'service: article coverage N');
	});

	test('cards that carry a date or a byline stay a feed; a page of little prose keeps its cards', () => {
		assert.strictEqual(detect(page('March 3, 2024', 20)), 'listing: cards N');
		assert.strictEqual(detect(page('By Ann Example', 20)), 'listing: cards N');
		assert.strictEqual(detect(page('', 2)), 'listing: cards N');
	});
});
