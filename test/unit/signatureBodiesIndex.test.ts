// Signature bodies (heuristics/signatureBodies.ts): positions read once per parent give the answers of the scan per body.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import { isSignatureBody, type SignatureBody } from '../../src/core/extract/heuristics/signatureBodies';
import type { Block } from '../../src/core/model/dumpDocument';

/** The scan the one-pass positions replaced (an `indexOf` and earlier siblings per body, a walk to the root): the reference. */
function scanIsSignature(index: BlockIndex, c: Container, sig: SignatureBody): boolean {
	if (!c.attrs.classes.includes(sig.body)) return false;
	const parent = index.parent.get(c);
	if (!parent || !isContainer(parent)) return false;
	const at = parent.children.indexOf(c);
	if (!parent.children.slice(0, at).some((k) => isContainer(k) && k.attrs.classes.includes(sig.message))) return false;
	for (let p: Block | undefined = parent; p !== undefined; p = index.parent.get(p)) {
		if (isContainer(p) && p.attrs.classes.includes(sig.message)) return false;
	}
	return true;
}

/** A small seeded generator (LCG), so a failure names its seed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296;
}

const SIG: SignatureBody = { body: 'bbWrapper', message: 'message-userContent' };
const CLASSES = ['bbWrapper', 'message-userContent', 'message-content', 'bbWrapper message-userContent', 'message'];

/** Random nested divs (bodies, messages, both, others) with paragraphs, lists and quotes between them. */
function randomDump(rnd: () => number): string {
	const lines: string[] = ['# A thread', ''];
	let depth = 0;
	let para = 0;
	const steps = 10 + Math.floor(rnd() * 60);
	for (let i = 0; i < steps; i++) {
		const r = rnd();
		if (r < 0.4 && depth < 8) {
			const cls = CLASSES[Math.floor(rnd() * CLASSES.length)].split(' ').map((x) => `.${x}`).join(' ');
			lines.push(`${':'.repeat(3 + 8 - depth)} {${cls}}`);
			depth++;
		} else if (r < 0.6 && depth > 0) {
			depth--;
			lines.push(':'.repeat(3 + 8 - depth), '');
		} else if (r < 0.7) {
			lines.push(`> quoted line ${para++}`, '');
		} else if (r < 0.8) {
			lines.push(`- item ${para++}`, '');
		} else {
			lines.push(`Paragraph ${para++} of the thread, with a few words in it.`, '');
		}
	}
	while (depth > 0) {
		depth--;
		lines.push(':'.repeat(3 + 8 - depth), '');
	}
	return lines.join('\n');
}

suite('Signature bodies: positions from one pass per parent', () => {
	test('random nested bodies and messages: every container answers as the scan did, in any order of asking', () => {
		let signatures = 0;
		for (let seed = 1; seed <= 300; seed++) {
			const dump = randomDump(random(seed));
			const index = new BlockIndex(parseDump(dump));
			const want = index.containers.map((c) => scanIsSignature(index, c, SIG));
			// Asked from the last container to the first, then again in order: the cached answers hold either way.
			const backwards = [...index.containers].reverse().map((c) => isSignatureBody(index, c, SIG)).reverse();
			assert.deepEqual(backwards, want, `seed ${seed} (backwards)`);
			assert.deepEqual(
				index.containers.map((c) => isSignatureBody(index, c, SIG)),
				want,
				`seed ${seed}`,
			);
			// Another message class on the same index has its own positions.
			const other: SignatureBody = { body: 'bbWrapper', message: 'message-content' };
			assert.deepEqual(
				index.containers.map((c) => isSignatureBody(index, c, other)),
				index.containers.map((c) => scanIsSignature(index, c, other)),
				`seed ${seed} (other message class)`,
			);
			signatures += want.filter(Boolean).length;
		}
		assert.ok(signatures > 50, `few signatures generated: ${signatures}`);
	});
});
