// A shop's cart and listing words in other languages (data/shopWords.ts, kinds/shopWordsAbroad.ts): counted, bounded, and read as a shop.
import * as assert from 'node:assert';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { SHOP_WORDS } from '../../src/core/extract/data/shopWords';
import { dropPolicySections, isPolicyHeading } from '../../src/core/extract/heuristics/policySections';
import { isRecommendationHeading } from '../../src/core/extract/heuristics/recommendationSections';
import { detectKind } from '../../src/core/extract/kinds/detect';
import { isShopPage } from '../../src/core/extract/kinds/shopChrome';
import {
	FOREIGN_BUY_RE,
	FOREIGN_CART_PHRASES,
	FOREIGN_CART_RE,
	FOREIGN_LISTING_PHRASES,
	FOREIGN_LISTING_RE,
	FOREIGN_SHOP_NEED_RE,
} from '../../src/core/extract/kinds/shopWordsAbroad';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { articleAttempt } from '../../src/core/extract/sieve';
import { matchCount } from '../../src/core/text/wordCount';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

/** A phrase as a shop prints it: first letter upper-cased, `{n}` a number. */
function printed(p: string): string {
	const t = p.replace('{n}', '24');
	return t.charAt(0).toUpperCase() + t.slice(1);
}

function kindOf(dump: string): ReturnType<typeof detectKind> {
	const index = new BlockIndex(parseDump(dump));
	return detectKind(index, pageSignals(index), articleAttempt(index), wholePage(index));
}

const GERMAN_PRODUCT = [
	'# Wanderrucksack Alpin 30',
	'',
	'89,95 €',
	'',
	'Auf Lager, sofort lieferbar',
	'',
	'[In den Warenkorb](/cart/add/1)',
	'',
	'Artikelnummer: WR-30',
	'',
	'Ein leichter Rucksack für Tagestouren mit Regenhülle und Trinksystem.',
	'',
].join('\n');

/** A category: a delivery banner, the sort control, a column of facets, then nine priced lines (no cards, no list). */
function category(sort: string, banner: string): string {
	const facets = ['Charbon', 'Gaz', 'Électrique', 'Bois', 'Acier', 'Fonte', 'Céramique', 'Inox', 'Noir', 'Rouge', 'Vert', 'Petit', 'Moyen', 'Grand', 'Famille', 'Pro'];
	const items = ['Kamado', 'Plancha', 'Fumoir', 'Brasero', 'Grill', 'Kettle', 'Four', 'Pierre', 'Braise'].map((n, i) => `[${n} ${i + 1}](/p/${i}) ${199 + i},00 €`);
	return ['Menu', banner, '# Barbecues', sort, ...facets, ...items].join('\n\n') + '\n';
}

const FRENCH_COLLECTION = category('Trier par prix', 'Livraison gratuite dès 50 €');

const JAPANESE_PRODUCT = ['# 山の水筒 500ml', '', '¥3,300', '', '在庫あり', '', '[カートに入れる](/cart)', '', '送料無料', ''].join('\n');

