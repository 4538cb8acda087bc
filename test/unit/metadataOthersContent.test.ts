// Metadata (issue 12): the rules behind the impostor probes — picture credits, review widgets, sections of others' content, event dates, quotations, camel-case class names — each on its own, and linear on a hostile page.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isPhotoCreditText } from '../../src/core/extract/metadata/photoCredits';
import { isOthersHeading } from '../../src/core/extract/metadata/othersSections';
import { withCamelParts } from '../../src/core/extract/metadata/camelWords';

const BODY = 'The article\'s first paragraph is long enough to be read as body text, with more words after it so that it counts.\n\nA second paragraph follows with its own words about the subject at hand.';

function read(text: string, pageKind?: string): { author?: string; published?: string } {
	const md = extractMetadata(parseDump(`${text}\n`), pageKind ? { pageKind } : {});
	return { author: md.author?.value, published: md.published?.value };
}

suite('Metadata: picture credits', () => {
	test('credit lines are recognised by their label or their picture source', () => {
		for (const t of ['Photo by Jane Doe on Unsplash', 'Photos: Mark Wilson', 'Image courtesy of the artist', 'Illustration: Tom Baker', 'Courtesy of NASA', 'Mark Wilson/Getty Images', '(AP Photo/Evan Vucci)', 'Header image: Pexels']) {
			assert.ok(isPhotoCreditText(t), t);
		}
	});

	test('bylines, even with photos or a news agency, are not credits', () => {
		for (const t of ['By Jane Doe', 'Words and photos by Jane Doe', 'By Jane Doe, Reuters', 'Written by Anna Berg']) assert.ok(!isPhotoCreditText(t), t);
	});

	test('a name element inside a caption is the photographer', () => {
		assert.strictEqual(read(`# Buying a lathe\n\n::: wp-caption\n![](/a.jpg)\n\n[Tom Baker]{.author}\n:::\n\n${BODY}`).author, undefined);
	});

	test('an author element whose class says "author-credit" is still the byline', () => {
		assert.strictEqual(read(`# Buying a lathe\n\n[Anna Berg]{.author-credit__author-name}\n\n${BODY}`).author, 'Anna Berg');
	});
});

