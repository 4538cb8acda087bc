// Metadata (issue 12): a thread's prefix label, a short span set apart by a spacer span at the heading's start, is not the title's words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARA = 'A paragraph of body text long enough to be read as part of the post, with more words after it so that it counts.\n';

/** The title read with the article region starting at the `::: post` line (as the extractor's region would). */
function titleOf(dump: string): string | undefined {
	const start = dump.indexOf('::: post');
	return extractMetadata(parseDump(dump), { region: { start, end: dump.length }, pageKind: 'forum' }).title?.value;
}

const BODY = `::: post\n${PARA}\n${PARA}:::\n`;

suite('Metadata: a thread prefix label in the heading', () => {
	test('a short span and a spacer span before the thread title are left out (opaque classes)', () => {
		const dump = `# [Lathe Tips]{.q7 dir="auto"}[ ]{.z2}Which chuck for a small wood lathe? {.h9}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Which chuck for a small wood lathe?');
	});

	test('a one-word label is left out too', () => {
		const dump = `# [Solved]{.q7}[ ]{.z2}Bandsaw blade keeps drifting left\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Bandsaw blade keeps drifting left');
	});

	test('a span followed by a plain space is kept: it may be the headline\'s own words', () => {
		const dump = `# [Bandsaw]{.q7} blades that keep drifting left\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Bandsaw blades that keep drifting left');
	});

	test('a long first span is part of the headline', () => {
		const dump = `# [Why my bandsaw blade keeps drifting]{.q7}[ ]{.z2}and what fixed it\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Why my bandsaw blade keeps drifting and what fixed it');
	});
});
