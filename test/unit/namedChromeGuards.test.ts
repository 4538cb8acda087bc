// Main column by prose (heuristics/namedChromeGuards.ts): a container named by a layout word that holds most of the page's prose is not pruned by its name.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isUnlikely } from '../../src/core/extract/prune';
import { extractDump, formatExtraction } from '../../src/core/render/formats';
import { dumpLines } from '../util/joinLines';

/** Four paragraphs of a guide (about 1,000 characters of prose). */
const GUIDE = [
	'Backing up your files is the single most useful habit for a small office, because it turns a lost laptop into an afternoon of work instead of a lost year.',
	'',
	'Keep at least one copy away from the building, on a service or a drive that someone takes home, and check every month that a file can really be restored from it.',
	'',
	'Turn on updates for the operating system and for the browser, since most attacks on small firms use holes that were patched months before, and nobody installed the fix.',
	'',
	'Use a password manager for every account the business holds, with long random passwords, and switch on the second step of sign-in wherever a service offers it.',
	'',
	'Train the staff to pause before they open an attachment they did not expect, and to phone the sender when a message asks for money, a password or a change of bank details.',
];

function container(dump: string, cls: string): { index: BlockIndex; c: BlockIndex['containers'][number] } {
	const index = new BlockIndex(parseDump(dump));
	const c = index.containers.find((x) => x.attrs.classes.includes(cls));
	assert.ok(c, `no container .${cls}`);
	return { index, c };
}

function page(mainClass: string, extra: string[] = []): string {
	return dumpLines(
		'::: site-header', '[Home](/) [Guides](/guides) [Contact](/contact)', ':::', '',
		'# Cyber security for small offices', '',
		`::: ${mainClass}`, ...GUIDE, ':::', '',
		...extra,
		'::: site-footer', '[Privacy](/privacy) [Terms](/terms)', ':::',
	);
}

suite('Main column by prose', () => {
	test('a side column holding most of the prose is the main column; the site header and footer still go', () => {
		const dump = page('c-layout-sidebar-left');
		const main = container(dump, 'c-layout-sidebar-left');
		assert.strictEqual(isUnlikely(main.index, main.c), undefined);
		const header = container(dump, 'site-header');
		assert.strictEqual(isUnlikely(header.index, header.c), 'header');
		const footer = container(dump, 'site-footer');
		assert.strictEqual(isUnlikely(footer.index, footer.c), 'footer');
		const text = formatExtraction(extractDump(dump), 'text');
		assert.ok(text.includes('password manager for every account'), text);
		assert.ok(!text.includes('Privacy'), text);
	});

	test('a footer or menu holding most of the prose stays too', () => {
		for (const cls of ['page1-footer', 'module--locations-menu-detail']) {
			const m = container(page(cls), cls);
			assert.strictEqual(isUnlikely(m.index, m.c), undefined, cls);
		}
	});

	test('a side column beside a longer article is still chrome', () => {
		const dump = dumpLines('::: article', ...GUIDE, '', ...GUIDE, ':::', '', '::: sidebar', ...GUIDE.slice(0, 3), ':::');
		const side = container(dump, 'sidebar');
		assert.strictEqual(isUnlikely(side.index, side.c), 'sidebar');
	});

	test('a comment thread holding most of the prose is still chrome: comment words are not layout words', () => {
		const dump = page('article-text-short', ['::: comments', ...GUIDE, '', ...GUIDE, ':::', '']);
		const comments = container(dump, 'comments');
		assert.strictEqual(isUnlikely(comments.index, comments.c), 'comment');
	});

	test('a footer holding a page of one sentence, or hidden prose, is still chrome', () => {
		const short = dumpLines('# Shop', '', '::: footer', GUIDE[0], ':::');
		const s = container(short, 'footer');
		assert.strictEqual(isUnlikely(s.index, s.c), 'footer');
		// Inside a hidden drawer: measured on its own, counted nowhere on the visible page.
		const hidden = dumpLines('::: {.drawer style="display:none"}', '::: footer', ...GUIDE, ':::', ':::', '', 'A visible line of the page.');
		const h = container(hidden, 'footer');
		assert.strictEqual(isUnlikely(h.index, h.c), 'footer');
	});
});
