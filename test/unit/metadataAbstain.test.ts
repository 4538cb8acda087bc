// Metadata (issue 12): where the evidence for an author or a date is weak, nothing is reported rather than something wrong.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], context: Parameters<typeof extractMetadata>[1] = {}): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), context);
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';

/** A blog's front page: a featured story in a hero box, then cards, each an h2 link with a byline and a date. */
function frontPage(teasers: number): string[] {
	const hero = ['::: {.hero .featured}', '## [How we rebuilt our search for high availability](/2026/03/06/search/)', '', 'A teaser for the featured story.', '', '[Jane Roe](/author/jane/){.author}', '', 'March 6, 2026', ':::', ''];
	const cards = Array.from({ length: teasers }, (_, i) => [`::: {.card .card-${i}}`, `## [Another story number ${i + 1} of the week](/2026/03/0${i + 1}/story/){.card-link}`, '', 'A teaser for another story.', '', `March ${i + 1}, 2026`, ':::', '']).flat();
	return [...hero, ...cards];
}

suite('Metadata: saying nothing on weak evidence', () => {
	test('a front page whose first teaser is an h2 link, other teasers h2 links in other markup: no author, no date', () => {
		const m = md(frontPage(3));
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
	});

	test('one linked h2 (a forum topic\'s title linking to itself) keeps its byline and date', () => {
		const m = md(['## [Turning off all LEDs of the board](./viewtopic.php?t=361697) {.topic-title}', '', '[Jane Roe](/member/jane/){.author}', '', 'March 6, 2026', '', BODY]);
		assert.strictEqual(m.author?.value, 'Jane Roe');
		assert.strictEqual(m.published?.value, '2026-03-06');
		// Two other linked h2s with the same text are one heading shown again, not a list.
		const twice = md(frontPage(0).concat(['## [Another story](/a)', '', '## [Another story](/a)', '']));
		assert.strictEqual(twice.published?.value, '2026-03-06');
	});
});

suite('Metadata: kinds that seldom have an author or a date', () => {
	const filler = (words: number): string => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

	test('on a listing, a "By" line far under the title is not the page\'s author; at the title it is', () => {
		const far = ['# Recent papers in materials science', '', filler(140), '', 'By Maria Oliveira Andreotti', '', filler(20)];
		assert.strictEqual(md(far, { pageKind: 'listing' }).author, undefined);
		// The same page taken for an article keeps it: the policy is the kind's.
		assert.strictEqual(md(far, { pageKind: 'article' }).author?.value, 'Maria Oliveira Andreotti');
		const near = ['# Recent papers in materials science', '', 'By Maria Oliveira Andreotti', '', filler(60)];
		assert.strictEqual(md(near, { pageKind: 'listing' }).author?.value, 'Maria Oliveira Andreotti');
		// A standfirst of 60 words between the title and the byline is still the title's dateline.
		const standfirst = ['# Recent papers in materials science', '', filler(60), '', 'By Maria Oliveira Andreotti', '', filler(20)];
		assert.strictEqual(md(standfirst, { pageKind: 'listing' }).author?.value, 'Maria Oliveira Andreotti');
	});

	test('on a service page, an author page\'s link far under the title is not reported', () => {
		// 100 words: past a service page's dateline (`kindPolicy.ts`), within an article's (`pastTheBody.ts`).
		const page = ['# Spanish lessons online', '', filler(100), '', '[Tio Spanish](/author/tio-spanish/)', '', filler(30)];
		assert.strictEqual(md(page, { pageKind: 'service' }).author, undefined);
		assert.strictEqual(md(page, { pageKind: 'article' }).author?.value, 'Tio Spanish');
	});

	test('on a product page, a news box\'s date far under the title is not the page\'s date; one at the title is', () => {
		const far = ['# Terraria', '', filler(120), '', '### State of the game', '', '[Thu, February 26, 2026]{.news-date}', ''];
		assert.strictEqual(md(far, { pageKind: 'product' }).published, undefined);
		assert.strictEqual(md(far, { pageKind: 'article' }).published?.value, '2026-02-26');
		const near = ['May 20, 2025', '', '# How to navigate a home solar installation', '', filler(120)];
		assert.strictEqual(md(near, { pageKind: 'service' }).published?.value, '2025-05-20');
	});

	test('on a listing whose title is a heading linking to another page, no author and no date', () => {
		// Another teaser's heading links elsewhere: a lone linked heading is the page's permalink (`loneLinkedTitle.ts`).
		const page = ['## [The hidden cost of early hires](/video/hidden-cost/)', '', 'Build Mode is back.', '', '[Jane Roe](/author/jane/){.author}', '', '::: post-date', 'February 19, 2026', ':::', '', '### [Hiring your first engineer](/video/first-engineer/)', ''];
		const m = md(page, { pageKind: 'listing' });
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
		// A heading linking to its own anchor is the page's: its byline and date stay.
		const own = md(['## [The hidden cost of early hires](#hidden-cost)', '', 'Build Mode is back.', '', '[Jane Roe](/author/jane/){.author}', '', '::: post-date', 'February 19, 2026', ':::', ''], { pageKind: 'listing' });
		assert.strictEqual(own.author?.value, 'Jane Roe');
		assert.strictEqual(own.published?.value, '2026-02-19');
	});
});

suite('Metadata: names linked in the text', () => {
	test('an author-page link inside a sentence is not the author; the byline\'s link is', () => {
		const cited = 'In her review of the box, [Brandi Dowell](/author/bdowell) received a soft wrap dress and said it was the most comfortable thing she had tried on in a long time.';
		const m = md(['# The best clothing subscription boxes', '', cited, '', BODY]);
		assert.strictEqual(m.author, undefined);
		const both = md(['# The best clothing subscription boxes', '', '[Kathryn Giuffrida](/author/kgiuffrida) · March 3, 2025', '', cited, '', BODY]);
		assert.strictEqual(both.author?.value, 'Kathryn Giuffrida');
		// A byline paragraph with a few words beside the link is no sentence.
		const byline = md(['# The best clothing subscription boxes', '', 'Written for the style desk by [Kathryn Giuffrida](/author/kgiuffrida) on March 3, 2025', '', BODY]);
		assert.strictEqual(byline.author?.value, 'Kathryn Giuffrida');
	});
});

suite('Metadata: a byline with its author\'s bio', () => {
	test('"By [name], a deputy editor …" is a byline however long the bio', () => {
		const m = md(['# A story about the tech industry', '', 'By [Alex Heath](/authors/alex-heath), a deputy editor and author of the Command Line newsletter. He has covered the tech industry for over a decade at The Information and other outlets.', '', BODY]);
		assert.strictEqual(m.author?.value, 'Alex Heath');
	});
});
