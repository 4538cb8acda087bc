// A heading a listing repeats over card after card is a layout label and goes; items' titles, linked or not repeated, stay (kinds/repeatedHeadings.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropRepeatedHeadings, MIN_HEADING_REPEATS } from '../../src/core/extract/kinds/repeatedHeadings';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

const STORIES = ['How we cache thumbnails', 'A year of on-call notes', 'Rewriting the billing queue', 'Testing with recorded traffic'];

function read(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropRepeatedHeadings(parseDump(dump).blocks, removed)), removed };
}

const feed = (label: (i: number) => string): string => STORIES.map((t, i) => `::: post\n## ${label(i)}\n\n### [${t}](/p/${i})\n\nA short summary of the story.\n:::`).join('\n\n');

suite('Repeated headings in a listing', () => {
	test('a label over every card goes, every story stays', () => {
		const { lines, removed } = read(`# Engineering blog\n\n${feed(() => 'Latest')}\n`);
		assert.ok(!lines.includes('Latest'), lines.join('|'));
		for (const t of STORIES) assert.ok(lines.includes(t), `lost ${t}`);
		assert.strictEqual(removed.length, STORIES.length);
		assert.ok(lines.includes('Engineering blog'));
	});

	test('a label printed fewer times than the threshold is a section heading, and stays', () => {
		const dump = STORIES.slice(0, MIN_HEADING_REPEATS - 1).map((t, i) => `## Latest\n\n### [${t}](/p/${i})`).join('\n\n');
		assert.ok(read(dump).lines.includes('Latest'));
	});

	test('distinct labels and linked titles that repeat (one story in several rails) stay', () => {
		const { lines } = read(feed((i) => `Week ${i + 1}`) + '\n\n' + [1, 2, 3].map(() => `### [${STORIES[0]}](/p/0)`).join('\n\n'));
		for (let i = 1; i <= STORIES.length; i++) assert.ok(lines.includes(`Week ${i}`), lines.join('|'));
		assert.strictEqual(lines.filter((l) => l === STORIES[0]).length, 4);
	});
});
