// Forum threads: vBulletin's quote header ("Originally Posted by NAME", "View Post") and a lone machine timestamp are controls.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropForumControls } from '../../src/core/extract/heuristics/forumControls';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';
import type { Block } from '../../src/core/model/dumpDocument';

function texts(blocks: readonly Block[]): string[] {
	return blocks.flatMap((b) => (b.kind === 'blockquote' || b.kind === 'div' ? texts(b.children) : [collapse(blockText(b))])).filter((t) => t !== '');
}

function run(md: string): { texts: string[]; signals: string[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropForumControls(parseDump(md).blocks, removed);
	return { texts: texts(kept), signals: removed.map((r) => r.signal) };
}

suite('Forum quote attributions', () => {
	test('the quote header goes, with or without its "Quote:" label and "View Post" button, inside a quote too', () => {
		const quoted = run(
			'> Originally Posted by **mossfern** [![View\n> Post](https://forum.example.org/images/viewpost.png){.inlineimg}](https://forum.example.org/showthread.php?p=12#post12){rel="nofollow"}\n>\n> Which host do you trust with backups?\n\nThe one that lets me restore a single file.',
		);
		assert.deepStrictEqual(quoted.texts, ['Which host do you trust with backups?', 'The one that lets me restore a single file.']);
		assert.strictEqual(quoted.signals.length, 1);
		const labelled = run('Quote: Originally Posted by **tidewell**\n\nSeven suitcases for a week is plenty.\n\nI packed two.');
		assert.deepStrictEqual(labelled.texts, ['Seven suitcases for a week is plenty.', 'I packed two.']);
	});

	test('a sentence that mentions who originally posted something stays', () => {
		const prose = run('The photo was originally posted by my cousin on her travel blog, years before anyone here saw it.');
		assert.deepStrictEqual(prose.signals, []);
		const runOn = run('Originally Posted by mossfern So could a squeeze page in front of the offer still work with a small ad budget today?');
		assert.deepStrictEqual(runOn.signals, []);
	});

	test("a post's machine timestamp on a line of its own goes; a line with words around a timestamp stays", () => {
		const stamped = run('Jan 21, 2019\n\n2019-01-21T21:40:59.62Z+00:00\n\nUse a bare except only when you re-raise.');
		assert.deepStrictEqual(stamped.texts, ['Jan 21, 2019', 'Use a bare except only when you re-raise.']);
		assert.deepStrictEqual(run('The job ran at 2019-01-21T21:40:59Z and failed.').signals, []);
	});
});
