// Telling a page dump from an ordinary .txt by its first 64 KB.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeDump, SNIFF_LENGTH, sniffDump } from '../../src/core/dump/sniff';
import { FIXTURES, SEEDS } from './outlineFixtures';

function fixture(name: string): string {
	return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

suite('Dump sniffing', () => {
	test('the fixture dumps are dumps', () => {
		assert.equal(looksLikeDump(fixture('news-megamenu.txt')), true);
		assert.equal(looksLikeDump(fixture('blog-sidebar-comments.txt')), true);
	});

	test('notes, logs, licences and ordinary Markdown are not', () => {
		assert.equal(looksLikeDump(fixture('plain-notes.txt')), false);
		assert.equal(looksLikeDump('2024-01-01 12:00:00 INFO started\n2024-01-01 12:00:01 WARN {"a":1}\n'), false);
		assert.equal(looksLikeDump('# Project {#top}\n\nSee [the docs](docs.md).\n\n## Install {#install}\n\n```js\nconst a = {b: 1};\n```\n'), false);
		assert.equal(looksLikeDump('Permission is hereby granted, free of charge, to any person obtaining a copy\n'), false);
		assert.equal(looksLikeDump(''), false);
	});

	test('one fenced div with attributes plus attribute-bearing links is enough; a stray ::: is not', () => {
		assert.equal(looksLikeDump('::: {#main .content}\nText with [a link](/x){.btn}.\n:::\n'), true);
		assert.equal(looksLikeDump('ratio 3:1\n\n:::\n'), false);
	});

	test('layout tables and inline SVG count: real dumps can open with a sprite sheet or a grid table', () => {
		assert.equal(looksLikeDump('![](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n\nSome text.\n'), true);
		assert.equal(sniffDump('+---------+---------+\n| ::: {al | text    |\n| ign=x}  |         |\n+---------+---------+\n| {#a .b} |         |\n').isDump, true);
	});

	test('pandoc dumps without fences or attribute links: HTML pandoc escaped, a bare HTML attribute, an aligned grid', () => {
		// A page pandoc read as text: its HTML escaped, quotes too (four real forum dumps look like this throughout).
		const escaped = '\\<div id=\\"jumpToTop\\"\\>\\</div\\> \\<div\nclass=\\"p-pageWrapper\\"\nid=\\"top\\"\\> \\<header class=\\"p-header\\"\\>\n';
		assert.equal(sniffDump(escaped).isDump, true);
		// A whole dump of one hidden element.
		assert.equal(looksLikeDump('::: {hidden=""}\n:::\n'), true);
		// A layout table pandoc wrote as a grid with alignments, its cells cut mid-word.
		assert.equal(looksLikeDump('+:-------:+:-------:+:-------:+\n| ![](/sta |         |         |\n| tic/l.pn |         |         |\n| g)       |         |         |\n+---------+---------+---------+\n'), true);
	});

	test('near misses stay ordinary: a note about escaped tags, a reStructuredText grid, an attribute with no fence', () => {
		assert.equal(looksLikeDump('Write \\<div\\> to show a tag in Markdown, or \\<span class=\\"x\\"\\>.\n'), false);
		assert.equal(looksLikeDump('+------------+------------+\n| Header 1   | Header 2   |\n+============+============+\n| body       | body       |\n+------------+------------+\n'), false);
		assert.equal(looksLikeDump('A link [x](/y){target="_blank"} in notes.\n'), false);
		assert.equal(looksLikeDump(':::\n{hidden=""}\n'), false);
	});

	test('only the first 64 KB is read', () => {
		const late = 'x'.repeat(SNIFF_LENGTH) + '\n::: {#a .b}\n[x](/y){.z}\n:::\n';
		assert.equal(looksLikeDump(late), false);
		assert.equal(looksLikeDump('::: {#a .b}\n[x](/y){.z}\n:::\n' + 'x'.repeat(10 * SNIFF_LENGTH)), true);
	});

	test('binary data is never a dump', () => {
		assert.equal(looksLikeDump('::: {#a .b}\n[x](/y){.z}\n:::\n\u0000\u0001\u0002'), false);
	});

	test('the seeds are dumps', function () {
		if (!fs.existsSync(SEEDS)) this.skip();
		for (const f of fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) assert.equal(looksLikeDump(fs.readFileSync(path.join(SEEDS, f), 'utf8')), true, f);
	});
});
