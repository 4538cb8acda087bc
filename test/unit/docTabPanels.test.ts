// Documentation tab panels: a documentation page's hidden tabs (one per platform or language) are read; a hidden dialog is not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDumpText, KIND_FIXTURES } from '../util/kindFixtures';

const MAC = 'On macOS, install the agent with Homebrew and start it as a background service that runs at login.';
const LINUX = 'On Linux, add the project package repository, refresh the package lists and install the agent with apt.';

/** A tab set of three platforms, written the way Microsoft Learn prints it: the first tab shown, the others hidden. */
function tabs(): string {
	const panel = (id: string, hidden: boolean, text: string, code: string) =>
		[
			`::: {#tabpanel_1_${id} .section role="tabpanel"${hidden ? ' aria-hidden="true" hidden="hidden"' : ''}}`,
			text,
			'',
			'``` sh',
			code,
			'```',
			':::',
			'',
		].join('\n');
	return [
		'## Installing the agent',
		'',
		'::: {.tabGroup}',
		'-   [Windows](#tabpanel_1_windows)',
		'-   [macOS](#tabpanel_1_macos)',
		'-   [Linux](#tabpanel_1_linux)',
		'',
		panel('windows', false, 'On Windows, download the installer for your architecture and run it from an elevated prompt.', 'tidewater-setup.exe /quiet'),
		panel('macos', true, MAC, 'brew install tidewater'),
		panel('linux', true, LINUX, 'sudo apt-get install tidewater'),
		':::',
		'',
	].join('\n');
}

/** A hidden feedback dialog, as documentation platforms keep beside the page. */
function dialog(): string {
	return [
		'::: {#feedback .modal role="dialog" aria-labelledby="feedback-title" aria-hidden="true"}',
		'### Send us your thoughts {#feedback-title}',
		'',
		'Tell the documentation team what was missing from this page and how we could make it easier to follow.',
		'',
		':::',
		'',
	].join('\n');
}

/** The Tidewater documentation page (test/fixtures/kinds/docs-platform-chrome.txt) with a tab set and a hidden dialog. */
function docsPage(): string {
	const page = fs.readFileSync(path.join(KIND_FIXTURES, 'docs-platform-chrome.txt'), 'utf8');
	const at = page.indexOf('## Choosing a source');
	assert.ok(at > 0);
	return page.slice(0, at) + tabs() + page.slice(at) + dialog();
}

suite('Documentation tab panels', () => {
	test('a documentation page keeps its hidden platform tabs in place and leaves its hidden dialog out', () => {
		const { text, kind } = extractDumpText(docsPage());
		assert.equal(kind, 'documentation');
		assert.match(text, /On Windows, download the installer/);
		assert.ok(text.includes(MAC), MAC);
		assert.ok(text.includes(LINUX), LINUX);
		assert.ok(text.indexOf(LINUX) < text.indexOf('Choosing a source'), 'the tabs stay where they stand');
		assert.doesNotMatch(text, /documentation team/);
	});

	test('a hidden container not named as a tab panel (by role or by name) stays out', () => {
		const { text } = extractDumpText(docsPage().replace(/ role="tabpanel"/g, '').replace(/tabpanel_1_/g, 'platform-'));
		assert.ok(!text.includes(MAC), MAC);
		assert.ok(!text.includes(LINUX), LINUX);
	});
});
