// Metadata (issue 12, meta10): "Written by" labels apart from their names, "Written by" lines that run into a bio, and dates in a box named `comments` (the comment-count, display-name and "originally published" rules were removed in session 21).
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

/** `whole`: the body extractor's region is the whole dump (a name or date inside it scores higher). */
function read(lines: readonly string[], whole = false): Read {
	const text = `${lines.join('\n')}\n`;
	const md = extractMetadata(parseDump(text), whole ? { region: { start: 0, end: text.length } } : {});
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

suite('Metadata: dates in a `comments` box', () => {
	test('a comment in a `comments` box keeps its date to itself', () => {
		const r = read(['# Buying a first lathe', '', '::: comments', '**Tom** wrote on August 19, 2025: I bought the same lathe last spring and I agree with every word of this guide, especially about the belts. [Reply](#respond)', ':::', '', PARAGRAPH]);
		assert.strictEqual(r.published, undefined);
	});

	test('thousands of comment-count boxes are read (a liveness bound, not a speed test)', function () {
		this.timeout(120_000);
		const boxes = Array.from({ length: 3000 }, (_, i) => `::: comments\nAugust ${(i % 28) + 1}, 2025 \\| [${i} Comments](/post-${i}/#comments)\n:::\n`);
		const published = read(['# Buying a first lathe', '', ...boxes, PARAGRAPH]).published;
		assert.ok(published === undefined || /^2025-08-\d\d$/.test(published), String(published));
	});
});

suite('Metadata: a login in the byline', () => {
	const BOX = ['::: author-box', '## Written by [Anna Berg](https://example.com/author/annaberg42/)', '', 'Anna runs a joinery in Malmö.', ':::'];

	test('a login that holds no word of the full name is kept', () => {
		const r = read(['# Buying a first lathe', '', '[woodshop](https://example.com/author/annaberg42/){.author rel="author"}', '', PARAGRAPH, '', ...BOX]);
		assert.strictEqual(r.author, 'woodshop');
	});
});

suite('Metadata: update stamps and quoted posts', () => {
	test('a lone update stamp is still the page\'s date when nothing says otherwise', () => {
		const r = read(['# Buying a first lathe', '', '*Last updated on December 20, 2024.*', '', PARAGRAPH]);
		assert.strictEqual(r.published, '2024-12-20');
	});

	test('a forum\'s "Originally posted by" names no date', () => {
		const r = read(['# Buying a first lathe', '', '[March 3, 2025]{.post-date}', '', '> Originally posted by **tom** in 2019', '', PARAGRAPH]);
		assert.strictEqual(r.published, '2025-03-03');
	});
});

suite('Metadata: a commenter\'s markup', () => {
	test('an `itemprop="author"` inside a comment names no author', () => {
		const r = read(['# Buying a first lathe', '', PARAGRAPH, '', '::: {.comment-text}', '[A good lathe lasts a lifetime.]{.comment-copy}', '', '::: {itemprop="author" itemscope=""}', '::: {itemprop="name"}', 'Tom Baker', ':::', ':::', ':::'], true);
		assert.strictEqual(r.author, undefined);
	});

	test('the same markup in the article\'s byline is the author', () => {
		const r = read(['# Buying a first lathe', '', '::: {itemprop="author" itemscope=""}', '::: {itemprop="name"}', 'Tom Baker', ':::', ':::', '', PARAGRAPH], true);
		assert.strictEqual(r.author, 'Tom Baker');
	});
});
