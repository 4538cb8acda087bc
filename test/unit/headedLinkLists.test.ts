// A short heading over a list of bare links goes from a landing page's read; sections with prose, buttons or longer names stay (kinds/headedLinkLists.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropHeadedLinkLists, MAX_LABEL_WORDS, MIN_LINK_ITEMS } from '../../src/core/extract/kinds/headedLinkLists';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

const POSTS = ['How often should a chimney be swept?', 'Five signs your flue needs a liner', 'What a chimney inspection covers', 'Wood or pellets: which burns cleaner?'];

function read(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropHeadedLinkLists(parseDump(dump).blocks, removed)), removed };
}

const links = (names: readonly string[]): string => names.map((n, i) => `-   [${n}](/p/${i})`).join('\n');

const SERVICE = '# Chimney sweeping in the valley\n\nWe sweep, inspect and repair chimneys for homes and small businesses.\n\n## What we do\n\nEvery visit starts with a camera inspection of the flue and ends with a written report.';

suite('Headed link lists on a landing page', () => {
	test('a sidebar of recent posts under a short heading goes, the page\'s sections stay', () => {
		const { lines, removed } = read(`${SERVICE}\n\n#### Recent Posts\n\n${links(POSTS)}\n`);
		assert.ok(!lines.includes('Recent Posts'), lines.join('|'));
		for (const p of POSTS) assert.ok(!lines.includes(p), `kept ${p}`);
		assert.ok(lines.includes('What we do') && lines.some((l) => l.startsWith('Every visit starts')), lines.join('|'));
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'headed-link-list');
	});

	test('named footer columns inside a box go, at any depth', () => {
		const { lines } = read(`${SERVICE}\n\n::: box\n::: column\n###### About Us\n\n${links(['Our team', 'Careers', 'Press', 'Contact'])}\n:::\n\n::: column\n###### Help\n\n${links(['Booking', 'Prices', 'Areas we cover'])}\n:::\n:::\n`);
		for (const gone of ['About Us', 'Our team', 'Help', 'Areas we cover']) assert.ok(!lines.includes(gone), `kept ${gone}: ${lines.join('|')}`);
		assert.ok(lines.includes('What we do'));
	});

	test('fewer links than the threshold, or items with prose beside the link, stay', () => {
		const two = read(`${SERVICE}\n\n## Get started\n\n${links(POSTS.slice(0, MIN_LINK_ITEMS - 1))}\n`).lines;
		assert.ok(two.includes('Get started') && two.includes(POSTS[0]), two.join('|'));
		const described = read(`${SERVICE}\n\n## Our services\n\n${POSTS.map((p, i) => `-   [${p}](/s/${i}) and what it includes`).join('\n')}\n`).lines;
		assert.ok(described.includes('Our services'), described.join('|'));
	});

	test('a long heading names a section of the page and stays with its links', () => {
		const long = Array.from({ length: MAX_LABEL_WORDS + 1 }, (_, i) => `word${i}`).join(' ');
		const { lines } = read(`${SERVICE}\n\n## ${long}\n\n${links(POSTS)}\n`);
		assert.ok(lines.includes(long) && lines.includes(POSTS[0]), lines.join('|'));
	});

	test('a list of links with no heading right above it stays', () => {
		const { lines } = read(`${SERVICE}\n\n${links(POSTS)}\n`);
		for (const p of POSTS) assert.ok(lines.includes(p), `lost ${p}`);
	});
});
