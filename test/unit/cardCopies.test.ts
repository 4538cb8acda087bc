// Card copies: a feed whose cards print their teaser twice is read with one copy per card, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { MIN_CARD_COPY_CHARS, withoutCardCopies } from '../../src/core/extract/kinds/cardCopies';
import { articleAttempt } from '../../src/core/extract/sieve';
import { extractDumpText } from '../util/kindFixtures';

const SUMMARY = (i: number): string =>
	`Volunteers of the river society counted the herons by the weir on walk ${i + 1}, cleared two fallen willows and wrote up the water levels for the spring report.`;

/** A video card of a playlist: its title, and its summary once in the card's body and once in its caption. */
function card(i: number, caption = SUMMARY(i), badge = ''): string {
	return (
		`::: playlist-item\n::: item-body\n::: item-title\nThe heron walk, part ${i + 1}\n:::\n\n::: item-description\n${SUMMARY(i)}\n:::\n${badge}:::\n\n` +
		`::: item-info\n::: item-info-description\n${caption}\n:::\n${badge}:::\n:::\n`
	);
}

function playlist(n: number, make: (i: number) => string = (i) => card(i)): string {
	const cards = Array.from({ length: n }, (_, i) => make(i)).join('\n');
	return `::: site-header\n-   [Home](/)\n-   [Videos](/videos)\n:::\n\n::: playlist\n## Heron walks\n\n${cards}\n:::\n\n::: site-footer\nCopyright the river society.\n:::\n`;
}

function count(text: string, what: string): number {
	return text.split(what).length - 1;
}

function kept(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	return withoutCardCopies(index, articleAttempt(index))
		.blocks.map((b) => collapse(blockText(b)))
		.join('\n');
}

suite('Card copies', () => {
	test('the article pipeline alone keeps both copies of every summary (the case the heuristic is for)', () => {
		const index = new BlockIndex(parseDump(playlist(4)));
		const text = articleAttempt(index).blocks.map((b) => collapse(blockText(b))).join('\n');
		assert.strictEqual(count(text, 'on walk 2,'), 2, text);
	});

	test('each card keeps its title and one copy of its summary, in source order', () => {
		const text = kept(playlist(4));
		for (let i = 0; i < 4; i++) {
			assert.strictEqual(count(text, `on walk ${i + 1},`), 1, text);
			assert.ok(text.indexOf(`part ${i + 1}`) < text.indexOf(`on walk ${i + 1},`), text);
		}
	});

	test('the extracted page reads each summary once', () => {
		const { text } = extractDumpText(playlist(4));
		assert.strictEqual(count(text, 'on walk 3,'), 1, text);
		assert.ok(text.includes('The heron walk, part 3'), text);
	});

	test('a summary that differs from the first copy is kept', () => {
		const text = kept(playlist(4, (i) => card(i, `${SUMMARY(i)} The next walk starts at the lock keeper's cottage.`)));
		assert.ok(text.includes("lock keeper's cottage"), text);
	});

	test(`short lines (at most ${MIN_CARD_COPY_CHARS} characters) that repeat inside a card stay: a badge is the item's own`, () => {
		const text = kept(playlist(4, (i) => card(i, SUMMARY(i), '\n::: badge\nWinner of the spring count\n:::\n')));
		assert.strictEqual(count(text, 'Winner of the spring count'), 8, text);
	});

	test('the same summary in two different cards stays in both', () => {
		const text = kept(playlist(4, (i) => card(i, SUMMARY(i === 1 ? 0 : i))));
		assert.strictEqual(count(text, 'on walk 1,'), 2, text);
	});

	test('two cards are not a grid: the attempt is returned as it is', () => {
		const index = new BlockIndex(parseDump(playlist(2)));
		const a = articleAttempt(index);
		assert.strictEqual(withoutCardCopies(index, a), a);
	});
});
