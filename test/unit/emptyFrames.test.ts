// Pages whose scripts draw the content: the frame around it (footer links, a hidden skip link) is not main content (kinds/wholePage.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { CHROME_FRAME_LINK_DENSITY, HIDDEN_CONTENT_MIN_CHARS, hiddenContent, isChromeFrame, wholePage } from '../../src/core/extract/kinds/wholePage';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines as joinLines } from '../util/joinLines';

/** A shop page saved before its script drew the product: a hidden search label, an empty root, and the site's footer. */
function scriptFrame(...extra: string[]): string {
	const links = ['Help Center', 'Disputes and Reports', 'Return and refund policy', 'Report infringement', 'Transparency Center', 'Recalls', 'Track your order', 'Shipping rates'];
	return joinLines(
		'::: {style="display:none;"}',
		"- [I'm shopping for...](#search-key)",
		':::',
		'',
		'::: {#root}',
		':::',
		'',
		'::: site-footer',
		'::: {.sf-help}',
		'Help',
		'',
		links.map((l, i) => `[${l}](/help/${i})`).join(', '),
		'',
		'Multi-Language Sites',
		'',
		['Russian', 'Portuguese', 'Spanish', 'French', 'German', 'Italian', 'Dutch', 'Turkish', 'Japanese', 'Korean', 'Thai', 'Arabic'].map((l) => `[${l}](/${l.toLowerCase()})`).join(', '),
		'',
		'',
		'Stay connected: follow us, download the app, and sign up for deals on every device you own.',
		'',
		links.map((l, i) => `[${l} for sellers](/sell/${i})`).join(', '),
		'',
		['Browse by Category', 'All Popular', 'Product', 'Promotion', 'Low Price', 'Great Value', 'Reviews', 'Blog', 'Seller Portal', 'Black Friday', 'Help'].map((l) => `[${l}](/c/${l.length})`).join(', '),
		':::',
		':::',
		...extra,
	);
}

suite('Frames of pages their scripts draw', () => {
	test('a footer of links read for want of content, and a hidden search label, make an empty page', () => {
		const doc = parseDump(scriptFrame());
		const article = extractArticle(doc);
		assert.strictEqual(renderText(article, doc), '');
		assert.ok(article.empty);
		assert.deepStrictEqual(article.warnings, ['no-text']);
	});

	test('a short hidden text is no page waiting for its script; a long one is', () => {
		const index = new BlockIndex(parseDump(scriptFrame()));
		assert.strictEqual(hiddenContent(index, wholePage(index)), undefined);
		const prose = 'The burner was designed on a glacier, where the wind eats every flame that is not shielded, so its ring sits low in a steel skirt. ';
		const long = new BlockIndex(parseDump(joinLines('::: {style="display:none"}', prose.repeat(3), ':::')));
		const hidden = hiddenContent(long, wholePage(long));
		assert.ok(hidden && hidden.chars >= HIDDEN_CONTENT_MIN_CHARS);
	});

	test('prose under a wrapper named like a footer, or a page with text outside chrome, is no frame', () => {
		const prose = 'The burner was designed on a glacier, where the wind eats every flame that is not shielded, so its ring sits low in a steel skirt.';
		const wrapped = parseDump(joinLines('::: {.sticky-footer-wrapper}', '# Ridgeline Camp Stove', '', prose, '', prose.replace('glacier', 'ridge'), '', prose.replace('steel', 'brass'), ':::'));
		const text = renderText(extractArticle(wrapped), wrapped);
		assert.ok(text.includes('designed on a glacier'), text);
		const index = new BlockIndex(parseDump(scriptFrame()));
		const footer = index.containers.find((c) => c.attrs?.classes.includes('site-footer'));
		assert.ok(footer);
		const attempt = { region: footer, regionScore: 0, blocks: [], removed: [], chars: 1 };
		assert.ok(isChromeFrame(index, wholePage(index), attempt), `link density over ${CHROME_FRAME_LINK_DENSITY}`);
		assert.ok(!isChromeFrame(index, wholePage(index), { ...attempt, region: ROOT }));
		const withText = new BlockIndex(parseDump(scriptFrame('', prose)));
		assert.ok(!isChromeFrame(withText, wholePage(withText), attempt));
	});
});