suite('Shop words abroad (issue 12)', () => {
	test('every phrase of every language counts once in its cart or listing regex, and holds a word of the pre-test', () => {
		for (const p of FOREIGN_CART_PHRASES) {
			assert.strictEqual(matchCount(FOREIGN_CART_RE, printed(p)), 1, p);
			assert.ok(FOREIGN_SHOP_NEED_RE.test(printed(p)), p);
		}
		for (const p of FOREIGN_LISTING_PHRASES) {
			assert.strictEqual(matchCount(FOREIGN_LISTING_RE, printed(p)), 1, p);
			assert.ok(FOREIGN_SHOP_NEED_RE.test(printed(p)), p);
		}
		for (const l of SHOP_WORDS) for (const p of l.buy) assert.ok(FOREIGN_BUY_RE.test(printed(p)), p);
		for (const l of SHOP_WORDS) for (const p of l.related) assert.ok(isRecommendationHeading(printed(p)), p);
	});

	test('a text the pre-test turns away holds no phrase', () => {
		const pieces = ['en', ' ', 'stock', 'épuisé', 'É', 'agotado', 'lager', 'i', 'auf', 'trier', 'par', '24', 'カート', 'に入れる', '在庫', 'あり', 'x', 'ö'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (xs) => {
				const t = xs.join('');
				if (!FOREIGN_SHOP_NEED_RE.test(t)) assert.strictEqual(matchCount(FOREIGN_CART_RE, t) + matchCount(FOREIGN_LISTING_RE, t), 0, t);
			}),
			{ numRuns: 2000 },
		);
	});

	test('phrases are whole words, next to accented letters too; Japanese and Chinese ones match inside a line', () => {
		assert.ok(FOREIGN_BUY_RE.test('Épuisé'));
		assert.ok(!FOREIGN_BUY_RE.test('Désépuisé'));
		assert.ok(!FOREIGN_BUY_RE.test('épuisées'));
		assert.strictEqual(matchCount(FOREIGN_CART_RE, 'Versandkostenfreie Lieferung'), 0);
		assert.strictEqual(matchCount(FOREIGN_CART_RE, 'Ausverkaufte Konzerte'), 0);
		assert.strictEqual(matchCount(FOREIGN_CART_RE, 'Nicht vorrätig'), 1);
		assert.strictEqual(matchCount(FOREIGN_CART_RE, '商品は在庫ありです'), 1);
		assert.strictEqual(matchCount(FOREIGN_LISTING_RE, 'Showing 24 Ergebnisse'), 1);
		assert.strictEqual(matchCount(FOREIGN_LISTING_RE, 'a24 Ergebnisse'), 0);
	});

	test('an article in those languages counts no cart word', () => {
		const prose = [
			'Le prix du pétrole a baissé cette semaine, selon les analystes de la banque.',
			'Die Menge der Besucher war größer als im letzten Jahr, sagte der Bürgermeister.',
			'La cantante presentó su nuevo disco en Madrid ante miles de personas, agotado tras la gira.',
			'Une grande quantité de pluie est tombée ; le coureur, épuisé, a abandonné.',
			'Wywiad ukazał się w magazynie, a ilość czytelników wzrosła.',
			'事件中の証言について、警察が調べている。',
			'Het aantal bezoekers aan het museum steeg vorig jaar sterk.',
		];
		for (const t of prose) assert.strictEqual(matchCount(FOREIGN_CART_RE, t) + matchCount(FOREIGN_LISTING_RE, t), 0, t);
	});

	test('a German product page counts its cart words and reads as a product, and as a shop page', () => {
		const index = new BlockIndex(parseDump(GERMAN_PRODUCT));
		const s = pageSignals(index);
		assert.ok(s.cartWords >= 3, String(s.cartWords));
		assert.ok(isShopPage(s));
		assert.strictEqual(kindOf(GERMAN_PRODUCT).kind, 'product');
	});

	test('a French category with a sort control and a delivery promise reads as a collection, as the English one does', () => {
		const index = new BlockIndex(parseDump(FRENCH_COLLECTION));
		const s = pageSignals(index);
		assert.strictEqual(s.listingWords, 1);
		assert.strictEqual(s.cartWords, 1);
		assert.strictEqual(kindOf(FRENCH_COLLECTION).kind, 'collection');
		assert.strictEqual(kindOf(category('Sort by price', 'Free shipping from 50 €')).kind, 'collection');
		// Without the shop's words the same prices are an article's.
		assert.strictEqual(kindOf(category('Prix', 'Livraison dès 50 €')).kind, 'article');
	});

	test('a Japanese product page reads as a product', () => {
		assert.strictEqual(kindOf(JAPANESE_PRODUCT).kind, 'product');
	});

	test('other products\' headings in other languages end the product', () => {
		assert.ok(isRecommendationHeading('Vous aimerez aussi'));
		assert.ok(isRecommendationHeading('Kunden kauften auch'));
		assert.ok(isRecommendationHeading('関連商品'));
		assert.ok(!isRecommendationHeading('Kundenservice'));
	});

	test("the shop's delivery and returns panels in other languages go as the English ones do; the product's own sections stay", () => {
		for (const l of SHOP_WORDS) for (const p of l.policy) assert.ok(isPolicyHeading(printed(p)), p);
		for (const t of ['Beschreibung', 'Versandkostenfreie Lieferung ab 50 € und 30 Tage Rückgaberecht für alle Bestellungen in Deutschland', 'Caractéristiques', 'Descripción', 'Rückgabewert', '商品説明']) {
			assert.ok(!isPolicyHeading(t), t);
		}
		const doc = parseDump(
			dumpLines(
				'# Steingutbecher',
				'',
				'## Beschreibung',
				'',
				'Handgedrehter Becher aus Steinzeug mit gesprenkelter Glasur, zweimal gebrannt.',
				'',
				'## Versand & Rückgabe',
				'',
				'Kostenloser Versand ab 50 €. Rückgabe innerhalb von 30 Tagen.',
				'',
				'## Pflegehinweise',
				'',
				'Spülmaschinenfest.',
			),
		);
		const kept = dropPolicySections(doc.blocks, []).map((b) => collapse(blockText(b)));
		assert.deepStrictEqual(kept, ['Steingutbecher', 'Beschreibung', 'Handgedrehter Becher aus Steinzeug mit gesprenkelter Glasur, zweimal gebrannt.', 'Pflegehinweise', 'Spülmaschinenfest.']);
	});
});
