// Metadata (issue 12): a probe set of the general shapes that hold a name or a date that is not the page's author or date — credits, reviews, events, prose, comments, quotes, stamps, sidebars, testimonials — each with its right counterpart.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = [
	'Our guide walks through the choices a small workshop faces when it buys its first machine, from the budget to the floor space it needs.',
	'',
	'Each section ends with a short list of questions to ask a seller before paying, and what a good answer sounds like.',
	'',
	'The last part covers upkeep: what wears out first, what it costs to replace, and how often it needs doing.',
].join('\n');

interface Read {
	readonly author?: string;
	readonly published?: string;
}

function read(lines: readonly string[], pageKind?: string): Read {
	const md = extractMetadata(parseDump(`${lines.join('\n')}\n`), pageKind ? { pageKind } : {});
	return { author: md.author?.value, published: md.published?.value };
}

suite('Metadata impostors: photo credits', () => {
	test('"Photo by X on Unsplash" under the lead image names no author', () => {
		const r = read(['# Buying a first lathe', '', '![A lathe in a workshop](/img/lathe.jpg)', '', 'Photo by [Jane Doe](https://unsplash.com/@janedoe) on [Unsplash](https://unsplash.com/)', '', BODY]);
		assert.strictEqual(r.author, undefined);
	});

	test('a caption "Image: X/Getty Images" names no author', () => {
		const r = read(['# Buying a first lathe', '', '![](/img/lathe.jpg)', '', '[Image: Mark Wilson/Getty Images]{.caption}', '', BODY]);
		assert.strictEqual(r.author, undefined);
	});

	test('a credit span "Credit: X" in a figure names no author', () => {
		const r = read(['# Buying a first lathe', '', '::: figure', '![](/img/lathe.jpg)', '', '[Credit: Tom Baker]{.credit}', ':::', '', BODY]);
		assert.strictEqual(r.author, undefined);
	});

	test('the byline beside the credit is still the author', () => {
		const r = read(['# Buying a first lathe', '', 'By Anna Berg', '', '![](/img/lathe.jpg)', '', 'Photo by [Jane Doe](https://unsplash.com/@janedoe) on [Unsplash](https://unsplash.com/)', '', BODY]);
		assert.strictEqual(r.author, 'Anna Berg');
	});
});

