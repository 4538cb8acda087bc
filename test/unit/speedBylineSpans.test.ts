// Issue 13 (speed47): textBylineCandidates skips a span inside a paragraph or heading whose text cannot hold a by-word; the answers stay the same.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { textBylineCandidates } from '../../src/core/extract/metadata/bylineText';
import { MetadataScan } from '../../src/core/extract/metadata/scan';

/** The pre-test's word (bylineText.ts `BY_WORD_RE`). */
const BY_WORD_RE = /by|aut|writer/i;

suite('speed: byline spans inside wordless blocks (issue 13, speed47)', () => {
	test('a visible span inside a paragraph or heading that cannot hold the word cannot hold it either', () => {
		const dumps = [
			'# Title [with]{.x} [spans]{.y}\n\nA line with [a span]{.a} and [[nested]{.b} link](/x) in it, **[bold]{.c}** too.\n',
			'# Title\n\nB**[y]{.k}** the way: [Jane]{.n} [Doe]{.m} wrote it\n\n[B]{.d}y Jane Doe\n',
			'# Title\n\nText [with [inner]{.i} spans]{.o} and a [hidden]{style="display:none"} one\n',
		];
		let checked = 0;
		for (const dump of dumps) {
			const s = new MetadataScan(parseDump(dump), {});
			for (const p of s.nodes) {
				if (p.block?.kind !== 'paragraph' && p.block?.kind !== 'heading') continue;
				if (s.mayHoldWord(p, BY_WORD_RE)) continue;
				for (const n of s.nodes) {
					if (n.inline?.kind !== 'span' || n.start < p.start || n.end > p.end || n.hidden) continue;
					assert.equal(s.mayHoldWord(n, BY_WORD_RE), false, `${JSON.stringify(dump)}: ${s.textOf(n)}`);
					checked++;
				}
			}
		}
		assert.ok(checked >= 5, `spans checked: ${checked}`);
	});

	test('a hidden span is still read: its own text may hold the word where its paragraph\'s visible text does not', () => {
		// The paragraph's source has no "by" (a character reference spells it) and its visible text leaves the hidden span out.
		const dump = '# Title\n\nSome text [B&#121;]{style="display:none"} [Jane Doe](/people/jane)\n';
		const s = new MetadataScan(parseDump(dump), {});
		const p = s.nodes.find((n) => n.block?.kind === 'paragraph')!;
		assert.equal(s.mayHoldWord(p, BY_WORD_RE), false);
		const found = textBylineCandidates(s);
		assert.deepEqual(
			found.map((c) => [c.rule, c.value]),
			[['text:by-label', ['Jane Doe']]],
		);
	});
});
