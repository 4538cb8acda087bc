// Metadata (session 55): a byline whose name is missing reports no author, not the weekday, credentials or label read in its place.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isBylineNonName } from '../../src/core/extract/metadata/bylineNonNames';
import { splitNames } from '../../src/core/extract/metadata/names';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';
const LONG_BODY = Array.from({ length: 20 }, () => BODY).join(' ');

suite('Metadata: what stands in a missing name\'s place', () => {
	test('a byline box whose name element is empty: no author, not the label after it', () => {
		const a = md(['# Ten ways to plan a garden', '', '::: byline', '[By]{.label} []{.author-name} [∙ Paid]{.meta}', ':::', '', LONG_BODY]);
		assert.strictEqual(a.author, undefined);
	});

	test('a byline box with a name and its credentials: the name', () => {
		const a = md(['# Ten ways to plan a garden', '', '::: byline', '[By]{.label} [Dana Whitfield]{.author-name}, [MS, RD]{.cred}', ':::', '', LONG_BODY]);
		assert.match(a.author?.value ?? '', /^Dana Whitfield/);
	});

	test('splitNames: what stands where the name is missing gives no name', () => {
		assert.deepStrictEqual(splitNames('MS, RD', { handles: true }), []);
		assert.deepStrictEqual(splitNames('VP - Technology', { handles: true }), []);
		assert.deepStrictEqual(splitNames('By Table of Contents'), []);
		assert.deepStrictEqual(splitNames('Written by Summary'), []);
		assert.deepStrictEqual(splitNames('Content Marketing Coordinator'), []);
	});

	test('a name with its credentials keeps both, as the page writes them', () => {
		const a = md(['# Ten ways to plan a garden', '', '[Dana Whitfield, MS, RD]{.author}', '', LONG_BODY]);
		assert.strictEqual(a.author?.value, 'Dana Whitfield, MS, RD');
	});

	test('splitNames: the name before a role, a credential or another credit', () => {
		assert.deepStrictEqual(splitNames('By Jane Doe, VP'), ['Jane Doe']);
		assert.deepStrictEqual(splitNames('By Jane Doe, PhD'), ['Jane Doe', 'PhD']);
		assert.deepStrictEqual(splitNames('Last update on: Mon', { handles: true }), []);
		assert.deepStrictEqual(splitNames('Global DeskLast', { handles: true }), []);
		assert.deepStrictEqual(splitNames('In Budget Travel, Travel Guides'), []);
		assert.deepStrictEqual(splitNames('Researched by'), []);
		assert.deepStrictEqual(splitNames('∙ Paid', { handles: true }), []);
		assert.deepStrictEqual(splitNames('Sat', { handles: true }), []);
	});

	test('isBylineNonName: names that share words with the lists are kept', () => {
		for (const name of ['Summers Lee', 'Sun Li', 'Thu Nguyen', 'Mona Patel', 'Last Jedi Fan', 'Inga Berg', 'Ina Last', 'June Ross', 'Ms Marvel', 'Md Rahman', 'hayley.p', '"Doc" Holliday']) assert.ok(!isBylineNonName(name), name);
		for (const junk of ['Summary', 'Friday', 'Tues.', 'MD, PhD', 'Co-Founder & COO', 'Recipe by', '| ET)', '/ site.example /', 'Last update', 'In this article']) assert.ok(isBylineNonName(junk), junk);
	});
});
