// Layout twins: a card printed once for small screens and once for large ones is read once, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dropLayoutTwins } from '../../src/core/extract/kinds/layoutTwins';

const TITLES = ['Lantern making for beginners at the library', 'A walk along the canal with the birding club', 'Repair cafe: bring your broken toaster along'];

/** An event card: a mobile copy with the organiser, then a desktop copy with the title, date and price only. */
function card(title: string, i: number, desktop = `### ${title}\n\nSaturday at ${i + 2}:00 PM\n\nFree\n`): string {
	return (
		`-   ::: event-card\n    ::: mobile-card\n    ### ${title}\n\n    Saturday at ${i + 2}:00 PM\n\n    Free\n\n    The town hall volunteers\n    :::\n\n` +
		`    ::: desktop-card\n${desktop
			.split('\n')
			.map((l) => (l ? `    ${l}` : l))
			.join('\n')}\n    :::\n    :::\n`
	);
}

function read(dump: string): { text: string; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropLayoutTwins(parseDump(dump).blocks, removed);
	return { text: blocks.map((b) => collapse(blockText(b))).join('\n'), removed };
}

function count(text: string, what: string): number {
	return text.split(what).length - 1;
}

suite('Layout twins', () => {
	test('each card keeps its first copy; the desktop twin goes whole', () => {
		const { text, removed } = read(TITLES.map((t, i) => card(t, i)).join('\n'));
		for (const t of TITLES) assert.strictEqual(count(text, t), 1, text);
		assert.strictEqual(count(text, 'Free'), TITLES.length, text);
		assert.strictEqual(count(text, 'The town hall volunteers'), TITLES.length, text);
		assert.strictEqual(removed.length, TITLES.length);
		assert.ok(removed.every((r) => r.step === 'layout-twin'));
	});

	test('a section that repeats a title over words of its own stays (a reply under the thread subject)', () => {
		const reply = `### ${TITLES[0]}\n\nI went last spring and the paper lanterns lasted the whole winter on our porch, bring scissors and glue.\n`;
		const { text, removed } = read(card(TITLES[0], 0, reply));
		assert.strictEqual(removed.length, 0);
		assert.ok(text.includes('paper lanterns lasted'), text);
	});

	test('a short repeated label is not a twin (two regions may both say "Upcoming events")', () => {
		const dump = '::: a\n### Upcoming events\n\nFree\n:::\n\n::: b\n### Upcoming events\n\nFree\n:::\n';
		assert.strictEqual(read(dump).removed.length, 0);
	});
});
