// A dated article followed by a rail of bare titles (a blog's recent posts) stays an article; teasers with blurbs outside it still make a listing.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dumpLines as joinLines } from '../util/joinLines';

const PROSE = [
	'Our build pipeline spent most of its time waiting on the network, so we moved the package cache onto the runners and measured again for a week, with the same jobs and the same machines.',
	'The first change was small: the cache key now names the lock file and the runtime version, so a new branch reuses the cache of its base instead of filling a fresh one from the registry.',
	'The second change took longer. Jobs that only lint or type-check no longer install the whole tree; they install the tools they need, which cut their time by more than half on a cold runner.',
	'What we did not expect was the effect on flaky tests: with fewer downloads, fewer jobs timed out, and the retry button went from a daily habit to something we press about once a week.',
];

/** A blurb under a teaser's title: a sentence about the post, outside any link. */
const BLURB = 'A short note on what this post covers, written by the editors so that a reader can decide whether to open it.';

/** A dated post in a box of its own, then a rail of `n` recent posts: picture, tags, linked title, author; `blurbs`: each with a blurb. */
function page(n: number, blurbs: boolean, railFirst = false): string {
	const post = ['::: {.c1}', '# Faster builds with a warm package cache', '', 'By Mara Lindqvist · March 4, 2025', '', ...PROSE.flatMap((p) => [p, '']), ':::', ''];
	const rail = ['::: {.c2}', '### Recent Posts', ':::', '', '::: {.c3}'];
	for (let i = 0; i < n; i++) {
		rail.push(`-   ![](/img/${i}.png)`, '', `    [habits](/category/habits/) [morning](/category/morning/)`, '', `    ## [Post number ${i} about the morning routine](/2025/01/${i}/)`, '');
		if (blurbs) rail.push(`    ${BLURB}`, '');
		rail.push(`    [Jordan Campbell](/author/jordan/)`, '');
	}
	rail.push(':::', '');
	return joinLines(...(railFirst ? [...rail, ...post] : [...post, ...rail]));
}

function kindOf(dump: string): unknown {
	return extractArticle(parseDump(dump)).metadata.pageType?.value;
}

suite('Page kinds: a rail of bare titles after a dated article (kinds/titleRail.ts)', () => {
	test('a dated post followed by 50 bare recent-post titles is an article', () => {
		assert.strictEqual(kindOf(page(50, false)), 'article');
	});

	test('50 teasers with blurbs outside the post are a listing, not a dated article', () => {
		assert.notStrictEqual(kindOf(page(50, true)), 'article');
	});

	test('50 bare titles above the post are no rail after it', () => {
		assert.notStrictEqual(kindOf(page(50, false, true)), 'article');
	});
});
