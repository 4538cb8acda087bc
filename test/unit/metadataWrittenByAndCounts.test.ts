// Metadata (issue 12, meta10): "Written by" labels apart from their names, "Written by" lines that run into a bio, and dates beside a comment count in a box named `comments`.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARAGRAPH = 'A small workshop buying its first machine has to weigh the budget, the floor space and the noise against what it will make in a year.';
/** Enough text between the title and an author box for the box to be far from the title (over 20,000 characters). */
const LONG_BODY = Array.from({ length: 170 }, () => PARAGRAPH).join('\n\n');

interface Read {
	readonly author?: string;
	readonly published?: string;
}

function read(lines: readonly string[]): Read {
	const md = extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
	return { author: md.author?.value, published: md.published?.value };
}

suite('Metadata: a lone "Written by" label', () => {
	test('"Article written by:" as a heading after the article names the writer in the next heading', () => {
		const r = read(['# Buying a first lathe', '', LONG_BODY, '', '## Article written by: {#article-written-by}', '', '![Headshot of Anna Berg](/img/anna.webp){.rounded-full}', '', '### Anna Berg {#anna-berg}', '', 'Anna runs a joinery in Malmö.']);
		assert.strictEqual(r.author, 'Anna Berg');
	});

	test('a bare "By" label far after the article still names no one', () => {
		const r = read(['# Buying a first lathe', '', LONG_BODY, '', '::: teaser', 'By', ':::', '', '::: teaser', 'Anna Berg', ':::']);
		assert.strictEqual(r.author, undefined);
	});
});

suite('Metadata: a "Written by" line that runs into a bio', () => {
	test('the link just after the label is the name', () => {
		const r = read(['# Buying a first lathe', '', '::: writer', 'Written by: [Anna Berg](https://example.com/blog/author/anna-berg/) [ **Head of the joinery workshop. Expert in hand tools, lathes and the care of old machines.** ]{.bio}', ':::', '', PARAGRAPH]);
		assert.strictEqual(r.author, 'Anna Berg');
	});

	test('a link later in the line is not the name', () => {
		const r = read(['# Buying a first lathe', '', '::: writer', 'Written by: the staff of the workshop, who teach the [evening course](https://example.com/courses/lathe/) on lathes and the care of old machines.', ':::', '', PARAGRAPH]);
		assert.strictEqual(r.author, undefined);
	});
});

suite('Metadata: a date beside the comment count', () => {
	test('"August 19, 2025 | 33 Comments" in a `comments` box under the byline is the page\'s date', () => {
		const r = read(['# Buying a first lathe', '', '### By [Anna Berg](/anna-berg/)', '', '::: {.comments .d-block}', 'August 19, 2025 \\| [33', 'Comments](https://example.com/buying-a-first-lathe/#comments)', ':::', '', PARAGRAPH]);
		assert.strictEqual(r.published, '2025-08-19');
	});

	test('a comment in a `comments` box keeps its date to itself', () => {
		const r = read(['# Buying a first lathe', '', '::: comments', '**Tom** wrote on August 19, 2025: I bought the same lathe last spring and I agree with every word of this guide, especially about the belts. [Reply](#respond)', ':::', '', PARAGRAPH]);
		assert.strictEqual(r.published, undefined);
	});

	test('thousands of comment-count boxes read in linear time', () => {
		const boxes = Array.from({ length: 3000 }, (_, i) => `::: comments\nAugust ${(i % 28) + 1}, 2025 \\| [${i} Comments](/post-${i}/#comments)\n:::\n`);
		const started = Date.now();
		read(['# Buying a first lathe', '', ...boxes, PARAGRAPH]);
		assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
	});
});
