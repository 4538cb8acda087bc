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
