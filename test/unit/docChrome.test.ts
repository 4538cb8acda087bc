// Documentation chrome (heuristics/docChrome.ts): copy buttons, feedback widgets, edit links and prev/next links are not a page's text.
import * as assert from 'node:assert';
import { DOC_ONLY_CHROME_LINE_RE, isDocChromeLine, MAX_CHROME_LINE_CHARS } from '../../src/core/extract/heuristics/docChrome';
import { extractFixture } from '../util/kindFixtures';

suite('Documentation chrome', () => {
	test('platform controls are chrome on every kind of page', () => {
		for (const line of ['Was this page helpful?', 'Edit this page on GitHub', 'Send feedback', 'Focus mode', 'Next', '« Previous', 'Previous article', 'Stay organized with collections Save and categorize content based on your preferences.']) {
			assert.ok(isDocChromeLine(line, false), line);
		}
	});

	test('copy buttons and last-updated stamps are chrome only on documentation pages', () => {
		for (const line of ['Copy', 'Copy code', 'Last updated on March 3, 2026', 'Last updated 2026-03-05 UTC.', 'Table of contents', 'On this page', 'In this article', 'Edit']) {
			assert.ok(DOC_ONLY_CHROME_LINE_RE.test(line.replace(/\.$/, '')), line);
			assert.ok(isDocChromeLine(line, true), line);
			assert.ok(!isDocChromeLine(line, false), line);
		}
	});

	test('sentences that start like a control are kept', () => {
		for (const line of ['Next, install the agent on every machine you want to sync.', 'Copy the file to the server before you start.', 'Print the report and sign it.', 'Edit the table of contents before you print.', 'Contents', `Was this helpful ${'x'.repeat(MAX_CHROME_LINE_CHARS)}`]) {
			assert.ok(!isDocChromeLine(line, true), line);
		}
	});

	test('a documentation page keeps its prose and code, not its copy buttons, feedback, edit link, stamp and prev/next', () => {
		const { text, kind } = extractFixture('docs-platform-chrome.txt');
		assert.strictEqual(kind, 'documentation');
		for (const kept of ['The sync agent reads one file', 'Setting a schedule', 'quiet = "23:00-06:00"', 'tidewater sync --dry-run']) assert.ok(text.includes(kept), `lost ${kept}`);
		for (const dropped of ['Copy', 'Was this page helpful', 'Edit this page', 'Last updated', 'Previous', 'Next']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});
});
