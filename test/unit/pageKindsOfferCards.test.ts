// Page kinds: cards that are most of the page, beside buttons that ask the reader to act, are a landing page's offer (kinds/offerCards.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { MIN_CALLS_TO_ACT } from '../../src/core/extract/kinds/offerCards';
import { dumpLines } from '../util/joinLines';

const BUTTONS = ['Get started', 'Contact sales', 'Book a demo', 'Start free trial'];

/** A page of `n` short linked cards (a team's story each), with `buttons` calls to act beside them and `rail` lines of other text. */
function cardsPage(n: number, buttons: number, rail = 0): string {
	const cards = Array.from({ length: n }, (_, i) => ['::: {.story-card}', `[Harbour Bakery number ${i + 1} ships twice as fast](/stories/${i + 1})`, '', `Their team of ${i + 3} answers every order the same day.`, ':::', '']);
	const cta = BUTTONS.slice(0, buttons).flatMap((b, i) => [`[${b}](/act-${i})`, '']);
	const other = Array.from({ length: rail }, (_, i) => [`Plain line of other text on the page, number ${i + 1}, that no card holds at all.`, '']);
	return dumpLines('::: {.page}', '# Customer stories', '', ...cta, '::: {.stories}', ...cards.flat(), ':::', '', ...other.flat(), ':::');
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Page kinds: offer cards', () => {
	test('cards that are most of the page, with calls to act, make a service page', () => {
		const x = kindOf(cardsPage(6, MIN_CALLS_TO_ACT));
		assert.strictEqual(x.kind, 'service');
		assert.match(x.rule, /^kind:offer cards \d+$/);
	});

	test('without enough calls to act the cards stay a listing', () => {
		assert.match(kindOf(cardsPage(6, MIN_CALLS_TO_ACT - 1)).rule, /^kind:cards \d+$/);
	});

	test('cards that are a small part of the page stay a listing, whatever its buttons', () => {
		assert.match(kindOf(cardsPage(6, MIN_CALLS_TO_ACT, 40)).rule, /^kind:cards \d+$/);
	});
});
