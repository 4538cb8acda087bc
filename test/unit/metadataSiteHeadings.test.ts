// Metadata (issue 12): an h1 that spells the site's host names the site, and a heading linking home loses to the article region's own heading.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { hostNameLabel, spellsHostName } from '../../src/core/extract/metadata/hostNameHeading';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

/** Menu links to one host, so that the dump's link majority names the site. */
function menu(origin: string): string {
	return ['news', 'reviews', 'about', 'contact'].map((p) => `-   [${p}](${origin}/${p}/)\n`).join('') + '\n';
}

/** The title read with the article region starting at `regionStart` (to the end of the dump). */
function titleOf(dump: string, regionStart?: string): string | undefined {
	const start = regionStart === undefined ? -1 : dump.indexOf(regionStart);
	const region = start >= 0 ? { start, end: dump.length } : undefined;
	return extractMetadata(parseDump(dump), { region }).title?.value;
}

suite('Metadata: an h1 spelling the host', () => {
	test('the host label is the name before the suffix, a country code\'s generic level skipped', () => {
		assert.strictEqual(hostNameLabel('https://bbs.archlinux.org'), 'archlinux');
		assert.strictEqual(hostNameLabel('https://www.best-app-awards.co.uk'), 'bestappawards');
		assert.strictEqual(hostNameLabel('https://example.com'), 'example');
		assert.strictEqual(hostNameLabel(undefined), undefined);
	});

	test('a heading spells the host when its letters and digits are the label, and not for short labels', () => {
		assert.ok(spellsHostName('Arch Linux', 'archlinux'));
		assert.ok(spellsHostName('Best App Awards!', 'bestappawards'));
		assert.ok(!spellsHostName('Arch Linux Forums', 'archlinux'));
		assert.ok(!spellsHostName('Eat', 'eat'));
		assert.ok(!spellsHostName('Arch Linux', undefined));
	});

	test('the site\'s name in a header h1 gives way to the page\'s h1 below it', () => {
		const dump = `# Best App Awards\n\n${menu('https://bestappawards.com')}# Mobile App Reviews\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Mobile App Reviews');
	});

	test('an h1 that is not the host\'s name keeps the lead', () => {
		const dump = `# Best App Reviews\n\n${menu('https://bestappawards.com')}# Mobile App Reviews\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Best App Reviews');
	});
});

suite('Metadata: a site heading against the region\'s own heading', () => {
	test('a forum\'s h1 linking home loses to the thread\'s h3 at the start of the posts', () => {
		const dump = `# [Arch Linux](http://archlinux.org/)\n\n${menu('http://archlinux.org')}### What happened with the ISO in 2024\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, '### What happened'), 'What happened with the ISO in 2024');
	});

	test('a blog\'s h1 linking home loses to the post\'s h2 just before the region', () => {
		const dump = `::: {.section .main-title}\n# [Cory Smith](/)\n:::\n\n${menu('https://cory.dev')}## A brief intro to git\n\nPosted on May 1.\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, BODY), 'A brief intro to git');
	});

	test('an h1 in a site-title container, with no link home, stays the title', () => {
		const dump = `::: {#site-title .site-title}\n# How to Negotiate Salary\n:::\n\n${menu('https://college.edu')}## Why should I negotiate?\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, '## Why should'), 'How to Negotiate Salary');
	});
});
