// Speed (issue 13, session 50): the scan's source pre-tests answered once per node (metadata/holdTests.ts), and teaser lists' headings found by binary search (sortedOffsets.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { HoldTests, UNTESTED } from '../../src/core/extract/metadata/holdTests';
import { isTeaserList } from '../../src/core/extract/metadata/repeatedBylines';
import { MetadataScan, type MNode } from '../../src/core/extract/metadata/scan';
import { firstAtOrAfter, hasOffsetIn } from '../../src/core/extract/sortedOffsets';

/** A page with markup inside words, character references, hidden spans, links and dates. */
const PAGE = [
	'# A headline [with]{.x} spans',
	'',
	'[B]{.dropcap}y Jane Roe, **au**thor of the week',
	'',
	'Published: March 6, 2026',
	'',
	'Po&#115;ted 4 March 2024 [hidden by line]{style="display:none"}',
	'',
	'A plain paragraph with no digit and no label word at all.',
	'',
	'[A link by Writer Name](/people/writer) and 12 more',
	'',
].join('\n');

/** A regex that counts its tests: the scan's pre-tests call `test` on it. */
function counted(source: string, flags: string): { re: RegExp; tests: () => number } {
	const re = new RegExp(source, flags);
	let n = 0;
	const test = re.test.bind(re);
	re.test = (s: string): boolean => {
		n++;
		return test(s);
	};
	return { re, tests: () => n };
}

/** A teaser list: repeated bylines, each under its own heading. */
function teasers(n: number): string {
	const out: string[] = ['# Stories', ''];
	for (let i = 0; i < n; i++) out.push(`## Story number ${i} of the week`, '', `[By Jane Roe]{.byline}`, '', 'A line of teaser text.', '');
	return out.join('\n');
}

/** The bylines of `teasers`' page, as `firstOfRepeated` hands them to `isTeaserList`. */
function bylines(s: MetadataScan): MNode[] {
	return s.nodes.filter((n) => n.words.includes('byline'));
}

