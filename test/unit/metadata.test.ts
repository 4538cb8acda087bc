// Metadata extraction: values and provenance on small fixture dumps, the seeds' expected fields, and the encoded-HTML decoder.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata, MetadataField } from '../../src/core/extract/article';
import { decodeEncodedHtml, decodeEncodedHtmlWithOffsets, findHtmlElements, htmlToText } from '../../src/core/extract/encodedHtml';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { canonicalUrl, extractMetadata, looksLikeName, splitNames } from '../../src/core/extract/metadata';
import { smartInlineText } from '../../src/core/extract/smartText';

/** The repository root: tests run from out/test/unit. */
const REPO = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'metadata');

function load(name: string): { text: string; md: ArticleMetadata } {
	const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
	return { text, md: extractMetadata(parseDump(text), {}) };
}

/** The dump text a field says it was read from. */
function sourceOf(text: string, f: MetadataField<unknown> | undefined): string {
	assert.ok(f, 'field is missing');
	assert.ok(f.source, `field ${JSON.stringify(f.value)} has no source`);
	return text.slice(f.source.start, f.source.end);
}

function assertProvenance(f: MetadataField<unknown> | undefined): void {
	assert.ok(f);
	assert.ok(f.rule.length > 0);
	assert.ok(f.confidence > 0 && f.confidence <= 1, `confidence ${f.confidence}`);
}

