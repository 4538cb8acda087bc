// The outline: article named by its title with headings nested by level, metadata at its sources, regions with their headings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Article } from '../../src/core/extract/article';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { formatOutlineJson, formatOutlineText, outlineToJson } from '../../src/core/outline/format';
import { buildOutline, walkOutline, type OutlineNode } from '../../src/core/outline/outline';
import { pageRegions } from '../../src/core/outline/regions';
import { LineIndex } from '../../src/core/text/lineIndex';
import { handArticle, lineSpan, loadFixture, SEEDS } from './outlineFixtures';

/** A compact picture of a tree: `name [kind Lx-y]` with children indented. */
function sketch(nodes: readonly OutlineNode[], lines: LineIndex, depth = 0): string[] {
	return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.name} [${n.kind} ${lineSpan(lines, n.range)}]`, ...sketch(n.children, lines, depth + 1)]);
}

function names(nodes: Iterable<OutlineNode>): string[] {
	return [...nodes].map((n) => n.name);
}

suite('Outline', () => {
	suite('news page with a mega-menu', () => {
		const f = loadFixture('news-megamenu.txt');
		const article = handArticle(f.doc, { body: 'article-body', title: 'Tide Tables Go Digital Across the Coast', removed: ['share-tools'] });
		const outline = buildOutline(f.doc, article);

		test('the article comes first, then metadata, then the regions, each with its headings', () => {
			assert.deepEqual(sketch(outline, f.lines), [
				'Tide Tables Go Digital Across the Coast [article L27-66]',
				'  How the sensors work [heading L42-53]',
				'    Calibration [heading L47-53]',
				'  What changes for fishers [heading L55-58]',
				'Title: Tide Tables Go Digital Across the Coast [metadata L27]',
				'Header and navigation [region L1-24]',
				'  World (128) [heading L9-12]',
				'  Business (64) [heading L14-22]',
				'    Most Read [heading L19-22]',
				'Other boilerplate [region L60-65]',
				'  Share this article [heading L61-64]',
				'Other boilerplate [region L69-72]',
				'  Related stories [heading L69-72]',
				'Footer [region L74-81]',
				'  About us [heading L75-80]',
			]);
		});

		test('heading names are clean text and selection ranges cover the heading text exactly', () => {
			const menu = outline.find((n) => n.name === 'Header and navigation')!;
			const world = menu.children[0];
			assert.equal(world.name, 'World (128)');
			// `## [World]{.menu-title} [(128)]{.count} {#menu-world}`: the text runs from after `## ` to before ` {#menu-world}`.
			assert.deepEqual(f.lines.rangeOf(world.selectionRange), { start: { line: 8, character: 3 }, end: { line: 8, character: 39 } });
			const sensors = outline[0].children[0];
			assert.equal(sensors.detail, 'H2');
			assert.deepEqual(f.lines.rangeOf(sensors.selectionRange), { start: { line: 41, character: 3 }, end: { line: 41, character: 23 } });
		});

		test('the article is selected at its title, and its range reaches up to the title above the body', () => {
			const a = outline[0];
			assert.equal(a.kind, 'article');
			assert.deepEqual(f.lines.rangeOf(a.selectionRange), { start: { line: 26, character: 2 }, end: { line: 26, character: 41 } });
			assert.match(a.detail, /^article, \d+ words$/);
		});

		test('menu and widget headings are never among the article\'s headings', () => {
			const inArticle = names(walkOutline(outline[0].children));
			for (const menu of ['World (128)', 'Business (64)', 'Most Read', 'Share this article', 'Related stories', 'About us']) {
				assert.ok(!inArticle.includes(menu), `${menu} is listed in the article`);
			}
		});

		test('each region says why it is what it is', () => {
			const regions = pageRegions(f.doc, article);
			assert.deepEqual(regions.map((r) => [r.category, r.position, r.reason]), [
				['header', 'before', 'class "site-header" names a header or navigation'],
				['other', 'inside', 'class "share-tools" names page furniture'],
				['other', 'after', 'id "related-heading" names page furniture'],
				['footer', 'after', 'class "site-footer" names a footer'],
			]);
		});
	});

	suite('blog with sidebar and comments', () => {
		const f = loadFixture('blog-sidebar-comments.txt');
		const article = handArticle(f.doc, { body: 'entry-content', title: 'Winter Birds of the Marsh' });
		const outline = buildOutline(f.doc, article);

		test('comments, sidebar and footer are regions; the byline joins the article head', () => {
			assert.deepEqual(sketch(outline, f.lines), [
				'Winter Birds of the Marsh [article L19-41]',
				'  Ducks and geese [heading L28-30]',
				'  Birds of the reeds [heading L32-38]',
				'Title: Winter Birds of the Marsh [metadata L19]',
				'Header and navigation [region L2-14]',
				'Comments [region L44-62]',
				'  3 thoughts on "Winter Birds of the Marsh" [heading L45-61]',
				'    Leave a Reply [heading L59-61]',
				'Sidebar [region L65-74]',
				'  Recent Posts [heading L66-69]',
				'  Archives [heading L71-73]',
				'Footer [region L77-79]',
			]);
		});

		test('regions carry their signal as detail', () => {
			assert.deepEqual(outline.filter((n) => n.kind === 'region').map((n) => n.detail), ['masthead', 'comments', 'widget-area', 'colophon']);
		});
	});

	suite('metadata', () => {
		test('each field with a source is a symbol at its source, in reading order; derived fields are not', () => {
			const f = loadFixture('news-megamenu.txt');
			const base = handArticle(f.doc, { body: 'article-body', title: 'Tide Tables Go Digital Across the Coast' });
			const byline = f.text.indexOf('[Mara Lind]');
			const date = f.text.indexOf('October 12, 2017');
			const article: Article = {
				...base,
				metadata: {
					...base.metadata,
					author: { value: 'Mara Lind', source: { start: byline, end: byline + 11 }, rule: 'rel:author', confidence: 0.6 },
					published: { value: '2017-10-12', source: { start: date, end: date + 16 }, rule: 'class:date', confidence: 0.8 },
					tags: { value: ['tides', 'harbors'], source: { start: date, end: date + 7 }, rule: 'test', confidence: 0.5 },
					wordCount: { value: 120, rule: 'derived', confidence: 1 },
				},
			};
			const meta = buildOutline(f.doc, article).filter((n) => n.kind === 'metadata');
			assert.deepEqual(meta.map((n) => [n.name, n.detail, n.field, lineSpan(f.lines, n.range)]), [
				['Title: Tide Tables Go Digital Across the Coast', 'test:title', 'title', 'L27'],
				['Author: Mara Lind', 'rel:author', 'author', 'L29'],
				['Published: 2017-10-12', 'class:date', 'published', 'L30'],
				['Tags: tides, harbors', 'test', 'tags', 'L30'],
			]);
			assert.deepEqual(meta[1].selectionRange, { start: byline, end: byline + 11 });
		});

		test('without a metadata title the article is named by the page\'s title-class heading', () => {
			const f = loadFixture('news-megamenu.txt');
			const article = { ...handArticle(f.doc, { body: 'article-body' }), metadata: {} };
			const outline = buildOutline(f.doc, article);
			assert.equal(outline[0].name, 'Tide Tables Go Digital Across the Coast');
			assert.equal(outline[1].name, 'Title: Tide Tables Go Digital Across the Coast');
			assert.equal(outline[1].detail, 'outline:h1-title-class');
		});
	});

	suite('edge cases', () => {
		test('an empty article gives every heading of the dump, nested by level', () => {
			const text = '# One\n\ntext\n\n## Two {#two}\n\n::: {.box}\n### Three\n:::\n';
			const doc = parseDump(text);
			const outline = buildOutline(doc, { metadata: {}, blocks: [], removed: [], empty: true });
			assert.deepEqual(sketch(outline, new LineIndex(text)), ['One [heading L1-9]', '  Two [heading L5-9]', '    Three [heading L8]']);
		});

		test('an empty document has an empty outline', () => {
			assert.deepEqual(buildOutline(parseDump(''), { metadata: {}, blocks: [], removed: [], empty: true }), []);
		});

		test('selection ranges always lie within ranges', () => {
			for (const name of ['news-megamenu.txt', 'blog-sidebar-comments.txt', 'plain-notes.txt']) {
				const f = loadFixture(name);
				for (const n of walkOutline(buildOutline(f.doc, extractArticle(f.doc)))) {
					assert.ok(n.range.start <= n.selectionRange.start && n.selectionRange.end <= n.range.end, `${name}: ${n.name}`);
				}
			}
		});
	});

	suite('with the real extractor', () => {
		test('the fixtures\' article headings are in the article and the menu headings are not', () => {
			const news = loadFixture('news-megamenu.txt');
			const outline = buildOutline(news.doc, extractArticle(news.doc));
			const article = outline.find((n) => n.kind === 'article')!;
			assert.equal(article.name, 'Tide Tables Go Digital Across the Coast');
			assert.deepEqual(names(walkOutline(article.children)), ['How the sensors work', 'Calibration', 'What changes for fishers']);
			const blog = loadFixture('blog-sidebar-comments.txt');
			const blogOutline = buildOutline(blog.doc, extractArticle(blog.doc));
			assert.deepEqual(names(walkOutline(blogOutline.find((n) => n.kind === 'article')!.children)), ['Ducks and geese', 'Birds of the reeds']);
			assert.deepEqual(blogOutline.filter((n) => n.kind === 'region').map((n) => n.name), ['Header and navigation', 'Comments', 'Sidebar', 'Footer']);
		});
	});

	suite('text and JSON formats', () => {
		const text = '::: {.nav}\n## Menu\n:::\n\n::: {.post-body}\n# Title\n\n## Part {#part}\n\nBody text here.\n:::\n';
		const doc = parseDump(text);
		const body = doc.blocks[1];
		assert.ok(body.kind === 'div');
		const article: Article = { metadata: {}, blocks: body.children, region: body.range, removed: [], empty: false };
		const lines = new LineIndex(text);

		test('text: one node per line, children indented, one-based lines', () => {
			assert.equal(formatOutlineText(buildOutline(doc, article), lines), [
				'Title  [article, 5 words]  article L5-11',
				'  Part  [H2]  heading L8-10',
				'Title: Title  [outline:h1-in-article]  metadata L6',
				'Header and navigation  [nav]  region L1-3',
				'  Menu  [H2]  heading L2',
				'',
			].join('\n'));
		});

		test('json: nested nodes with line/character ranges', () => {
			const json = outlineToJson(buildOutline(doc, article), lines);
			assert.deepEqual(json[0].children[0], {
				name: 'Part',
				detail: 'H2',
				kind: 'heading',
				range: { start: { line: 7, character: 0 }, end: { line: 9, character: 15 } },
				selectionRange: { start: { line: 7, character: 3 }, end: { line: 7, character: 7 } },
				children: [],
			});
			assert.deepEqual(JSON.parse(formatOutlineJson(buildOutline(doc, article), lines)), json);
		});
	});

	suite('seeds', () => {
		const seeds = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
		const MENU_HEADINGS = ['Products (72)', 'Special Topics (41)', 'Video Hub (810)', 'Most Active Hubs', 'Video Hub', 'Share', 'What\'s new', 'Company'];
		if (seeds.length === 0) {
			test.skip(`seed dumps not found at ${SEEDS} (../shared/seeds is absent in this checkout)`, () => undefined);
		}
		for (const seed of seeds) {
			test(`${seed}: the article holds the expected headings and none of the menu headings`, function () {
				const expectedFile = path.join(SEEDS, 'expected', seed.replace(/\.txt$/, '.json'));
				if (!fs.existsSync(expectedFile)) this.skip();
				const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as { title: string; headings: string[] };
				const doc = parseDump(fs.readFileSync(path.join(SEEDS, seed), 'utf8'));
				const outline = buildOutline(doc, extractArticle(doc));
				const article = outline.find((n) => n.kind === 'article');
				assert.ok(article, 'no article symbol');
				assert.equal(article.name, expected.title);
				const headings = names(walkOutline(article.children));
				assert.deepEqual(headings, expected.headings);
				for (const menu of MENU_HEADINGS) assert.ok(!headings.includes(menu), `menu heading ${menu} is in the article`);
				// The menu headings are still in the outline, in their regions.
				const header = outline.find((n) => n.kind === 'region' && n.category === 'header');
				assert.ok(header && names(walkOutline(header.children)).includes('Products (72)'), 'the mega-menu headings are not in the header region');
				const share = outline.find((n) => n.kind === 'region' && names(n.children).includes('Share'));
				assert.ok(share, 'the Share widget heading is in no region');
			});
		}
	});
});
