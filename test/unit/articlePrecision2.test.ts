// Article precision, part 2: a page laid out in a grid table keeps its article cell, not its menu; a closing bio of the page's author goes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { isLayoutTable } from '../../src/core/extract/heuristics/layoutTables';
import { authorNames, isNamedBio } from '../../src/core/extract/heuristics/namedAuthorBio';
import type { Block, Table } from '../../src/core/model/dumpDocument';
import { dumpLines } from '../util/joinLines';
import { extractedText as text } from '../util/extractedText';

const PROSE = [
	'The council voted on Tuesday evening to close the old harbour bridge to cars from next spring, ending a debate that has divided the town for almost ten years.',
	'Engineers told the meeting that the bridge, built in 1931, can no longer carry heavy traffic safely, and that repairs would cost more than a replacement.',
	'Work on the new crossing is due to start in the autumn and to take two years; until then, a ferry will run every twenty minutes during the day.',
	'Shop owners on the quay welcomed the decision, saying that the queues of lorries on the bridge had kept visitors away from the old town for years.',
];

/** Wraps words into lines of at most `width` characters, as pandoc's grid writer does. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** A one-row grid table whose cells hold the given lines. */
function gridRow(width: number, ...cells: string[][]): string[] {
	const rule = '+' + cells.map(() => '-'.repeat(width + 2)).join('+') + '+';
	const height = Math.max(...cells.map((c) => c.length));
	const rows = Array.from({ length: height }, (_, i) => '| ' + cells.map((c) => (c[i] ?? '').padEnd(width)).join(' | ') + ' |');
	return [rule, ...rows, rule];
}

const WIDTH = 60;
const MENU = ['::: menu', ...['Home', 'News', 'Sport', 'Weather', 'Contact'].map((w) => `-   [${w}](/${w.toLowerCase()})`), ':::'];
const BODY = ['::: story', '## Harbour bridge to close to cars', '', ...PROSE.flatMap((p) => [...wrap(p, WIDTH), '']), ':::'];

function firstTable(blocks: readonly Block[]): Table {
	const t = blocks.find((b): b is Table => b.kind === 'table');
	assert.ok(t, 'the fixture parses as a table');
	return t;
}

suite('Article precision: layout tables', () => {
	test('a grid table whose cells hold containers is layout; a table of values is data', () => {
		assert.strictEqual(isLayoutTable(firstTable(parseDump(dumpLines(...gridRow(WIDTH, MENU, BODY))).blocks)), true);
		const data = dumpLines(...gridRow(20, ['Bridge'], ['1931']), '');
		assert.strictEqual(isLayoutTable(firstTable(parseDump(data).blocks)), false);
	});

	test('the article cell is kept and the menu cell beside it is dropped', () => {
		const out = text(dumpLines(...gridRow(WIDTH, MENU, BODY), ''));
		for (const p of PROSE) assert.ok(out.replace(/\s+/g, ' ').includes(p), `lost: ${p}\n${out}`);
		for (const w of ['Weather', 'Contact']) assert.ok(!out.includes(w), `kept the menu (${w}):\n${out}`);
	});

	test('a short cell beside the body (a date) is kept: only a link-dense cell of several items is a menu', () => {
		const out = text(dumpLines(...gridRow(WIDTH, ['::: dateline', 'Posted 12 March 2024', ':::'], BODY), ''));
		assert.ok(out.includes('Posted 12 March 2024'), out);
	});
});

suite('Article precision: a closing bio of the page\'s author', () => {
	const page = (...tail: string[]): string =>
		dumpLines('# Harbour bridge to close to cars', '', 'By [Maria Lopez](/authors/maria-lopez){.author}', '', '::: article-body', ...PROSE.flatMap((p) => [p, '']), ...tail, ':::');

	test('author names: each of several authors, and a first name of its own', () => {
		assert.deepStrictEqual(authorNames('Maria Lopez and Jean-Luc Martin'), ['Maria Lopez', 'Jean-Luc Martin', 'Maria', 'Jean-Luc']);
		assert.deepStrictEqual(authorNames('By bob'), []);
	});

	test('a bio opens with the name and a verb, or the name, a title between commas and a verb', () => {
		const names = authorNames('Maria Lopez');
		assert.ok(isNamedBio('Maria Lopez is the public sector CTO at a software company, where she advises cities.', names));
		assert.ok(isNamedBio('Maria has covered the harbour since 2012.', names));
		assert.ok(isNamedBio('Maria Lopez, Editor, Harbour News, studied journalism in Lisbon.', names));
		assert.ok(!isNamedBio('Maria Lopez said the vote was the end of a long fight.', names), 'a quote is not a bio');
		assert.ok(!isNamedBio('Mayor Tom Hill is expected to sign the order on Friday.', names), 'another person is not the author');
	});

	test('the closing bio of the extracted author is dropped; the same sentence about someone else is kept', () => {
		const bio = 'Maria Lopez is the public sector CTO at a software company, where she advises councils on their roads and bridges.';
		const out = text(page(bio, ''));
		for (const p of PROSE) assert.ok(out.includes(p), `lost: ${p}\n${out}`);
		assert.ok(!out.includes('public sector CTO'), out);
		const other = 'Tom Hill is the public sector CTO at a software company, where he advises councils on their roads and bridges.';
		assert.ok(text(page(other, '')).includes('public sector CTO'), 'a paragraph about another person stays');
	});
});
