// Truncated previews (heuristics/truncatedPreviews.ts): the sorted-key search drops what a scan of every later paragraph drops.
import * as assert from 'node:assert/strict';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dropTruncatedPreviews, MIN_PREVIEW_CHARS } from '../../src/core/extract/heuristics/truncatedPreviews';
import type { Block } from '../../src/core/model/dumpDocument';

/** The scan the search replaced (its stem and teaser endings as in the heuristic): the reference. */
function scanDrop(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const keys = blocks.map((b) => (b.kind === 'paragraph' ? collapsedText(b).toLowerCase() : undefined));
	const stemOf = (t: string): string => t.replace(/\s*(?:…|\.\.\.|\(more\)|read more|continue reading|see more)\s*$/i, '').replace(/\s*\S+$/, '');
	const out: Block[] = [];
	blocks.forEach((b, i) => {
		const k = keys[i];
		const stem = k === undefined ? '' : stemOf(k);
		const cut = stem.length >= MIN_PREVIEW_CHARS && keys.some((later, j) => j > i && later !== undefined && later.length > k!.length && later.startsWith(stem));
		if (cut) removed.push({ range: b.range, step: 'truncated-preview', signal: `${stem.slice(0, 40)}…` });
		else out.push(b);
	});
	return out;
}

/** A small seeded generator (LCG), so a failure names its seed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296;
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'Zeta', 'théta', 'iota'];

suite('Truncated previews: the sorted-key search', () => {
	test('random paragraphs, cut copies before and after their full text, repeats and divs: the same blocks and removed list as the scan', () => {
		let cuts = 0;
		for (let seed = 1; seed <= 200; seed++) {
			const rnd = random(seed);
			const parts: string[] = [];
			const n = 1 + Math.floor(rnd() * 25);
			for (let i = 0; i < n; i++) {
				const r = rnd();
				const src = parts.length ? parts[Math.floor(rnd() * parts.length)] : '';
				if (r < 0.35 && src) parts.push(src.slice(0, Math.floor(src.length * (0.6 + rnd() * 0.5))) + (rnd() < 0.5 ? '…' : ' Read more'));
				else if (r < 0.45 && src) parts.push(src);
				else if (r < 0.5) parts.push('::: {.x}\nnot a paragraph\n:::');
				else parts.push(Array.from({ length: 10 + Math.floor(rnd() * 30) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' '));
			}
			for (let i = parts.length - 1; i > 0; i--) {
				if (rnd() < 0.3) {
					const j = Math.floor(rnd() * (i + 1));
					[parts[i], parts[j]] = [parts[j], parts[i]];
				}
			}
			const blocks = parseDump(parts.join('\n\n') + '\n').blocks;
			const mine: RemovedRegion[] = [];
			const ref: RemovedRegion[] = [];
			assert.equal(JSON.stringify(dropTruncatedPreviews(blocks, mine)), JSON.stringify(scanDrop(blocks, ref)), `seed ${seed}`);
			assert.deepEqual(mine, ref, `seed ${seed}`);
			cuts += ref.length;
		}
		assert.ok(cuts > 50, `only ${cuts} previews cut: the fixture no longer exercises the search`);
	});
});
