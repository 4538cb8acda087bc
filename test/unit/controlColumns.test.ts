// A table of items loses the column that says the same words on every row (its buttons); its data columns stay (heuristics/controlColumns.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { emptyControlColumns } from '../../src/core/extract/heuristics/controlColumns';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

const FILMS = ['The Quiet Harbour', 'Night Train to Lisbon', 'A Field of Larks', 'Paper Moons', 'The Last Lighthouse', 'Winter Orchard'];

function table(buttons: (i: number) => string): string {
	const rows = FILMS.map((f, i) => `| ${i + 1} | ${f} | ${(4 - i / 10).toFixed(1)} avg rating | ${buttons(i)} |`);
	return ['| # | Film | Rating | |', '|---|---|---|---|', ...rows].join('\n');
}

function run(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = emptyControlColumns(parseDump(dump).blocks, removed);
	return { lines: textLines(blocks), removed };
}

suite('Control columns', () => {
	test('a column of the same rating widget on every row is emptied; rank, title and rating stay', () => {
		const { lines, removed } = run(`::: results\n${table(() => 'Want to Watch Rate this film 1 of 5 stars 5 of 5 stars')}\n:::\n`);
		const text = lines.join('\n');
		assert.ok(!text.includes('Rate this film') && !text.includes('Want to Watch'), text);
		for (const f of FILMS) assert.ok(text.includes(f), `lost ${f}`);
		assert.ok(text.includes('3.9 avg rating'), text);
		assert.strictEqual(removed.filter((r) => r.step === 'control-column').length, 1);
	});

	test('a short shared value ("Free") and a column that differs per row stay', () => {
		const { lines, removed } = run(table(() => 'Free'));
		assert.ok(lines.join('\n').includes('Free'));
		const other = run(table((i) => `Showing at ${i + 6} pm in screen ${i + 1} tonight`));
		assert.ok(other.lines.join('\n').includes('Showing at 8 pm in screen 3 tonight'));
		assert.strictEqual(removed.length + other.removed.length, 0);
	});

	test('a table of a few rows is not a list of items', () => {
		const small = ['| # | Film | |', '|---|---|---|', ...FILMS.slice(0, 3).map((f, i) => `| ${i + 1} | ${f} | Want to Watch Rate this film |`)].join('\n');
		const { lines } = run(small);
		assert.ok(lines.join('\n').includes('Rate this film'));
	});

	test('a table of 300,000 rows, the first two without the widget, is read in one pass and its column named', () => {
		const parsed = parseDump(table(() => 'Want to Watch Rate this film 1 of 5 stars 5 of 5 stars')).blocks[0];
		assert.strictEqual(parsed.kind, 'table');
		if (parsed.kind !== 'table') return;
		const short = { ...parsed.rows[0], cells: parsed.rows[0].cells.slice(0, 3) };
		const rows = Array.from({ length: 300_000 }, (_, i) => (i < 2 ? short : parsed.rows[i % parsed.rows.length]));
		const removed: RemovedRegion[] = [];
		const [out] = emptyControlColumns([{ ...parsed, rows }], removed);
		assert.ok(out.kind === 'table' && out.rows[5].cells[3].text === '' && out.rows[5].cells[1].text !== '');
		assert.strictEqual(removed.length, 1);
		assert.match(removed[0].signal ?? '', /^column 4: want to watch/);
	});
});
