// Article precision: captions, credits, author boxes and other inner chrome are dropped from an article's body; its prose is kept.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import type { Attributes } from '../../src/core/model/dumpDocument';
import { isEndMatter } from '../../src/core/extract/heuristics/endMatter';
import { innerChromeSpans, innerChromeToken } from '../../src/core/extract/heuristics/innerChrome';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { dumpLines as joinLines } from '../util/joinLines';
import { extractedText as text } from '../util/extractedText';


const PROSE = [
	'The council voted on Tuesday evening to close the old harbour bridge to cars from next spring, ending a debate that has divided the town for almost ten years.',
	'Engineers told the meeting that the bridge, built in 1931, can no longer carry heavy traffic safely, and that repairs would cost more than a replacement.',
	'Work on the new crossing is due to start in the autumn and to take two years; until then, a ferry will run every twenty minutes during the day.',
];

/** An article body with the given blocks between its second and third paragraphs. */
function article(...inner: string[]): string {
	return joinLines('::: {.article-body}', PROSE[0], '', PROSE[1], '', ...inner, '', PROSE[2], '', ':::');
}

suite('Article precision: inner chrome', () => {
	test('class tokens name captions, credits, author boxes; words that merely contain them do not', () => {
		const attrs = (...classes: string[]): Attributes => ({ classes, pairs: [], range: { start: 0, end: 0 } });
		for (const c of ['wp-caption-text', 'photo-credit', 'author-box', 'post_author_bio', 'cta-card', 'swiper-slide', 'Caption_caption__3yqgM']) assert.ok(innerChromeToken(attrs(c)), c);
		for (const c of ['authority', 'article-content', 'biography-text', 'creditcard', 'md:mb-4', 'buzz_attr_no_caption']) assert.strictEqual(innerChromeToken(attrs(c)), undefined, c);
	});

	test('a figure caption, a photo credit and an author box are dropped; the prose around them is kept', () => {
		const out = text(
			article(
				'::: {.wp-caption-text}',
				'The old bridge at dusk, seen from the quay.',
				':::',
				'',
				'[Photo: Jane Roe]{.photo-credit}',
				'',
				'::: {.author-box}',
				'Sam Writer covers the town council and has reported on the harbour since 2012.',
				':::',
			),
		);
		for (const p of PROSE) assert.ok(out.includes(p), `lost: ${p}`);
		for (const dropped of ['old bridge at dusk', 'Jane Roe', 'Sam Writer']) assert.ok(!out.includes(dropped), `kept ${dropped}:\n${out}`);
	});

	test('a long container with a chrome-sounding name is not a caption: it is kept', () => {
		const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of a long story told inside a slider wrapper, with enough words to be prose rather than a caption.`);
		const out = text(article('::: {.slider-content}', ...long.flatMap((p) => [p, '']), ':::'));
		assert.ok(out.includes('Paragraph 11 of a long story'), out);
	});

	test('a paragraph mostly in a credit span goes; a sentence with a short credit span stays', () => {
		const para = (s: string) => parseDump(s).blocks[0];
		assert.ok(innerChromeSpans(para('[Credit: Serious Eats]{.figure-article-caption-owner}\n')));
		assert.strictEqual(innerChromeSpans(para('The recipe comes from a long-time reader of the paper, who sent it in last spring [credit]{.credit}.\n')), undefined);
	});

	test('a page read whole keeps its sliders and calls to action: inner chrome is an article attempt\'s rule only', () => {
		const dump = article('::: {.swiper-slide}', 'Movers you can book for a single room or a whole house, every day of the week.', ':::');
		const index = new BlockIndex(parseDump(dump));
		const whole = collapse(wholePage(index).blocks.map((b) => blockText(b)).join(' '));
		assert.ok(whole.includes('Movers you can book'), whole);
		assert.ok(!text(dump).includes('Movers you can book'), 'the article keeps no slider');
	});
});

suite('Article precision: further reading at the end', () => {
	const teasers = (n: number): string[] => Array.from({ length: n }, (_, i) => `-   [Another story from the harbour desk, number ${i + 1}](/news/story-${i + 1})`);

	test('a "Related articles" label and the links after it are dropped', () => {
		const withTail = text(joinLines('::: {.article-body}', ...PROSE.flatMap((p) => [p, '']), '## Related articles', '', ...teasers(4), '', ':::'));
		for (const p of PROSE) assert.ok(withTail.includes(p), `lost: ${p}`);
		assert.ok(!withTail.includes('Related articles'), withTail);
		assert.ok(!withTail.includes('Another story'), withTail);
	});

	test("the author's own list of links under another heading is kept", () => {
		const out = text(joinLines('::: {.article-body}', ...PROSE.flatMap((p) => [p, '']), '## Useful resources', '', ...teasers(4), '', ':::'));
		assert.ok(out.includes('number 4'), out);
	});

	test('a label followed by prose, not links, is kept', () => {
		const out = text(joinLines('::: {.article-body}', PROSE[0], '', PROSE[1], '', '## Read next', '', PROSE[2], '', ':::'));
		assert.ok(out.includes(PROSE[2]), out);
	});
});

suite('Article precision: end matter', () => {
	test("a site's boilerplate lines are end matter; the author's sentences and disclosures are not", () => {
		for (const line of ['Copyright © 2025 Harbour Gazette. All Rights Reserved.', '© 2024 The Harbour Gazette', 'Tags: Harbour, Council, Transport', 'Follow the Gazette on Facebook and X', 'The views expressed by our columnists are their own.', 'By signing up, you agree to our Privacy Policy', 'This story was produced by the Harbour Desk, a nonprofit newsroom.']) {
			assert.ok(isEndMatter(line), line);
		}
		for (const line of ['Copyright law in a fragmented world', 'Disclosure: this trip was paid for by the ferry company.', 'By the end of the meeting, the council had voted to close the bridge.', 'Follow-up questions were left for the next session.']) {
			assert.ok(!isEndMatter(line), line);
		}
	});

	test('a copyright line and a tag line after the article are dropped', () => {
		const out = text(joinLines('::: {.article-body}', ...PROSE.flatMap((p) => [p, '']), 'Tags: Harbour, Council, Transport', '', 'Copyright © 2025 Harbour Gazette. All Rights Reserved.', '', ':::'));
		for (const p of PROSE) assert.ok(out.includes(p), `lost: ${p}`);
		assert.ok(!out.includes('Tags:'), out);
		assert.ok(!out.includes('Copyright'), out);
	});
});

suite('Article precision: author bio', () => {
	test("a closing bio and its label are dropped; a sentence about someone in the body is kept", () => {
		const bio = 'Sam Writer is a freelance reporter who has covered the harbour and the council since 2012.';
		const inBody = 'Ann Keeper is the owner of the ferry company, and she told the meeting that the boats were ready.';
		const out = text(joinLines('::: {.article-body}', PROSE[0], '', inBody, '', PROSE[1], '', PROSE[2], '', 'About the author', '', bio, '', ':::'));
		for (const p of [...PROSE, inBody]) assert.ok(out.includes(p), `lost: ${p}`);
		assert.ok(!out.includes('Sam Writer'), out);
		assert.ok(!out.includes('About the author'), out);
	});
});
