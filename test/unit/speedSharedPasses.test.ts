// Speed (issue 13): containers' words read once per index, the platforms' cards marked in one pass, named spans measured only when named, punctuation counted up to need, the mojibake verdict once per document: each answers as before.
import * as assert from 'node:assert';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block, Inline } from '../../src/core/model/dumpDocument';
import type { AttributeParts } from '../../src/core/model/linkNodes';
import { divAttrParts } from '../../src/core/model/divNodes';
import { BlockIndex, isContainer, isProse, PUNCTUATION_RE, CHARS_PER_PUNCTUATION, MIN_UNPUNCTUATED_CHARS } from '../../src/core/extract/blockIndex';
import { attrWords, collapse, withTextCache } from '../../src/core/extract/inlineText';
import { MIN_PLATFORM_CARDS, platformRead } from '../../src/core/extract/kinds/platformGrid';
import { SHOP_GRID_PLATFORMS } from '../../src/core/extract/data/shopGridPlatforms';
import { innerChromeToken, spansNamedBy } from '../../src/core/extract/heuristics/innerChrome';
import { widgetVendorToken } from '../../src/core/extract/heuristics/widgetVendors';
import { pluginChromeToken } from '../../src/core/extract/heuristics/pluginChrome';
import { dropEndMatter, isEndMatter } from '../../src/core/extract/heuristics/endMatter';
import { WIDGET_VENDORS } from '../../src/core/extract/data/widgetVendors';
import { documentHasMojibake, hasMojibake } from '../../src/core/text/mojibake';
import { matchCount } from '../../src/core/text/wordCount';

/** A category page with Dawn's and WooCommerce's card words, nested cards, a role, an id, a heading card and pairs. */
const SHOP = [
	'::: {#main .page role="main"}',
	'# Mugs {.collection-hero__title}',
	'',
	'::: {.product-card-wrapper .card-wrapper}',
	'::: card__information',
	'### [Blue mug](/p/1) {.card__heading}',
	'',
	'€12,00',
	':::',
	':::',
	'',
	'::: {.product-card-wrapper}',
	'### [Red mug](/p/2) {.card__heading}',
	'',
	'€14,00',
	':::',
	'',
	'::: {.product-card-wrapper data-x="1"}',
	'Green mug €9,00',
	':::',
	'',
	'::: {.product-card-wrapper}',
	'Plain mug €8,00',
	':::',
	'',
	'## [Woo mug](/w/1) {.woocommerce-loop-product__title}',
	'',
	'## [Woo cup](/w/2) {.woocommerce-loop-product__title}',
	'',
	'::: {#bare}',
	'Text.',
	':::',
	'',
	'::: {}',
	'Text.',
	':::',
	':::',
	'',
].join('\n');

function preOrder(blocks: readonly Block[], out: Block[] = []): Block[] {
	for (const b of blocks) {
		out.push(b);
		if (b.kind === 'list') for (const it of b.items) preOrder(it.children, out);
		else if (isContainer(b) || b.kind === 'blockquote') preOrder(b.children, out);
	}
	return out;
}

/** platformRead's platform and cards as they were read before: a pass over every block per platform. */
function oldPlatformCards(blocks: readonly Block[]): { name: string; cards: Block[] } | undefined {
	const classesOf = (b: Block): readonly string[] => (isContainer(b) ? divAttrParts(b).classes : b.kind === 'heading' ? (b.attrs?.classes ?? []) : []);
	let best: { name: string; cards: Block[] } | undefined;
	for (const platform of SHOP_GRID_PLATFORMS) {
		const words = new Set(platform.cards);
		const cards = blocks.filter((b) => classesOf(b).some((c) => words.has(c)));
		const outer: Block[] = [];
		for (const c of cards) {
			const last = outer[outer.length - 1];
			if (!last || !(c.range.start >= last.range.start && c.range.end <= last.range.end)) outer.push(c);
		}
		if (outer.length >= MIN_PLATFORM_CARDS && outer.length > (best?.cards.length ?? 0)) best = { name: platform.name, cards: outer };
	}
	return best;
}

/** spansNamedBy as it was: every text node measured, named or not. */
function oldSpansNamedBy(b: Block, tokenOf: (attrs: AttributeParts | undefined) => string | undefined): string | undefined {
	if (b.kind !== 'paragraph') return undefined;
	let total = 0;
	let chrome = 0;
	let signal: string | undefined;
	const walk = (ns: readonly Inline[], inside: boolean): void => {
		for (const n of ns) {
			if (n.kind === 'span' || n.kind === 'link') {
				const token = inside ? undefined : tokenOf(n.attrs);
				if (token) signal ??= token;
				walk(n.children, inside || token !== undefined);
			} else if (n.kind === 'emphasis') walk(n.children, inside);
			else if (n.kind === 'text') {
				const len = collapse(n.value).length;
				total += len;
				if (inside) chrome += len;
			}
		}
	};
	walk(b.content, false);
	return signal !== undefined && total > 0 && chrome * 2 >= total ? signal : undefined;
}

