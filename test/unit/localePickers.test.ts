// Locale pickers (kinds/localePickers.ts): a product page's country and language selector, its entries marked with `lang`, is left out of the read; text marked with languages but long (translated notes) is kept.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { localePickers } from '../../src/core/extract/kinds/localePickers';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION = 'A light running shoe with a springy foam midsole and a breathable knit upper, made with at least a fifth recycled content by weight.';

/** Countries with the language each is offered in, as a shop's selector prints them (name heading, language line). */
const LOCALES: readonly [string, string, string][] = [
	['Egypt', 'English', 'en-gb'],
	['Maroc', 'Français', 'fr-fr'],
	['Argentina', 'Español', 'es-ar'],
	['Brasil', 'Português', 'pt-br'],
	['Canada', 'English', 'en-ca'],
	['Deutschland', 'Deutsch', 'de-de'],
	['Italia', 'Italiano', 'it-it'],
	['Japan', '日本語', 'ja-jp'],
	['Nederland', 'Nederlands', 'nl-nl'],
	['Polska', 'Polski', 'pl-pl'],
];

/** The selector: a region heading, then one list item per country with its name marked by language. */
function picker(entries: readonly [string, string, string][]): string[] {
	const lines = ['::: {.q7 .q8}', '## Choose your location', ''];
	for (const [country, language, lang] of entries) lines.push(`-   ::: q9`, `    #### ${country} {.q10 lang="${lang}"}`, '', `    ${language}`, '    :::');
	lines.push(':::');
	return lines;
}

function productPage(after: string[]): string {
	return dumpLines(
		'# Trail Runner 4',
		'',
		'4.6 out of 5 stars (1,204)',
		'',
		'\\$120.00',
		'',
		'Add to cart',
		'',
		'## Description',
		'',
		DESCRIPTION,
		'',
		'## Details',
		'',
		'- Weight: 290 g',
		'- Heel-to-toe drop: 10 mm',
		'',
		...after,
	);
}

suite('Locale pickers', () => {
	test("a product page's country and language selector is left out; its description stays", () => {
		const out = extractDumpText(productPage(picker(LOCALES)));
		assert.equal(out.kind, 'product');
		assert.ok(out.text.includes(DESCRIPTION), out.text);
		for (const gone of ['Maroc', 'Polska', 'Nederlands', 'Choose your location']) assert.ok(!out.text.includes(gone), out.text);
	});

	test("a shop platform's country selector, each country with its currency's code and sign, is a picker too", () => {
		const countries = ['Malaysia (MYR RM)', 'Malta (EUR €)', 'Mexico (MXN \\$)', 'Norway (NOK kr)', 'Poland (PLN zł)', 'Sweden (SEK kr)', 'Switzerland (CHF CHF)', 'United Kingdom (GBP £)', 'Japan (JPY ¥)'];
		const selector = ['::: {.q3}', 'Country/region', '', ...countries.map((c) => `-   [${c.replace(' (', ']{.c1} [(')}]{.c2}`), ':::'];
		const out = extractDumpText(productPage(selector));
		assert.equal(out.kind, 'product');
		assert.ok(out.text.includes(DESCRIPTION), out.text);
		for (const gone of ['Malta', 'Switzerland', 'GBP']) assert.ok(!out.text.includes(gone), out.text);
		// Prices in parentheses on a product's own lines are not currency entries: too few, and a sentence each.
		const index = new BlockIndex(parseDump(dumpLines('- Gift box (USD \\$)', '- Refill pack (USD \\$)')));
		assert.equal(localePickers(index, undefined).size, 0);
	});

	test('few entries or few languages are not a picker; long passages marked with languages are not either', () => {
		const pickers = (lines: string[]): number => {
			const index = new BlockIndex(parseDump(dumpLines(...lines)));
			return localePickers(index, undefined).size;
		};
		assert.ok(pickers(picker(LOCALES)) > 0);
		assert.equal(pickers(picker(LOCALES.slice(0, 5))), 0, 'five entries');
		const twoLanguages = LOCALES.map(([c, l], i): [string, string, string] => [c, l, i % 2 ? 'en' : 'fr']);
		assert.equal(pickers(picker(twoLanguages)), 0, 'two languages');
		const notes = ['::: {.q1}'];
		for (const [, , lang] of LOCALES) notes.push(`::: {lang="${lang}"}`, `${DESCRIPTION} ${DESCRIPTION}`, ':::', '');
		notes.push(':::');
		assert.equal(pickers(notes), 0, 'translated notes are long');
	});
});
