// Selector stability: the selector of a site rule is checked against the host's other pages, and the variant of the
// pointed-at element that names a block on most of them wins, the most specific among equals.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { chooseSiteSelector, selectorVariants } from '../../src/core/review/selectorStability';
import { proposeSelector } from '../../src/core/review/siteRules';

const PROSE = 'The tide tables for the week were posted at the harbor office this morning, with the usual notes for '
	+ 'small boats and the ferry, and a reminder that the slipway is closed at low water for the whole of the month.';

/** A page of tides.example whose story body holds, in a notices div, a box with the given attributes. */
function page(boxAttrs: string, slug: string): string {
	return [
		'::: {#main .story}',
		`# [Tides for the week](https://tides.example/news/${slug}/)`,
		'',
		'::: {.story-body}',
		PROSE,
		'',
		PROSE,
		'',
		'::: {.notices}',
		`::: ${boxAttrs}`,
		'Sign up for the tide alerts and we will tell you when the slipway opens again.',
		':::',
		'',
		'Harbor office hours: 8:00 to 16:00 on weekdays.',
		':::',
		'',
		PROSE,
		':::',
		':::',
		'',
	].join('\n');
}

/** The range of the box's paragraph in `text`. */
function boxRange(text: string): { start: number; end: number } {
	const start = text.indexOf('Sign up for the tide alerts');
	return { start, end: text.indexOf('\n', start) };
}

function choose(text: string, others: readonly string[]) {
	const doc = parseDump(text);
	return chooseSiteSelector(doc, extractArticle(doc), boxRange(text), 'exclude', others.map((o) => parseDump(o)));
}

suite('Selector stability', () => {
	test('variants of one element: the id, two classes, each class; generated names left out', () => {
		assert.deepEqual(selectorVariants({ tag: 'div', attrs: { id: 'alerts', classes: ['promo', 'promo-2024', 'wide'], kv: [] } as never }), ['div#alerts', 'div.promo.wide', 'div.promo', 'div.wide']);
		assert.deepEqual(selectorVariants({ tag: 'span', attrs: { id: 'post-4711', classes: ['share'], kv: [] } as never }), ['span.share']);
		assert.deepEqual(selectorVariants({ tag: 'div' }), []);
	});

	test('the class the other pages share wins over this page\'s own id', () => {
		const text = page('{#alerts-tuesday .promo-box}', 'a');
		const doc = parseDump(text);
		assert.equal(proposeSelector(doc, extractArticle(doc), boxRange(text), 'exclude')?.selector, 'div#alerts-tuesday', 'without the check the id is proposed');
		const others = [page('{#alerts-monday .promo-box}', 'b'), page('{#alerts-sunday .promo-box}', 'c'), page('{.other-box}', 'd')];
		const choice = choose(text, others)!;
		assert.equal(choice.selector, 'div.promo-box');
		assert.deepEqual({ matches: choice.matches, of: choice.of }, { matches: 2, of: 3 });
		assert.deepEqual(choice.counts.slice(0, 2), [{ selector: 'div#alerts-tuesday', pages: 0 }, { selector: 'div.promo-box', pages: 2 }]);
	});

	test('among selectors that match as many pages, the most specific is kept', () => {
		const text = page('{.promo-box .alerts}', 'a');
		const choice = choose(text, [page('{.promo-box .alerts}', 'b'), page('{.promo-box .alerts}', 'c')])!;
		assert.equal(choice.selector, 'div.promo-box.alerts');
		assert.deepEqual({ matches: choice.matches, of: choice.of }, { matches: 2, of: 2 });
	});

	test('a wider element is only an alternative, never chosen for the reviewer', () => {
		// The other page has no box at all, but has the notices div around it.
		const choice = choose(page('{.promo-box}', 'a'), [page('{.x}', 'b').replace(/::: \{\.x\}\n[^\n]*\n:::\n/, '')])!;
		assert.equal(choice.selector, 'div.promo-box');
		assert.equal(choice.matches, 0);
		assert.ok(choice.alternatives.includes('div.notices'), choice.alternatives.join());
		assert.ok(choice.counts.some((c) => c.selector === 'div.notices' && c.pages === 1));
	});

	test('without other pages of the host the proposal stands, and a block with no named element has none', () => {
		const text = page('{.promo-box .alerts}', 'a');
		const choice = choose(text, [])!;
		assert.deepEqual({ selector: choice.selector, matches: choice.matches, of: choice.of }, { selector: 'div.promo-box.alerts', matches: 0, of: 0 });
		const plain = '# [A page](https://tides.example/x/)\n\n' + PROSE + '\n\nSign up for the tide alerts now.\n';
		assert.equal(choose(plain, [text]), undefined);
	});
});
