// Teaser cards found by the shape of their blocks where no class word lines them up (kinds/cardGroup.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { MIN_SHAPE_CARDS, SHAPE_CARDS_SIGNATURE, shapeCards } from '../../src/core/extract/kinds/cardGroup';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { dumpLines } from '../util/joinLines';

const TOPICS = ['harbour', 'library', 'market', 'bridge', 'school', 'museum', 'park', 'station', 'theatre', 'river'];

/**
 * An event guide's cards, each box with a class of its own (hashed utility classes): a linked picture, an unlinked title,
 * a one-line blurb and a "Details" link; `shape` writes card i otherwise when it returns a text.
 */
function guide(n: number, shape?: (i: number) => string | undefined): string {
	const cards = Array.from({ length: n }, (_, i) => {
		const t = TOPICS[i % TOPICS.length];
		return (
			shape?.(i) ??
			dumpLines(
				`::: {.k${i}a .k${i}b}`,
				`[![](/img/${t}.jpg)](/events/${t}-${i})`,
				'',
				`### Open day at the ${t}, week ${i + 1}`,
				'',
				`Guided walks, a talk and tea at the ${t}.`,
				'',
				`[Details](/events/${t}-${i})`,
				':::',
				'',
			)
		);
	});
	return dumpLines(
		'::: {.m1}',
		'-   [Home](/)',
		'-   [Events](/events)',
		'-   [About](/about)',
		':::',
		'',
		'::: {.m2}',
		'# Events this month',
		'',
		'::: {.m3}',
		...cards,
		':::',
		':::',
		'',
		'::: {.m4}',
		'[Contact](/contact) [Privacy](/privacy)',
		':::',
	);
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Card group by shape', () => {
	test('cards of one shape whose boxes share no class word are the page\'s cards, and make it a listing', () => {
		const index = new BlockIndex(parseDump(guide(8)));
		const cards = pageSignals(index).cards;
		assert.ok(cards, 'no card group');
		assert.strictEqual(cards.signature, SHAPE_CARDS_SIGNATURE);
		assert.strictEqual(cards.items.length, 8);
		const x = kindOf(guide(8));
		assert.strictEqual(x.kind, 'listing', x.rule);
		assert.match(x.rule, /cards 8/);
	});

	test('a card without its picture is left out of the group; the others still make it', () => {
		const plain = (i: number): string | undefined => (i === 2 ? dumpLines(`::: {.z${i}}`, `### Open day at the market, week ${i + 1}`, '', 'Guided walks at the market.', '', `[Details](/events/m-${i})`, ':::', '') : undefined);
		const g = shapeCards(new BlockIndex(parseDump(guide(8, plain))));
		assert.strictEqual(g?.items.length, 7);
	});

	test('no group under its bar, of mixed shapes, without a link, or without a title', () => {
		// Too few cards.
		assert.strictEqual(shapeCards(new BlockIndex(parseDump(guide(MIN_SHAPE_CARDS - 1)))), undefined);
		// Boxes of many shapes: no shape holds half of them.
		const mixed = (i: number): string | undefined =>
			i % 3 === 0 ? undefined : i % 3 === 1 ? dumpLines(`::: {.y${i}}`, `Guided walks ${i}.`, '', `### Open day ${i}`, '', `[Details](/d${i})`, ':::', '') : dumpLines(`::: {.y${i}}`, `| a | b |\n|---|---|\n| ${i} | x |`, '', `### Open day number ${i}`, ':::', '');
		assert.strictEqual(shapeCards(new BlockIndex(parseDump(guide(8, mixed)))), undefined);
		// Feature tiles: a heading and a line of text, no link.
		const tile = (i: number): string => dumpLines(`::: {.t${i}}`, `### Feature number ${i}`, '', `A line that says what feature ${i} does for you.`, ':::', '');
		assert.strictEqual(shapeCards(new BlockIndex(parseDump(guide(8, tile)))), undefined);
		// Pictures over short links: a logo wall, no title.
		const logo = (i: number): string => dumpLines(`::: {.l${i}}`, `[![](/logo${i}.png)](/p${i})`, '', `[Partner ${i}](/p${i})`, ':::', '');
		assert.strictEqual(shapeCards(new BlockIndex(parseDump(guide(8, logo)))), undefined);
	});

	test('a small rail of cards beside a long article is no group (under a tenth of the page)', () => {
		const prose = 'The council met on Tuesday to weigh the plan for the harbour, and most members spoke for it after a long debate about costs. '.repeat(4);
		const article = dumpLines('::: {.a1}', '# The harbour plan', '', ...Array.from({ length: 12 }, () => [prose, '']).flat(), ':::', '');
		const index = new BlockIndex(parseDump(article + guide(4)));
		assert.strictEqual(shapeCards(index), undefined);
		assert.strictEqual(pageSignals(index).cards, undefined);
	});
});
