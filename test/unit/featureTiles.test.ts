// Feature tiles (kinds/featureTiles.ts): many short headed blocks make a landing page a service page, long sections an article.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { MAX_MEDIAN_TILE_CHARS, measureTiles, MIN_TILES } from '../../src/core/extract/kinds/featureTiles';
import { extractDumpText } from '../util/kindFixtures';

const LONG =
	'Teams that plan their week on one board spend less time in meetings, and the time they save goes back into the work itself, which is why the board shows every task, its owner and its due date at a glance.';
const TILE = 'Plan the week on one board and see who does what.';

/** A product's landing page: an introduction of long paragraphs, then `tiles` headed tiles of one line (or of long text). */
function landingPage(tiles: number, tileText: string): string {
	const lines = ['::: {.main}', '# Planner for teams', ''];
	for (let i = 1; i <= 5; i++) lines.push(`${LONG} Part ${i}.`, '');
	for (let i = 1; i <= tiles; i++) lines.push(`### Feature ${i}`, '', `${tileText} Tile ${i}.`, '');
	lines.push(':::', '');
	return lines.join('\n');
}

suite('Feature tiles', () => {
	test('a heading over a short text is a tile; a heading over long paragraphs is a section', () => {
		const m = measureTiles(parseDump(['## One', '', TILE, '', '## Two', '', TILE, '', '## Three', '', `${LONG} ${LONG}`, '', '## Empty', ''].join('\n')).blocks);
		assert.deepStrictEqual(m, { sections: 3, tiles: 2, medianChars: TILE.length });
		assert.ok(TILE.length < MAX_MEDIAN_TILE_CHARS);
	});

	test('a landing page of many one-line tiles is a service page, and keeps its tiles', () => {
		const { kind, text } = extractDumpText(landingPage(MIN_TILES + 1, TILE));
		assert.strictEqual(kind, 'service');
		for (const kept of ['Feature 1', 'Tile 16.', 'Part 1.']) assert.ok(text.includes(kept), `lost ${kept}`);
	});

	test('the same page with long sections, or with few tiles, is an article', () => {
		assert.strictEqual(extractDumpText(landingPage(MIN_TILES + 1, `${LONG} ${LONG}`)).kind, 'article');
		assert.strictEqual(extractDumpText(landingPage(MIN_TILES - 5, TILE)).kind, 'article');
	});
});