suite('Metadata: Khoros page with an encoded HTML line', () => {
	const { text, md } = load('khoros.txt');

	test('reads every field', () => {
		assert.strictEqual(md.title?.value, 'Rolling out the new widget pipeline');
		assert.strictEqual(md.author?.value, 'Avery Quinn');
		assert.strictEqual(md.published?.value, '2022-03-03T09:15');
		assert.strictEqual(md.modified?.value, '2022-04-12T16:30');
		assert.strictEqual(md.url?.value, 'https://community.contoso.example/t5/blog/rolling-out/ba-p/1234');
		assert.strictEqual(md.siteName?.value, 'Contoso Community');
		assert.strictEqual(md.language?.value, 'en-GB');
		assert.strictEqual(md.description?.value, 'How the widget team rebuilt its release pipeline, and what it means for you.');
		assert.deepStrictEqual(md.tags?.value, ['Pipelines', 'Widgets']);
	});

	test('the title source is the whole heading block, confirmed by the encoded subject', () => {
		assert.strictEqual(sourceOf(text, md.title), '# Rolling out the new widget pipeline');
		assert.match(md.title?.rule ?? '', /^profile:khoros:title\+encoded-html$/);
		assert.ok((md.title?.confidence ?? 0) > 0.9);
	});

	test('dates point at the published span and the version-history row', () => {
		assert.match(sourceOf(text, md.published), /^\[Mar 03 2022 09:15\nAM\]\{\.ba-published-date\}$/);
		assert.match(sourceOf(text, md.modified), /Last update:[\s\S]*Apr 12 2022/);
		// The span's paragraph labels it ("Published"): the rule says so.
		assert.match(md.published?.rule ?? '', /^profile:khoros:published(?::label)?$/);
	});

	test('language and description point into the encoded line', () => {
		assert.strictEqual(sourceOf(text, md.language), 'en-GB');
		assert.strictEqual(md.language?.rule, 'encoded-html:lang');
		assert.match(sourceOf(text, md.description), /^%3CP%3EHow%20the%20widget/);
		assert.strictEqual(md.description?.rule, 'encoded-html:lingo-teaser');
	});

	test('tags come from the tag list, not the encoded labels', () => {
		assert.match(md.tags?.rule ?? '', /^profile:khoros:tags$/);
		assert.match(sourceOf(text, md.tags), /^::: \{#tagsList/);
	});

	test('site name comes from the share subject after the title', () => {
		assert.strictEqual(md.siteName?.rule, 'share-title-suffix');
		assertProvenance(md.siteName);
	});
});

suite('Metadata: WordPress blog post', () => {
	const { text, md } = load('wordpress.txt');

	test('reads title, byline, both dates, URL, tags and site name', () => {
		assert.strictEqual(md.title?.value, 'On Quiet Mornings');
		// The page's apostrophe was straight (pandoc escaped it): it stays straight.
		assert.strictEqual(md.author?.value, "Dana O'Neill");
		assert.strictEqual(md.published?.value, '2019-03-04');
		assert.strictEqual(md.modified?.value, '2019-03-09');
		assert.strictEqual(md.url?.value, 'https://fieldnotes.example/2019/03/quiet-mornings/');
		assert.strictEqual(md.siteName?.value, 'Field Notes');
		assert.deepStrictEqual(md.tags?.value, ['Coffee', 'Routines']);
	});

	test('the title heading is the source, the URL is the title link', () => {
		assert.match(sourceOf(text, md.title), /^# \[On Quiet Mornings\]/);
		assert.strictEqual(md.url?.rule, 'title-link');
		assert.strictEqual(sourceOf(text, md.url), 'https://fieldnotes.example/2019/03/quiet-mornings/');
	});

	test('the first paragraph stands in for a description, with the page\'s curly apostrophes', () => {
		assert.strictEqual(md.description?.rule, 'first-paragraph');
		assert.ok(md.description?.value.startsWith('There’s a particular kind of light'));
		assert.ok((md.description?.confidence ?? 1) < 0.5);
	});

	test('the lead image is the first content image, and the byline has provenance', () => {
		assert.strictEqual(md.leadImage?.value, 'https://fieldnotes.example/wp-content/uploads/2019/03/window.jpg');
		assert.match(sourceOf(text, md.author), /Dana O\\'Neill/);
		assertProvenance(md.author);
	});
});

suite('Metadata: German news page', () => {
	const { text, md } = load('news-de.txt');

	test('reads German dates with labels: published and updated', () => {
		assert.strictEqual(md.published?.value, '2021-05-10T08:00');
		assert.strictEqual(md.modified?.value, '2021-05-11T14:30');
		assert.match(sourceOf(text, md.published), /Veröffentlicht am 10\. Mai 2021/);
	});

	test('reads two authors from a "Von A und B" byline, written as the page wrote them', () => {
		assert.deepStrictEqual(md.authors?.value, ['Jana Becker', 'Tom Keller']);
		assert.strictEqual(md.author?.value, 'Jana Becker und Tom Keller');
		assert.match(sourceOf(text, md.authors), /^::: byline/);
	});

	test('title, description, language and site name', () => {
		assert.strictEqual(md.title?.value, 'Stadtrat beschließt neues Radwegenetz');
		assert.strictEqual(md.description?.value, 'Nach zwei Jahren Planung stimmt der Rat für 40 Kilometer neue Radwege.');
		assert.strictEqual(md.description?.rule, 'itemprop:description');
		assert.strictEqual(md.language?.value, 'de');
		assert.strictEqual(md.siteName?.value, 'Rheinbote');
		assert.strictEqual(md.url, undefined, 'no share link, no absolute title link: no URL is made up');
	});
});

suite('Metadata: page with no metadata', () => {
	test('finds nothing and invents nothing', () => {
		const { md } = load('no-metadata.txt');
		for (const key of ['title', 'author', 'published', 'modified', 'url', 'siteName', 'description', 'tags', 'leadImage'] as const) {
			assert.strictEqual(md[key], undefined, `${key} should be absent`);
		}
	});

	test('never throws, whatever the input', () => {
		for (const text of ['', '\u0000\u0000', ':::\n:::', '# \n', '%3C'.repeat(200), '[](mailto:?subject=%E0%A4%A)', 'x'.repeat(5000)]) {
			assert.doesNotThrow(() => extractMetadata(parseDump(text), {}));
		}
	});
});

suite('Metadata helpers', () => {
	test('bylines split into names; roles and dates are dropped', () => {
		assert.deepStrictEqual(splitNames('By Jane Doe and John Roe'), ['Jane Doe', 'John Roe']);
		assert.deepStrictEqual(splitNames('Par Sébastien Farcis'), ['Sébastien Farcis']);
		assert.deepStrictEqual(splitNames('By Dan Goodin - Apr 16, 2015 8:02 pm UTC'), ['Dan Goodin']);
		assert.deepStrictEqual(splitNames('Jane Doe, Senior Editor'), ['Jane Doe']);
		assert.deepStrictEqual(splitNames('Posted in news and events'), []);
		assert.ok(looksLikeName('José María de la Cruz'));
		assert.ok(!looksLikeName('12 comments'));
	});

	test('canonical URLs drop fragments and tracking parameters', () => {
		assert.strictEqual(canonicalUrl('https://a.example/x?utm_source=t&id=3#top'), 'https://a.example/x?id=3');
		assert.strictEqual(canonicalUrl('https://a.example/x?utm_medium=m'), 'https://a.example/x');
	});

	test('smart text restores the page\'s punctuation but keeps escaped characters literal', () => {
		const doc = parseDump('# Don\'t say \\"no\\" --- it\'s "fine"... \\--x\n');
		const h = doc.blocks[0];
		assert.ok(h.kind === 'heading');
		assert.strictEqual(smartInlineText(h.content, doc.text), 'Don’t say "no" — it’s “fine”… --x');
	});
});

function md(lines: readonly string[], context: Parameters<typeof extractMetadata>[1] = {}): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), context);
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';

suite('Metadata: titles a reader would name', () => {
	test('a heading inside a menu or dialog, or a box label, is not the title; the page h1 is', () => {
		const m = md([
			'::: {.mobile-menu}', '## Main menu', '', '-   [Home](/)', ':::', '',
			'::: {.modal}', '## Sign in to view more content', ':::', '',
			'## Related posts', '',
			'# Five trends from the 2025 nutrition conference', '', BODY,
		]);
		assert.strictEqual(m.title?.value, 'Five trends from the 2025 nutrition conference');
		assert.ok((m.title?.confidence ?? 0) >= 0.5, 'an h1 title is not uncertain');
	});

	test('a permalink mark, a "Thread:" label and a "| tagline" are not part of the title', () => {
		assert.strictEqual(md(['# Advanced usage¶', '', BODY]).title?.value, 'Advanced usage');
		assert.strictEqual(md(['# Thread: Which web host do you use?', '', BODY]).title?.value, 'Which web host do you use?');
		assert.strictEqual(md(['# Best movers in NYC 2025 | Top 19 companies', '', BODY]).title?.value, 'Best movers in NYC 2025');
		// Dashes join clauses in headlines: kept.
		assert.strictEqual(md(['# The top workout of 2024 — and 5 trends to expect', '', BODY]).title?.value, 'The top workout of 2024 — and 5 trends to expect');
	});

	test('an h1 that is a bare domain is the site, not the page', () => {
		assert.strictEqual(md(['# example.org', '', '## Discuss the 7.1 release here {.topic-title}', '', BODY]).title?.value, 'Discuss the 7.1 release here');
	});

	test('a title found only in an h2 is reported, but as uncertain', () => {
		const m = md(['## Maybe the headline', '', BODY]);
		assert.strictEqual(m.title?.value, 'Maybe the headline');
		assert.ok((m.title?.confidence ?? 1) < 0.5, `confidence ${m.title?.confidence}`);
	});
});

suite('Metadata: bylines and dates from places that carry them', () => {
	test('a reviewer\'s byline, a label glued to a name and a label in place of a name are not the author', () => {
		assert.deepStrictEqual(splitNames('Medically reviewed by Dr. Jane Roe'), []);
		assert.deepStrictEqual(splitNames('Rebecca NorrisPublished'), ['Rebecca Norris']);
		assert.deepStrictEqual(splitNames('BeauHD on Friday'), ['BeauHD']);
		assert.deepStrictEqual(splitNames('Written By'), []);
		assert.deepStrictEqual(splitNames('About the author'), []);
	});

	test('a forum handle counts as a name only in an author element', () => {
		assert.deepStrictEqual(splitNames('hayley.p'), []);
		assert.deepStrictEqual(splitNames('hayley.p', { handles: true }), ['hayley.p']);
	});

	test('bylines repeated for every post: the first after the title is the thread\'s author and date', () => {
		const post = (name: string, date: string): string[] => [`::: post`, `[${name}]{.author}`, '', `[${date}]{.post-date}`, '', BODY, ':::', ''];
		const m = md(['# Which web host do you use?', '', ...post('starter', 'March 1, 2024'), ...post('Replier One', 'March 2, 2024'), ...post('Replier Two', 'March 3, 2024')]);
		assert.strictEqual(m.author?.value, 'starter');
		assert.match(m.author?.rule ?? '', /first-of-3/);
		assert.strictEqual(m.published?.value, '2024-03-01');
	});

	test('a member\'s join date is not the page\'s date', () => {
		const m = md(['# A question', '', '[Jane Doe]{.author} Joined: May 3, 2009', '', BODY]);
		assert.strictEqual(m.published, undefined);
	});

	test('the only date a page shows, labelled as an update, fills published', () => {
		const m = md(['# A guide to wine', '', 'Updated December 19, 2025', '', BODY]);
		assert.strictEqual(m.published?.value, '2025-12-19');
		assert.strictEqual(m.modified?.value, '2025-12-19');
		assert.match(m.published?.rule ?? '', /only-date/);
	});

	test('a byline is kept whatever kind the page is taken for (the kind detector mistakes articles for other kinds)', () => {
		const lines = ['# Studio headphones', '', 'By [Jane Doe]{.author} · [May 1, 2024]{.post-date}', '', BODY];
		for (const pageKind of ['article', 'collection', 'listing', 'service', 'documentation']) {
			const m = md(lines, { pageKind });
			assert.strictEqual(m.author?.value, 'Jane Doe', pageKind);
			assert.strictEqual(m.published?.value, '2024-05-01', pageKind);
			assert.strictEqual(m.title?.value, 'Studio headphones');
		}
	});

	test('a page taken for a product names no author and no date, even at its title (`kindPolicy.ts`)', () => {
		const m = md(['# Studio headphones', '', 'By [Jane Doe]{.author} · [May 1, 2024]{.post-date}', '', BODY], { pageKind: 'product' });
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
		assert.strictEqual(m.title?.value, 'Studio headphones');
	});
});

suite('Encoded HTML', () => {
	test('decodes percent escapes as UTF-8 and drops Markdown escapes', () => {
		assert.strictEqual(decodeEncodedHtml('%3CP%3EIt\\\'s%20caf%C3%A9%20%E2%80%94%20%F0%9F%98%80%3C%2FP%3E'), "<P>It's café — 😀</P>");
	});

	test('keeps malformed sequences as written', () => {
		assert.strictEqual(decodeEncodedHtml('100%25%20%ZZ%E2%80'), '100% %ZZ%E2%80');
	});

	test('maps decoded offsets back to the encoded text', () => {
		const enc = '%3Cb%3Eh%C3%A9%3C%2Fb%3E';
		const { html, offsets } = decodeEncodedHtmlWithOffsets(enc);
		assert.strictEqual(html, '<b>hé</b>');
		assert.strictEqual(enc.slice(offsets[3], offsets[5]), 'h%C3%A9');
		assert.strictEqual(offsets[html.length], enc.length);
	});

	test('finds elements (nested, unclosed) and reads their text with entities', () => {
		const html = '<LINGO-SUB slang="en-US">A &amp; B</LINGO-SUB><div><div>x</div>y</div><p>open';
		const sub = findHtmlElements(html, 'lingo-sub');
		assert.strictEqual(sub.length, 1);
		assert.strictEqual(sub[0].attrs.get('slang'), 'en-US');
		assert.strictEqual(htmlToText(sub[0].inner), 'A & B');
		assert.deepStrictEqual(findHtmlElements(html, 'div').map((e) => e.inner), ['<div>x</div>y', 'x']);
		assert.strictEqual(findHtmlElements(html, 'p')[0].inner, 'open');
		assert.strictEqual(htmlToText('<P>a&nbsp;b</P><P>c<script>x()</script></P>'), 'a b c');
	});
});

/** The shared folder next to the repository (not part of the repo: the seeds are the lead's acceptance data). */
const SHARED = path.resolve(REPO, '..', 'shared');
const SEED_FIELDS = ['title', 'author', 'published', 'modified', 'url', 'siteName', 'language', 'description', 'tags'] as const;

suite('Metadata: seeds', () => {
	const seedsDir = path.join(SHARED, 'seeds');
	const expectedDir = path.join(seedsDir, 'expected');
	const names = fs.existsSync(expectedDir) ? fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort() : [];

	if (names.length === 0) {
		test(`skipped: no seeds at ${expectedDir} (check out ../shared next to the repository)`, function () {
			this.skip();
		});
	}

	for (const name of names) {
		const base = name.replace(/\.json$/, '');
		test(`${base}: every expected field matches exactly`, function () {
			const dumpFile = path.join(seedsDir, `${base}.txt`);
			if (!fs.existsSync(dumpFile)) this.skip();
			const expected = JSON.parse(fs.readFileSync(path.join(expectedDir, name), 'utf8')) as Record<string, unknown>;
			const doc = parseDump(fs.readFileSync(dumpFile, 'utf8'));
			// Through the whole pipeline, as users get it, and on its own without an article region.
			for (const md of [extractArticle(doc).metadata, extractMetadata(doc, {})]) {
				for (const key of SEED_FIELDS) {
					if (!(key in expected)) continue;
					assert.deepStrictEqual(md[key]?.value, expected[key], `${base} ${key}`);
				}
			}
		});
	}
});
