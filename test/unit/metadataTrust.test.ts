// Metadata (issue 12, session 11): a lone "Published" date far from the title, an article byline before related stories, hidden snippet bylines.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

/** Body paragraphs of about `chars` characters, so that what follows is that far from the title. */
function body(chars: number): string {
	const p = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts for the reader.\n\n';
	return p.repeat(Math.ceil(chars / p.length));
}

/** The metadata read from a dump; `regionFrom`: the article region starts at this text (to the end of the dump). */
function meta(dump: string, regionFrom?: string): { author?: string; published?: string } {
	const region = regionFrom === undefined ? undefined : { start: dump.indexOf(regionFrom), end: dump.length };
	const md = extractMetadata(parseDump(dump), { region });
	return { author: md.author?.value, published: md.published?.value };
}

suite('Metadata: values a reviewer can trust', () => {
	test('a "Published On" date far below the title is the page date when it is the only one', () => {
		const dump = `# Choosing a standing desk\n\n${body(26000)}[Published On: 15 August 2025]{.fusion-tb-published-date}\n`;
		assert.strictEqual(meta(dump).published, '2025-08-15');
	});

	test('a far published-classed date with no label is taken the same way', () => {
		const dump = `# Choosing a standing desk\n\n${body(26000)}::: single-post-date\nJuly 8, 2025\n:::\n`;
		assert.strictEqual(meta(dump).published, '2025-07-08');
	});

	test('a far date that only says nothing of publication stays unreported', () => {
		const dump = `# Choosing a standing desk\n\n${body(26000)}::: post-meta-date\nJuly 8, 2025\n:::\n`;
		assert.strictEqual(meta(dump).published, undefined);
	});

	test('a far published date is not taken when another day is read on the page', () => {
		const dump = `# Choosing a standing desk\n\n${body(26000)}[Published On: 15 August 2025]{.fusion-tb-published-date}\n\n${body(3000)}::: post-meta-date\nMarch 2, 2024\n:::\n`;
		assert.strictEqual(meta(dump).published, undefined);
	});

	test('the first of several published dates in the same markup is a list, not the page date', () => {
		const teaser = (i: number): string => `### [Story ${i}](/story-${i})\n\n[Published On: ${i} March 2024]{.fusion-tb-published-date}\n\n`;
		const dump = `# Choosing a standing desk\n\n${body(26000)}[Published On: 15 August 2025]{.fusion-tb-published-date}\n\n${[3, 4, 5].map(teaser).join('')}`;
		assert.strictEqual(meta(dump).published, undefined);
	});

	test("an article's byline stays the page's when related stories below repeat the same byline markup", () => {
		const byline = (name: string, slug: string): string => `[**By** **[${name}](https://example.com/author/${slug}/ "Posts by ${name}"){.author .url .fn rel="author"}**]{.meta1-author}`;
		const teaser = (name: string, slug: string, i: number): string => `### [Another story number ${i}](/story-${i})\n\n${byline(name, slug)}\n\n`;
		const dump = `# The city's new restaurants\n\n${byline('Resy Staff', 'resy-staff')}\n\n${body(8000)}## Read more\n\n${teaser('Ben Hon', 'ben-hon', 1)}${teaser('Ellie Plass', 'ellie-plass', 2)}${teaser('Luke Fortney', 'luke-fortney', 3)}${teaser('Mehr Singh', 'mehr-singh', 4)}`;
		assert.strictEqual(meta(dump).author, 'Resy Staff');
	});

	test('a list of teasers, each with its heading and byline, still gives no author', () => {
		const byline = (name: string, slug: string): string => `[**By** **[${name}](https://example.com/?writer=${slug}){.author .url .fn rel="author"}**]{.meta1-author}`;
		const teaser = (name: string, slug: string, i: number): string => `### [Another story number ${i}](/story-${i})\n\n${byline(name, slug)}\n\nA short summary of the story.\n\n`;
		const dump = `# Latest stories\n\n${teaser('Ben Hon', 'ben-hon', 1)}${teaser('Ellie Plass', 'ellie-plass', 2)}${teaser('Luke Fortney', 'luke-fortney', 3)}${teaser('Mehr Singh', 'mehr-singh', 4)}`;
		assert.strictEqual(meta(dump).author, undefined);
	});

	test("a hidden rich-snippet byline is not the page's author", () => {
		const dump = `# Commercial cleaning services\n\n[[Susie Francis](https://example.com/author/susie/ "Posts by Susie Francis"){rel="author"}]{.vcard .rich-snippet-hidden}\n\n${body(400)}`;
		assert.strictEqual(meta(dump).author, undefined);
	});

	test('the same byline shown to readers is', () => {
		const dump = `# Commercial cleaning services\n\n[[Susie Francis](https://example.com/author/susie/ "Posts by Susie Francis"){rel="author"}]{.vcard}\n\n${body(400)}`;
		assert.strictEqual(meta(dump).author, 'Susie Francis');
	});

	test("a date in the article's first sentence is not the page date; the dateline above it is", () => {
		const dump = `# Pricing changes for hosted runners\n\n::: meta\nDecember 15, 2025 // 8 min read\n:::\n\nWe have read your posts. We are continuing to reduce hosted-runner prices by up to 39% on January 1, 2026, for every plan.\n\n${body(400)}`;
		assert.strictEqual(meta(dump, 'We have read').published, '2025-12-15');
	});

	test('a sentence that says the article was published on a date still gives it', () => {
		const dump = `# Growing tomatoes\n\nThis article was originally published on 26 Sep 2019 but has been regularly updated to keep it accurate for our readers.\n\n${body(400)}`;
		assert.strictEqual(meta(dump).published, '2019-09-26');
	});

	test('a short dateline with a name and a time is not prose', () => {
		const dump = `# Release notes\n\nPosted on the 15/12/2025 at 19:00 by the maintainers\n\n${body(400)}`;
		assert.strictEqual(meta(dump).published?.slice(0, 10), '2025-12-15');
	});

	test('a dateline name followed by its linked section keeps the name', () => {
		const dump = `# Planning a project schedule\n\nDec 26, 2025 • Mahua Das in [Project Management](https://example.com/blog/project-management)\n\n${body(400)}`;
		assert.strictEqual(meta(dump).author, 'Mahua Das');
	});

	test('a label before a linked category is not a name', () => {
		const dump = `# Planning a project schedule\n\nDec 26, 2025 • Filed in [Project Management](https://example.com/blog/project-management)\n\n${body(400)}`;
		assert.strictEqual(meta(dump).author, undefined);
	});
});
