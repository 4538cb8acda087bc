// Forum threads: a link preview card found by its shape (a link-only source line, a heading linking to the same site, a blurb), whatever its class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { linkedHeadingPreviews } from '../../src/core/extract/heuristics/linkedHeadingPreviews';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const QUESTION = 'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start?';
const ANSWER = 'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt. This guide shows how:';
const THANKS = 'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt fixed it for good.';
const BLURB = 'Everything about garden buildings, from bases and walls to roofs, gutters and the best timber treatments for wet climates.';
const AFTER = 'I used the second method they describe, with a batten under the capping, and it has held through two winters now.';

/** A thread whose posts are boxes with opaque class words (no known forum software); `card` goes in the second post. */
function thread(card: string[]): string {
	const post = (i: number, body: string[]): string[] => [`::: {#q${i}x .k7 .z${i}}`, `[gardener${i}](/u/gardener${i}) Mar ${i + 3}, 2025`, '', ...body, ':::', ''];
	return ['# Shed roof leaking at the ridge', '', ...post(1, [QUESTION, '']), ...post(2, [ANSWER, '', ...card, '']), ...post(3, [THANKS, ''])].join('\n');
}

/** A onebox whose class words mean nothing: source line (with its favicon), thumbnail box, title, blurb, an empty box. */
const CARD = [
	'::: w1',
	'![](https://forum.example/favicon.png) [Sheds Weekly](https://www.sheds.example/)',
	':::',
	'',
	'::: w2',
	'![](https://forum.example/thumb.png)',
	':::',
	'',
	'### [Garden buildings: roofs](https://sheds.example/roofs)',
	'',
	BLURB,
	'',
	'::: w3',
	':::',
	'',
	AFTER,
];

function previewTexts(dump: string): string[] {
	const index = new BlockIndex(parseDump(dump));
	const posts = new Set(index.containers.filter((c) => c.attrs.classes.includes('k7')));
	return [...linkedHeadingPreviews(posts)].map((b) => collapse(blockText(b)));
}

suite('Forum link previews by their shape', () => {
	test('a heading that only links to the site a link-only line above names is a card: the title and blurb go, the source line stays', () => {
		assert.deepStrictEqual(previewTexts(thread(CARD)), ['Garden buildings: roofs', BLURB]);
		const { text, kind } = extractDumpText(thread(CARD));
		assert.strictEqual(kind, 'forum');
		for (const p of [QUESTION, ANSWER, THANKS, AFTER, 'Sheds Weekly']) assert.ok(text.includes(p), `lost: ${p.slice(0, 30)}`);
		assert.ok(!text.includes('timber treatments'), 'kept the blurb');
		assert.ok(!text.includes('Garden buildings: roofs'), 'kept the card title');
	});

	test('a linked heading to another site, or without a link-only line above, is the poster\'s', () => {
		const other = CARD.map((l) => l.replace('https://sheds.example/roofs', 'https://roofers.example/ridges'));
		assert.deepStrictEqual(previewTexts(thread(other)), []);
		const prose = ['Here is what I found about it, with a link:', '', '### [Garden buildings: roofs](https://sheds.example/roofs)', '', BLURB];
		assert.deepStrictEqual(previewTexts(thread(prose)), []);
	});

	test('paragraphs running on past the card\'s length are the poster\'s text: only the heading goes', () => {
		const running = ['[Sheds Weekly](https://sheds.example/)', '', '### [Garden buildings: roofs](https://sheds.example/roofs)', '', BLURB, '', AFTER, '', THANKS, '', QUESTION];
		assert.deepStrictEqual(previewTexts(thread(running)), ['Garden buildings: roofs']);
	});
});
