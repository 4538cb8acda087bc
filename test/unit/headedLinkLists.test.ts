// A short heading over a list of bare links goes from a landing page's read; sections with prose, buttons or longer names stay (kinds/headedLinkLists.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropHeadedLinkLists, LISTING_LINK_SHARE, MAX_LABEL_WORDS, MIN_LINK_ITEMS } from '../../src/core/extract/kinds/headedLinkLists';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

const POSTS = ['How often should a chimney be swept?', 'Five signs your flue needs a liner', 'What a chimney inspection covers', 'Wood or pellets: which burns cleaner?'];

function read(dump: string, listing = false): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = parseDump(dump).blocks;
	return { lines: textLines(listing ? dropHeadedLinkLists(blocks, removed, LISTING_LINK_SHARE, false) : dropHeadedLinkLists(blocks, removed)), removed };
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

	test('a short bold line labels a list of links as a heading does', () => {
		const { lines } = read(`${SERVICE}\n\n**Helpful links**\n\n${links(POSTS)}\n`);
		assert.ok(!lines.includes('Helpful links') && !lines.includes(POSTS[1]), lines.join('|'));
	});

	test('a line that is itself a link is no label: the links under it stay', () => {
		const { lines } = read(`${SERVICE}\n\n[See all posts](/blog)\n\n${links(POSTS)}\n`);
		assert.ok(lines.includes('See all posts') && lines.includes(POSTS[1]), lines.join('|'));
	});

	test('a one-letter label heads a group of an A-Z index and stays with its links', () => {
		const { lines } = read(`${SERVICE}\n\n### K\n\n${links(POSTS)}\n`);
		assert.ok(lines.includes('K') && lines.includes(POSTS[0]), lines.join('|'));
	});
});

/** A feed of linked titles with their summaries, as a listing's read holds them. */
const FEED = POSTS.map((p, i) => `### [${p}](/f/${i})\n\nA few words on what the post covers and who should read it.`).join('\n\n');

suite('Headed link lists on a listing', () => {
	test('a sidebar of links beside a feed goes', () => {
		const { lines } = read(`# Journal\n\n${FEED}\n\n#### Our sites\n\n${links(['Shop', 'Courses', 'Podcast', 'Events'])}\n`, true);
		assert.ok(!lines.includes('Our sites') && !lines.includes('Podcast'), lines.join('|'));
		assert.ok(lines.includes(POSTS[0]), lines.join('|'));
	});

	test('groups of links that hold most of the read\'s links are its items, kept', () => {
		const groups = ['Birds', 'Trees', 'Rivers'].map((g) => `### ${g}\n\n${links(POSTS.map((p) => `${g}: ${p}`))}`).join('\n\n');
		const { lines, removed } = read(`# Field guides\n\n${groups}\n`, true);
		assert.strictEqual(removed.length, 0);
		assert.ok(lines.includes('Birds') && lines.includes(`Trees: ${POSTS[1]}`), lines.join('|'));
	});

	test('a numbered list of titles under a label is a ranking of items, kept on a listing', () => {
		const ranked = ['Otters', 'Hedges', 'Bread'].map((p, i) => `${i + 1}.  [${p}](/r/${i})`).join('\n');
		const { lines } = read(`# Journal\n\n${FEED}\n\n## Most read\n\n${ranked}\n`, true);
		assert.ok(lines.includes('Most read') && lines.includes('Hedges'), lines.join('|'));
	});
});
