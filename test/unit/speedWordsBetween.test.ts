import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { withTextCache } from '../../src/core/extract/inlineText';
import { wordsBetween } from '../../src/core/extract/metadata/kindPolicy';
import { nodeMeasures } from '../../src/core/extract/metadata/nodeMeasures';
import { MetadataScan, type MNode } from '../../src/core/extract/metadata/scan';
import { countWordMatches } from '../../src/core/text/wordCount';

/** Lines of synthetic dumps: prose of a few words, headings, links, spans, lists and divs around them. */
const PIECES = ['Jane Doe wrote this', 'one two three', "it's l’homme", '# Title here', '## A section', '[a link](/x) and more', '[span text]{.byline}', '- item one\n- item two', '2024-05-01', '·', '**bold** words'];
const BLOCK = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((xs) => xs.join(' '));
const DUMP = fc
	.array(fc.tuple(BLOCK, fc.constantFrom('', 'div', 'quote')), { minLength: 2, maxLength: 10 })
	.map((bs) => bs.map(([b, wrap]) => (b.startsWith('- ') || b.startsWith('#') || wrap === '' ? `${b}\n` : wrap === 'div' ? `::: {.box}\n${b}\n:::\n` : `> ${b}\n`)).join('\n'));

/** The walk as it was before the scan's measures: every node's range and text read anew. */
function naive(s: MetadataScan, a: MNode, b: MNode, limit: number): number {
	const [first, second] = a.range.start <= b.range.start ? [a, b] : [b, a];
	let words = 0;
	for (let i = first.order + 1; i < s.nodes.length && words <= limit; i++) {
		const n = s.nodes[i];
		if (n.range.start >= second.range.start) break;
		if (n.range.start < first.range.end) continue;
		const k = n.block?.kind;
		if (k === 'paragraph' || k === 'heading') words += countWordMatches(s.textOf(n));
	}
	return words;
}

suite('speed: wordsBetween reads each node once per scan (issue 13)', () => {
	test('gives the walk’s count for every pair of nodes and several limits, in either order', () => {
		fc.assert(
			fc.property(DUMP, fc.constantFrom(0, 3, 10, 150), (dump, limit) =>
				withTextCache(() => {
					const s = new MetadataScan(parseDump(dump), {});
					const fresh = new MetadataScan(parseDump(dump), {});
					for (const a of s.nodes) for (const b of s.nodes) assert.equal(wordsBetween(s, a, b, limit), naive(fresh, fresh.nodes[a.order], fresh.nodes[b.order], limit), `${a.order}-${b.order} of ${JSON.stringify(dump)}`);
				}),
			),
			{ numRuns: 150 },
		);
	});

	test('the measures are the nodes’ starts and their paragraphs’ and headings’ words', () => {
		withTextCache(() => {
			const s = new MetadataScan(parseDump('# Big title\n\nOne two three.\n\n::: {.box}\nFour [five six](/x)\n:::\n\n- seven\n'), {});
			const m = nodeMeasures(s);
			assert.equal(nodeMeasures(s), m, 'one per scan');
			const got = s.nodes.map((n, i) => [n.block?.kind ?? n.inline?.kind, m.start(i), m.textWords(i)]);
			assert.deepEqual(got, s.nodes.map((n) => [n.block?.kind ?? n.inline?.kind, n.range.start, n.block?.kind === 'paragraph' || n.block?.kind === 'heading' ? countWordMatches(s.textOf(n)) : 0]));
			assert.ok(got.some(([k, , w]) => k === 'paragraph' && w === 3));
			assert.ok(got.some(([k, , w]) => k === 'div' && w === 0), 'a div counts no words of its own');
		});
	});
});