suite('Metadata impostors: review widgets on product pages', () => {
	const PRODUCT = ['# Walnut cutting board', '', '[\\$89.00]{.price}', '', 'A thick end-grain board cut from one walnut plank, oiled by hand.', '', '[Add to cart](/cart/add){.button}', ''];

	test('a Judge.me review\'s author and date are not the page\'s', () => {
		const r = read([...PRODUCT, '::: jdgm-rev-widg', '::: {.jdgm-rev .jdgm-divider-top}', '[Sarah K.]{.jdgm-rev__author}', '[03/12/2024]{.jdgm-rev__timestamp data-content="2024-03-12 10:00:00 UTC"}', '', 'Beautiful board, heavy and flat.', ':::', ':::', '', BODY]);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('a `review-author` and `review-date` pair is not the page\'s', () => {
		const r = read([...PRODUCT, '## Customer reviews', '', '::: review-item', '[Michael Brown]{.review-author}', '', '[January 4, 2025]{.review-date}', '', 'Works as described.', ':::', '', BODY]);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('schema.org Review markup: its author and date are the review\'s', () => {
		const r = read([...PRODUCT, '::: {itemprop="review" itemscope="" itemtype="https://schema.org/Review"}', '[Lena Fischer]{itemprop="author"}', '', '[2024-11-02]{itemprop="datePublished" content="2024-11-02"}', '', 'Sturdy and handsome.', ':::', '', BODY]);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('a review headed "Reviews" with a name and a date, on a page taken for a product', () => {
		const r = read([...PRODUCT, '## Reviews', '', '**Peter Holm**', '', 'March 2, 2025', '', 'Great board.', '', BODY], 'product');
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});
});

suite('Metadata impostors: events', () => {
	test('"Event date:" is the event\'s, not the page\'s', () => {
		const r = read(['# Spring open workshop day', '', 'Event date: Saturday, May 9, 2026', '', BODY]);
		assert.strictEqual(r.published, undefined);
	});

	test('"When:" and "Time:" lines are the event\'s', () => {
		const r = read(['# Spring open workshop day', '', '**When:** May 9, 2026, 10 am to 4 pm', '', '**Where:** 12 Mill Lane', '', BODY]);
		assert.strictEqual(r.published, undefined);
	});

	test('a schedule list of dated sessions gives no date', () => {
		const r = read(['# Evening woodturning course', '', '## Schedule', '', '-   March 3, 2026: Tools and safety', '-   March 10, 2026: Spindle turning', '-   March 17, 2026: Bowls', '', BODY]);
		assert.strictEqual(r.published, undefined);
	});

	test('a "Posted on" date on the same page is still the page\'s', () => {
		const r = read(['# Spring open workshop day', '', 'Posted on February 2, 2026', '', 'Event date: Saturday, May 9, 2026', '', BODY]);
		assert.strictEqual(r.published, '2026-02-02');
	});
});

suite('Metadata impostors: names in prose', () => {
	test('"as [Jane Doe](/author/jane-doe) wrote" inside a sentence is not the author', () => {
		const r = read(['# Buying a first lathe', '', `As [Jane Doe](/author/jane-doe/) wrote last spring, a used lathe is often the better buy for a shop that is just starting out.`, '', BODY]);
		assert.strictEqual(r.author, undefined);
	});
});

suite('Metadata impostors: comments under a short article', () => {
	test('a commenter\'s name and date after the article are not the page\'s', () => {
		const r = read(['# Buying a first lathe', '', BODY, '', '## 2 Comments', '', '**Robert Lang** says:', '', 'March 3, 2024 at 5:12 pm', '', 'Thanks, this helped a lot.', '', '**Emily Stone** says:', '', 'March 4, 2024 at 9:40 am', '', 'Which brand do you like?']);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('a comment\'s "Name says:" line with no heading above opens the comments', () => {
		const r = read(['# Buying a first lathe', '', 'Short note: the shop is closed on Monday.', '', '**Robert Lang** says:', '', 'March 3, 2024 at 5:12 pm', '', 'Thanks!']);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('"Leave a Reply" then a comment\'s author element is not the page\'s', () => {
		const r = read(['# Buying a first lathe', '', BODY, '', '### Leave a Reply', '', '[Tom Hardy]{.fn}', '', '[June 1, 2024]{.time}', '', 'Great write-up.']);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});
});

suite('Metadata impostors: quoted posts', () => {
	test('an embedded tweet\'s name and date are the tweet\'s', () => {
		const r = read(['# Buying a first lathe', '', BODY, '', '> We just shipped the new bench lathe! pic.twitter.com/abc', '>', '> --- Jane Doe (@janedoe) [March 3, 2024](https://twitter.com/janedoe/status/123)', '', BODY]);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('a `twitter-tweet` blockquote\'s date is the tweet\'s', () => {
		const r = read(['# Buying a first lathe', '', '::: twitter-tweet', 'We just shipped the new bench lathe!', '', '--- Jane Doe (@janedoe) [March 3, 2024](https://twitter.com/janedoe/status/123)', ':::', '', BODY]);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});
});

suite('Metadata impostors: stamps', () => {
	test('a footer\'s "Last updated" is not the publication date', () => {
		const r = read(['# Buying a first lathe', '', BODY, '', '::: site-footer', 'Last updated: January 5, 2026', '', '© 2026 Example Workshop', ':::']);
		assert.strictEqual(r.published, undefined);
	});

	test('a copyright year is no date', () => {
		const r = read(['# Buying a first lathe', '', BODY, '', 'Copyright © 2025 Example Workshop. All rights reserved.']);
		assert.strictEqual(r.published, undefined);
	});

	test('a product\'s release date is not the page\'s', () => {
		const r = read(['# The Model 12 bench lathe', '', 'Released: October 3, 2024', '', BODY]);
		assert.strictEqual(r.published, undefined);
	});
});

suite('Metadata impostors: sidebars', () => {
	test('a "Recent posts" list with dates gives no date', () => {
		const r = read(['# Buying a first lathe', '', BODY, '', '## Recent Posts', '', '-   [Sharpening gouges](/sharpening/) March 3, 2025', '-   [Choosing wood](/wood/) February 20, 2025']);
		assert.strictEqual(r.published, undefined);
	});

	test('a "Recent posts" list with a byline gives no author', () => {
		const r = read(['# Buying a first lathe', '', BODY, '', '### Latest articles', '', '#### [Sharpening gouges](/sharpening/)', '', 'By Alan Price', '', '#### [Choosing wood](/wood/)', '', 'By Alan Price']);
		assert.strictEqual(r.author, undefined);
	});
});

suite('Metadata impostors: testimonials', () => {
	test('a quote\'s "— Name, Role" is a testimonial, not a byline', () => {
		const r = read(['# Workshop machine servicing', '', BODY, '', '> "They had our planer running again the same day."', '>', '> --- Karen White, owner of Oak & Pine']);
		assert.strictEqual(r.author, undefined);
	});

	test('"What our customers say" then names gives no author', () => {
		const r = read(['# Workshop machine servicing', '', BODY, '', '## What our customers say', '', '"Fast and friendly service."', '', '**David Green**', '', '"Fair prices."', '', '**Laura Chen**']);
		assert.strictEqual(r.author, undefined);
	});
});

suite('Metadata impostors: the site\'s chrome', () => {
	test('a masthead\'s date of the day is not the page\'s', () => {
		const r = read(['::: site-header', '[Tuesday, December 2, 2025]{.current-date}', '', '[Home](/) [News](/news/)', ':::', '', '# Workshop machine servicing', '', BODY]);
		assert.strictEqual(r.published, undefined);
	});

	test('a cookie notice\'s "last updated" is not the page\'s', () => {
		const r = read(['# Workshop machine servicing', '', '::: cookie-banner', 'Our cookie policy was last updated on November 3, 2025.', ':::', '', BODY]);
		assert.strictEqual(r.published, undefined);
	});

	test('a mega menu\'s latest post and its date are not the page\'s', () => {
		const r = read(['::: mega-menu', '[Sharpening gouges](/blog/sharpening/)', '', 'By Alan Price', '', 'March 3, 2025', ':::', '', '# Workshop machine servicing', '', BODY]);
		assert.deepStrictEqual(r, { author: undefined, published: undefined });
	});

	test('a landing page\'s "From our blog" box gives no date', () => {
		const r = read(['# Workshop machine servicing', '', BODY, '', '## From our blog', '', '### [Sharpening gouges](/blog/sharpening/)', '', 'March 3, 2025']);
		assert.strictEqual(r.published, undefined);
	});

	test('a post\'s own header with its dateline is not chrome', () => {
		const r = read(['::: site-header', '[Home](/)', ':::', '', '::: entry-header', '# Sharpening gouges', '', 'March 3, 2025', ':::', '', BODY]);
		assert.strictEqual(r.published, '2025-03-03');
	});
});

suite('Metadata impostors: "by" lines that name no one', () => {
	test('a contact page\'s directions ("By car:", "By train:") name no author', () => {
		const r = read(['# Visit our workshop', '', 'By car: take the A1 north and leave at junction 4.', '', 'By Train: Mill Lane station is a short walk away.', '', BODY]);
		assert.strictEqual(r.author, undefined);
	});

	test('"By appointment only" and a shop\'s "By Brand" facet name no author', () => {
		assert.strictEqual(read(['# Machine servicing', '', 'By Appointment Only', '', BODY]).author, undefined);
		assert.strictEqual(read(['# Hand tools', '', 'Shop By Brand', '', 'By Price', '', BODY], 'collection').author, undefined);
	});

	test('"By Carla Brown" is still a byline', () => {
		assert.strictEqual(read(['# Visit our workshop', '', 'By Carla Brown', '', BODY]).author, 'Carla Brown');
	});
});
