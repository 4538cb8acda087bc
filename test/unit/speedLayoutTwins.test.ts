// Layout twins read the words seen so far only when a container may be a twin (issue 13): the same blocks as the eager read, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { removedRegion, type RemovedRegion } from '../../src/core/extract/article';
import { isContainer } from '../../src/core/extract/blockIndex';
import { filterBlockTree } from '../../src/core/extract/heuristics/cardRepeats';
import { blockText, collapse, collapsedText, withTextCache } from '../../src/core/extract/inlineText';
import { dropLayoutTwins, MIN_SEEN_WORD_SHARE, MIN_TWIN_TITLE_CHARS } from '../../src/core/extract/kinds/layoutTwins';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

function headingTexts(b: Block, out: string[]): void {
	if (b.kind === 'heading') out.push(collapse(collapsedText(b)).toLowerCase());
	else if (isContainer(b) || b.kind === 'blockquote') for (const c of b.children) headingTexts(c, out);
	else if (b.kind === 'list') for (const it of b.items) for (const c of it.children) headingTexts(c, out);
}

/** The read before issue 13's change: every leaf's words added to the seen set as it is read. */
function eager(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const titles = new Set<string>();
	const seen = new Set<string>();
	return filterBlockTree(blocks, (b) => {
		if (isContainer(b)) {
			const heads: string[] = [];
			headingTexts(b, heads);
			if (heads.length === 0 || !heads.every((h) => titles.has(h))) return true;
			const title = heads.find((h) => h.length >= MIN_TWIN_TITLE_CHARS);
			if (title === undefined) return true;
			const ws = words(collapsedText(b));
			if (ws.length === 0 || ws.filter((w) => seen.has(w)).length / ws.length < MIN_SEEN_WORD_SHARE) return true;
			removed.push(removedRegion(b.range, 'layout-twin', title));
			return false;
		}
		if (b.kind === 'blockquote') return true;
		const text = collapsedText(b);
		if (b.kind === 'heading') titles.add(collapse(text).toLowerCase());
		for (const w of words(text)) seen.add(w);
		return true;
	});
}

const TITLE = 'Lantern making for beginners at the library';
const OTHER = 'A walk along the canal with the birding club';

const DUMPS = [
	// A twin whose words were read in a table and a code block before it.
	`### ${TITLE}\n\n| Saturday | Free |\n|---|---|\n| town | hall |\n\n\`\`\`\nvolunteers welcome\n\`\`\`\n\n::: twin\n### ${TITLE}\n\nSaturday Free town hall volunteers\n:::\n`,
	// Two twin checks: the words read between them count for the second.
	`### ${TITLE}\n\nFree\n\n::: a\n### ${TITLE}\n\nFree entry\n:::\n\nentry at the door\n\n::: b\n### ${TITLE}\n\nFree entry at the door\n:::\n\n### ${OTHER}\n\nbirds\n\n::: c\n### ${OTHER}\n\nbirds and herons\n:::\n`,
	// Nested candidates in a list, a quote between.
	`-   ::: card\n    ### ${TITLE}\n\n    Saturday at 2:00 PM\n    :::\n\n> quoted words\n\n-   ::: card\n    ::: inner\n    ### ${TITLE}\n\n    Saturday at 2:00 PM quoted words\n    :::\n    :::\n`,
	// No heading seen before: nothing is a twin.
	`::: a\n### ${OTHER}\n\ntext\n:::\n`,
];

suite('Speed: layout twins read seen words lazily (issue 13)', () => {
	test('the same blocks and removed regions as the eager read', () => {
		let twins = 0;
		for (const dump of DUMPS) {
			withTextCache(() => {
				const blocks = parseDump(dump).blocks;
				const r1: RemovedRegion[] = [];
				const r2: RemovedRegion[] = [];
				const a = dropLayoutTwins(blocks, r1);
				const b = eager(blocks, r2);
				assert.deepStrictEqual(a.map((x) => collapse(blockText(x))), b.map((x) => collapse(blockText(x))), dump);
				assert.deepStrictEqual(r1, r2, dump);
				twins += r1.length;
			});
		}
		// The fixtures do fire the rule (and miss it where the words are new).
		assert.ok(twins >= 3, `twins ${twins}`);
	});
});
