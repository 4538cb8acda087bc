// Locale menus on listings and landing pages (kinds/localeMenus.ts): a language switcher whose entries carry `lang` marks leaves the read; the items and sections stay.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDumpText, KIND_FIXTURES } from '../util/kindFixtures';

/** Language names as a switcher prints them, each written in its own language, with the tag its entry carries. */
const LANGUAGES: readonly [string, string][] = [
	['Deutsch', 'de'],
	['Español', 'es'],
	['Français', 'fr'],
	['Italiano', 'it'],
	['Nederlands', 'nl'],
	['Polski', 'pl'],
	['Português', 'pt'],
	['Suomi', 'fi'],
	['Svenska', 'sv'],
	['Türkçe', 'tr'],
];

/**
 * A switcher in a container whose class word says nothing (as on a site no rule knows): one entry per language, linked
 * (an encyclopedia's other editions) or a button's label marked with its language (a landing page's picker).
 */
function languageMenu(linked = true): string {
	const items = LANGUAGES.map(([name, tag]) => (linked ? `-   [${name}](https://${tag}.example.org/){lang="${tag}" hreflang="${tag}"}` : `-   [${name}]{lang="${tag}"}`));
	return ['::: {.q41 .q42}', 'In other languages', '', ...items, ':::', ''].join('\n');
}

/** A fixture of test/fixtures/kinds/ with the switcher put in before the line that starts with `before`. */
function withMenu(fixture: string, before: string, linked = true): string {
	const page = fs.readFileSync(path.join(KIND_FIXTURES, fixture), 'utf8');
	const at = page.indexOf(before);
	assert.ok(at > 0, `no ${before} in ${fixture}`);
	return `${page.slice(0, at)}${languageMenu(linked)}\n${page.slice(at)}`;
}

function assertNoLanguages(text: string): void {
	for (const [name] of LANGUAGES) assert.ok(!text.includes(name), `kept ${name}: ${text}`);
}

suite('Locale menus on listings and landing pages', () => {
	test("a wiki category's language menu inside its content leaves the listing; every member stays", () => {
		const { text, kind } = extractDumpText(withMenu('listing-wiki-category.txt', '::: {.mw-category-generated}'));
		assert.equal(kind, 'listing');
		assertNoLanguages(text);
		for (const kept of ['since the first survey in 1962', 'Migratory shorebirds (58 P)', 'Avocet of the Riverbank Reserve', 'Wryneck of the Riverbank Reserve']) assert.ok(text.includes(kept), `lost ${kept}`);
	});

	test("a landing page's language menu above its footer leaves the read; its sections stay", () => {
		const { text, kind } = extractDumpText(withMenu('landing-sections.txt', '::: {.hours}', false));
		assert.equal(kind, 'service');
		assertNoLanguages(text);
		for (const kept of ['Our engineers repair leaking', 'What our customers say', 'Worth every penny']) assert.ok(text.includes(kept), `lost ${kept}`);
	});

	test('language names written as plain text with no language marks stay (no mark, no menu)', () => {
		const plain = ['::: {.q43}', 'We answer in these languages:', '', ...LANGUAGES.map(([name]) => `-   ${name}`), ':::', ''].join('\n');
		const page = fs.readFileSync(path.join(KIND_FIXTURES, 'landing-sections.txt'), 'utf8');
		const at = page.indexOf('::: {.hours}');
		const { text, kind } = extractDumpText(`${page.slice(0, at)}${plain}\n${page.slice(at)}`);
		assert.equal(kind, 'service');
		for (const [name] of LANGUAGES) assert.ok(text.includes(name), `lost ${name}: ${text}`);
	});
});