suite('Metadata: customer reviews', () => {
	test('a WooCommerce review\'s author and date are the review\'s', () => {
		const r = read(`# Oak stool\n\n${BODY}\n\n::: {.comment_container}\n[Maria Lopez]{.woocommerce-review__author} [March 1, 2025]{.woocommerce-review__published-date}\n\nNice stool.\n:::`, 'product');
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('a review article wrapped in Review markup keeps its own byline', () => {
		const r = read(`::: {itemscope="" itemtype="https://schema.org/Review"}\n# The Model 12 lathe, reviewed\n\n[Anna Berg]{itemprop="author"}\n\n${BODY}\n:::`);
		assert.strictEqual(r.author, 'Anna Berg');
	});
});

suite('Metadata: sections of others\' content', () => {
	test('comment, review, testimonial, event and teaser headings', () => {
		for (const t of ['3 Comments', 'Comments (12)', 'Leave a Reply', '2 thoughts on "Buying a lathe"', 'Customer Reviews', 'Reviews (4)', 'Testimonials', 'What our clients say', 'Upcoming Events', 'Course dates', 'Recent Posts', 'Archives']) {
			assert.ok(isOthersHeading(t), t);
		}
	});

	test('the page\'s own section headings are not', () => {
		for (const t of ['How to choose a lathe', 'Our review process', 'Event planning tips', 'Dates to remember when you buy', 'About the author']) assert.ok(!isOthersHeading(t), t);
	});

	test('a byline before a "Comments" heading is the page\'s; the commenter\'s after it is not', () => {
		const text = `# Buying a lathe\n\nBy Anna Berg\n\nMarch 2, 2025\n\n${BODY}\n\n## 1 Comment\n\nBy Robert Lang\n\nMarch 3, 2025`;
		assert.deepStrictEqual(read(text), { author: 'Anna Berg', published: '2025-03-02' });
	});

	test('a subsection under a comments heading is still the comments\'', () => {
		const text = `# Buying a lathe\n\n${BODY}\n\n## Comments\n\n### Robert Lang\n\nMarch 3, 2025\n\nGreat.`;
		assert.strictEqual(read(text).published, undefined);
	});

	test('a heading before the title does not make its section others\'', () => {
		const text = `## Latest news\n\n# Buying a lathe\n\nBy Anna Berg\n\nMarch 2, 2025\n\n${BODY}`;
		assert.deepStrictEqual(read(text), { author: 'Anna Berg', published: '2025-03-02' });
	});

	test('stays live: a page of 4,000 comment headings and dated lines is read (a walk up six heading levels per candidate; a liveness bound, not a speed test)', function () {
		this.timeout(120_000);
		const parts = [`# Buying a lathe\n\n${BODY}\n\n## Comments`];
		for (let i = 0; i < 4000; i++) parts.push(`### Commenter ${i}\n\nBy Reader Number\n\nMarch 3, 2025`);
		const r = read(parts.join('\n\n'));
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});
});

suite('Metadata: event dates', () => {
	test('a bare "Date:" beside "Time:" and "Location:" is the event\'s', () => {
		assert.strictEqual(read(`# Open workshop day\n\n**Date:** May 9, 2026\n\n**Time:** 10:00 -- 16:00\n\n**Location:** 12 Mill Lane\n\n${BODY}`).published, undefined);
	});

	test('a bare "Date:" alone is the post\'s', () => {
		assert.strictEqual(read(`# Open workshop day\n\nDate: February 2, 2026\n\n${BODY}`).published, '2026-02-02');
	});

	test('a date followed by its hours is the event\'s', () => {
		assert.strictEqual(read(`# Open workshop day\n\nMay 9, 2026 | 10:00 am -- 4:00 pm\n\n${BODY}`).published, undefined);
	});

	test('a forum thread\'s "Start date" is the thread\'s date', () => {
		assert.strictEqual(read(`# Which lathe for a beginner?\n\n[Start date]{.u-srOnly} [Jul 18, 2024](/threads/which-lathe.1/)\n\n${BODY}`).published, '2024-07-18');
	});
});

suite('Metadata: quotations', () => {
	test('a line linking to a social post is the post\'s attribution, outside any quote', () => {
		assert.strictEqual(read(`# Buying a lathe\n\n${BODY}\n\n--- Jane Doe (@janedoe) [March 3, 2024](https://x.com/janedoe/status/1234567)`).published, undefined);
	});

	test('a page whose whole text is in a blockquote keeps its dateline', () => {
		assert.strictEqual(read(`> # Buying a lathe\n>\n> March 2, 2025\n>\n> ${BODY.replace(/\n\n/g, '\n>\n> ')}`).published, '2025-03-02');
	});
});

suite('Metadata: camel-case class names', () => {
	test('camel-case parts of classes add their hyphenated form; hashes, plain names and ids are left alone', () => {
		assert.strictEqual(withCamelParts('styles_displayedAuthors__weBPI', ['styles_displayedAuthors__weBPI']), 'styles_displayedAuthors__weBPI styles_displayed-Authors__weBPI');
		assert.strictEqual(withCamelParts('AuthorNameContainer', ['AuthorNameContainer']), 'AuthorNameContainer Author-Name-Container');
		assert.strictEqual(withCamelParts('iLEvDG sc-3dd624f-1', ['iLEvDG', 'sc-3dd624f-1']), 'iLEvDG sc-3dd624f-1');
		assert.strictEqual(withCamelParts('post-author', ['post-author']), 'post-author');
		assert.strictEqual(withCamelParts('headerSearchTitle screenreader', ['screenreader']), 'headerSearchTitle screenreader');
	});

	test('a byline in camel-case classes is read', () => {
		assert.strictEqual(read(`# Buying a lathe\n\n::: authorWrapper\n::: AuthorNameContainer\nAnna Berg\n:::\n:::\n\n${BODY}`).author, 'Anna Berg');
	});

	test('a CSS module\'s author list and name container give the name, not its role', () => {
		assert.strictEqual(read(`# Buying a lathe\n\n::: styles_displayedAuthors__weBPI\n::: styles_nameContainer__jTG6T\nAnna Berg\n\nTech Reporter\n:::\n:::\n\n${BODY}`).author, 'Anna Berg');
	});
});