suite('Speed (session 50): pre-tests once per node, headings by binary search', () => {
	test('HoldTests: one zeroed column per regex, the same column when asked again', () => {
		const holds = new HoldTests();
		const a = /a/;
		const b = /b/;
		const ca = holds.of(a, 5);
		assert.equal(ca.length, 5);
		assert.ok(ca.every((v) => v === UNTESTED));
		ca[2] = 2;
		assert.equal(holds.of(a, 5), ca);
		assert.equal(holds.of(a, 5)[2], 2);
		assert.notEqual(holds.of(b, 5), ca);
		assert.equal(holds.of(b, 5)[2], UNTESTED);
	});

	test('mayHoldWord and mayHoldChar give the answers of a fresh scan, and run their regex once per node', () => {
		const word = counted('publi|posted|by|aut|writer', 'iu');
		const digit = counted('\\d', '');
		const doc = parseDump(PAGE);
		const s = new MetadataScan(doc, {});
		const first = s.nodes.map((n) => [s.mayHoldWord(n, word.re), s.mayHoldChar(n, digit.re)]);
		// A node's word test may also read its visible values (`visibleWords.ts`): at least one test a node.
		const wordTests = word.tests();
		assert.ok(wordTests >= s.nodes.length);
		assert.equal(digit.tests(), s.nodes.length, 'one source test a node');
		// Asked again, by this scan and by one made from it (another region), nothing is tested again.
		const again = s.nodes.map((n) => [s.mayHoldWord(n, word.re), s.mayHoldChar(n, digit.re)]);
		const other = new MetadataScan(doc, { region: { start: 0, end: 40 } }, s);
		const shared = other.nodes.map((n) => [other.mayHoldWord(n, word.re), other.mayHoldChar(n, digit.re)]);
		assert.equal(word.tests(), wordTests, 'no test repeated');
		assert.equal(digit.tests(), s.nodes.length);
		assert.deepEqual(again, first);
		assert.deepEqual(shared, first);
		// A fresh scan (its own answers) agrees node by node, and the answers are not all alike.
		const fresh = new MetadataScan(parseDump(PAGE), {});
		assert.deepEqual(
			fresh.nodes.map((n) => [fresh.mayHoldWord(n, /publi|posted|by|aut|writer/iu), fresh.mayHoldChar(n, /\d/)]),
			first,
		);
		assert.ok(first.some(([w]) => w) && first.some(([w]) => !w), 'some nodes may hold a word, some cannot');
		assert.ok(first.some(([, d]) => d) && first.some(([, d]) => !d), 'some nodes may hold a digit, some cannot');
	});

	test('a node asked with another regex is tested again: the answers are per regex', () => {
		const one = counted('by', 'i');
		const two = counted('by', 'i');
		const s = new MetadataScan(parseDump(PAGE), {});
		// The paragraph of the link "by Writer Name": its source holds the word, so one source test answers it.
		const n = s.nodes.find((x) => x.block?.kind === 'paragraph' && s.textOf(x).includes('Writer'))!;
		s.mayHoldWord(n, one.re);
		s.mayHoldWord(n, two.re);
		s.mayHoldWord(n, one.re);
		assert.equal(one.tests(), 1);
		assert.equal(two.tests(), 1);
	});

	test('hasOffsetIn and firstAtOrAfter answer as a test of every offset does', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }), fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 }), (raw, from, to) => {
				const sorted = [...raw].sort((x, y) => x - y);
				assert.equal(hasOffsetIn(sorted, from, to), sorted.some((h) => h >= from && h < to));
				const i = firstAtOrAfter(sorted, from);
				assert.equal(i, sorted.findIndex((h) => h >= from) === -1 ? sorted.length : sorted.findIndex((h) => h >= from));
			}),
			{ numRuns: 300 },
		);
	});

	test('isTeaserList walks the page\'s nodes once for its headings, and again only for another answer to "is it a forum"', () => {
		// Cards titled by a paragraph that is one link: item titles on a listing, a post's shared link in a thread (`isLinkTitle`).
		const cards = ['# Stories', '', ...Array.from({ length: 8 }, (_, i) => [`[**A linked story title ${i}**](/stories/${i})`, '', '[By Jane Roe]{.byline}', '', 'A line of teaser text.', '']).flat()].join('\n');
		const doc = parseDump(cards);
		const s = new MetadataScan(doc, {});
		let texts = 0;
		const textOf = s.textOf.bind(s);
		s.textOf = (n: MNode): string => {
			texts++;
			return textOf(n);
		};
		assert.equal(isTeaserList(s, bylines(s)), true);
		const first = texts;
		assert.ok(first > 0);
		assert.equal(isTeaserList(s, bylines(s)), true);
		assert.equal(isTeaserList(s, bylines(s)), true);
		assert.equal(texts, first, 'the headings are not walked again');
		// The same nodes read as a forum's (a scan made from this one): the linked paragraphs are no titles there.
		const forum = new MetadataScan(doc, { pageKind: 'forum' }, s);
		assert.equal(isTeaserList(forum, bylines(forum)), false);
		assert.equal(isTeaserList(new MetadataScan(doc, {}, s), bylines(s)), true);
	});

	test('isTeaserList: bylines each under a heading are a list of stories, a thread of unheaded posts is not', () => {
		const list = new MetadataScan(parseDump(teasers(40)), {});
		assert.equal(isTeaserList(list, bylines(list)), true);
		const thread = ['# A thread', '', ...Array.from({ length: 12 }, (_, i) => [`[By Jane Roe]{.byline}`, '', `Reply ${i} with a few words in it.`, '']).flat()].join('\n');
		const t = new MetadataScan(parseDump(thread), {});
		assert.equal(isTeaserList(t, bylines(t)), false);
	});
});