suite('Speed: shared passes (issue 13)', () => {
	test("each container's words are attrWords of its attributes, in the containers' order", () => {
		const index = new BlockIndex(parseDump(SHOP));
		assert.ok(index.containers.length >= 8);
		assert.deepStrictEqual(
			index.containerWords,
			index.containers.map((c) => attrWords(divAttrParts(c))),
		);
		assert.strictEqual(index.containerWords, index.containerWords, 'read once');
		assert.ok(index.containerWords.includes('main page main'));
	});

	test("the platforms' cards read in one pass are the cards of a pass per platform", () => {
		for (const dump of [SHOP, SHOP.replace(/product-card-wrapper/g, 'product-tile'), SHOP.replace(/woocommerce-loop-product__title/g, 'card__heading'), '# Nothing\n\nText.\n']) {
			const doc = parseDump(dump);
			const index = new BlockIndex(doc);
			const old = oldPlatformCards(preOrder(doc.blocks));
			const read = platformRead(index);
			assert.strictEqual(read?.platform.name, old?.name);
			assert.deepStrictEqual(read?.cards, old?.cards);
		}
		assert.strictEqual(oldPlatformCards(preOrder(parseDump(SHOP).blocks))?.name, 'shopify-dawn');
	});

	test('named spans: the same verdict when only a named paragraph is measured', () => {
		const vendorKey = WIDGET_VENDORS.flatMap((v) => v.keys ?? [])[0];
		const paragraphs = [
			'[Credit: Jane Roe]{.photo-credit}',
			'A long sentence of the article itself with [a credit]{.photo-credit} inside.',
			'[Jump to Recipe](#recipe){.wprm-recipe-jump} and *[more]{.caption}* text',
			'*[Getty Images]{.caption-owner}*',
			`[4.8 stars]{${vendorKey.toUpperCase()}="x"} [12 reviews]{data-${vendorKey}="y"}`,
			'[]{.caption} [ ]{.caption}',
			'Plain text with [a plain span]{.note} and [a link](/x).',
			'[[inner caption]{.caption}]{.photo-credit} outer',
			'No spans at all.',
		];
		const doc = parseDump(paragraphs.join('\n\n') + '\n');
		let named = 0;
		withTextCache(() => {
			for (const b of doc.blocks) {
				for (const tokenOf of [innerChromeToken, widgetVendorToken, pluginChromeToken]) {
					const v = spansNamedBy(b, tokenOf);
					assert.strictEqual(v, oldSpansNamedBy(b, tokenOf));
					if (v) named++;
				}
			}
		});
		assert.ok(named >= 4, `${named}`);
	});

	test("a vendor's widget key is read from the pairs, any case, with or without data-", () => {
		const key = WIDGET_VENDORS.flatMap((v) => v.keys ?? [])[0];
		const attrs = (pairs: [string, string][]): AttributeParts => ({ id: undefined, classes: [], pairs }) as unknown as AttributeParts;
		assert.strictEqual(widgetVendorToken(attrs([['x', '1'], [key.toUpperCase(), '']])), key);
		assert.strictEqual(widgetVendorToken(attrs([[`data-${key}`, '']])), key);
		assert.strictEqual(widgetVendorToken(attrs([['data-other', '']])), undefined);
	});

	test('prose by punctuation: the count stops at the marks needed, with the same answer as the full count', () => {
		const pieces = ['a', ' ', 'word', '.', ',', '!', '。', '،', 'x'.repeat(60), 'é'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (xs) => {
				const t = xs.join('');
				const full = t.length < MIN_UNPUNCTUATED_CHARS || matchCount(PUNCTUATION_RE, t) >= t.length / CHARS_PER_PUNCTUATION;
				assert.strictEqual(isProse(t), full, t);
				assert.strictEqual(PUNCTUATION_RE.lastIndex, 0);
			}),
			{ numRuns: 3000 },
		);
	});

	test('end matter read from collapsed texts as before', () => {
		const doc = parseDump(['Copyright © 2024 Site', '', 'All rights reserved.', '', 'Tags: a, b', '', 'An ordinary paragraph.', '', `Copyright 2024 ${'x '.repeat(300)}`, ''].join('\n'));
		withTextCache(() => {
			const kept = dropEndMatter(doc.blocks, []);
			assert.deepStrictEqual(
				kept,
				doc.blocks.filter((b) => b.kind !== 'paragraph' || !isEndMatter(b.content.map((n) => (n.kind === 'text' ? n.value : ' ')).join(''))),
			);
			assert.strictEqual(kept.filter((b) => b.kind === 'paragraph').length, 2);
		});
	});

	test('the mojibake verdict, once per document, is the text scan', () => {
		for (const text of ['donâ€™t and cafÃ© here\n', 'plain text\n', 'one â€™ only\n']) {
			const doc = parseDump(text);
			assert.strictEqual(documentHasMojibake(doc), hasMojibake(text));
			assert.strictEqual(documentHasMojibake(doc), hasMojibake(text));
		}
	});
});
