// Link paragraph runs: a row of sibling blocks that are each one short link and nothing else is a menu, not content.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropLinkParagraphRuns, MIN_LINK_PARAGRAPH_RUN } from '../../src/core/extract/heuristics/linkParagraphRuns';
import { collapse, collapsedText } from '../../src/core/extract/inlineText';

const TAGS = ['business', 'cloud', 'cybersecurity', 'data-science', 'finance', 'futurism', 'gaming'];
const INTRO = 'Our writers cover the tools, the trade-offs and the people behind the software that runs the world.';

/** One tag as a `<div>` holding a paragraph that is one link. */
function tagBox(tag: string): string {
	return ['<div>', '', `[[${tag}]{.font-bold}](/c/${tag}){.flex .rounded}`, '', '</div>', ''].join('\n');
}

function kept(dump: string): { text: string; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropLinkParagraphRuns(parseDump(dump).blocks, removed);
	return { text: blocks.map((b) => collapse(collapsedText(b))).join(' | '), removed };
}

suite('Link paragraph runs (a tag cloud or a menu written as divs)', () => {
	test('a row of seven tag boxes goes; the prose before it stays', () => {
		const { text, removed } = kept(`${INTRO}\n\n::: tags\n${TAGS.map(tagBox).join('\n')}:::\n`);
		assert.ok(text.includes('Our writers cover'), text);
		for (const t of TAGS) assert.ok(!text.includes(t), `kept ${t}: ${text}`);
		assert.strictEqual(removed.filter((r) => r.step === 'link-paragraph-run').length, TAGS.length);
	});

	test('bare link paragraphs side by side go too', () => {
		const { text } = kept(`${INTRO}\n\n${TAGS.map((t) => `[${t}](/c/${t})`).join('\n\n')}\n`);
		assert.strictEqual(text, INTRO);
	});

	test(`fewer than ${MIN_LINK_PARAGRAPH_RUN} links stay (a card's "Read more", its category and author)`, () => {
		const few = TAGS.slice(0, MIN_LINK_PARAGRAPH_RUN - 1);
		const { text } = kept(`${INTRO}\n\n${few.map((t) => `[${t}](/c/${t})`).join('\n\n')}\n`);
		for (const t of few) assert.ok(text.includes(t), `dropped ${t}: ${text}`);
	});

	test("a listing's items stay: titles longer than a menu entry, or a link with words beside it", () => {
		const items = [
			'[How we rebuilt the storage layer without downtime](/p/1)',
			'[cloud](/c/cloud) 12 posts',
			'[finance](/c/finance)',
			'[gaming](/c/gaming)',
			'[futurism](/c/futurism)',
			'[Why your roadmap is a list of guesses, and what to do](/p/2)',
		];
		const { text } = kept(items.join('\n\n'));
		assert.ok(text.includes('storage layer') && text.includes('12 posts') && text.includes('finance') && text.includes('roadmap'), text);
	});

	test('the same label over and over is the page\'s own list of links, not a menu', () => {
		const same = Array.from({ length: 8 }, (_, i) => `[link](/foo/${i}.html)`).join('\n\n');
		const { text } = kept(`${INTRO}\n\n${same}\n`);
		assert.strictEqual((text.match(/link/g) ?? []).length, 8, text);
	});
});
