// Metadata (issue 12): a field's caption or placeholder is no author; an update stamp beside a month-only publication is no published date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isFieldLabel } from '../../src/core/extract/metadata/fieldLabels';
import { looksLikeName, splitNames } from '../../src/core/extract/metadata/names';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';

suite('Metadata: field labels and month-only publications (meta36)', () => {
	test('isFieldLabel: captions ending in a colon and account placeholders', () => {
		assert.ok(isFieldLabel('作者：'));
		assert.ok(isFieldLabel('Autor:'));
		assert.ok(isFieldLabel(' Username '));
		assert.ok(isFieldLabel('User name'));
		assert.ok(isFieldLabel('Your Name'));
		assert.ok(!isFieldLabel('Erin Cunningham'));
		assert.ok(!isFieldLabel('Usman Khan'));
		assert.ok(!isFieldLabel('肖春芳'));
	});

	test('looksLikeName refuses a caption and a placeholder', () => {
		assert.ok(!looksLikeName('作者：'));
		assert.ok(!looksLikeName('Username'));
		assert.ok(looksLikeName('Erin Cunningham'));
	});

	test("a header's account placeholder is not the author; the byline's name is", () => {
		const a = md(['::: nav-user', '[Username]{.username}', ':::', '', '# Attack stokes fears in the region', '', '[By [Erin Cunningham]{.author-name}]{.pb-author}', '', BODY]);
		assert.strictEqual(a.author?.value, 'Erin Cunningham');
	});

	test("an empty author field's caption is no author", () => {
		const a = md(['# A report on drinking in orbit', '', '[来源：网易]{#source_baidu}[作者：]{#author_baidu}', '', BODY]);
		assert.strictEqual(a.author, undefined);
	});

	test("a byline's date keeps its weekday: the name is not \"Joe Wee Monday\"", () => {
		assert.deepStrictEqual(splitNames('Joe Wee    Monday, February 29, 2016 @ 11:10 PM UTC'), ['Joe Wee']);
		assert.deepStrictEqual(splitNames('Li Sun, May 1, 2025'), ['Li Sun']);
	});

	test('an update stamp is promoted to published when it is the only date', () => {
		const a = md(['# Cleaning industry trends', '', '*Last updated on December 20, 2024.*', '', BODY]);
		assert.strictEqual(a.published?.value, '2024-12-20');
	});

	test('but not when its line names the publication by month only', () => {
		const a = md(['# Cleaning industry trends', '', '*Originally published in March 2022. Last updated on December 20, 2024.*', '', BODY]);
		assert.strictEqual(a.published, undefined);
	});
});
