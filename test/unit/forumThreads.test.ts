// Forum threads, this session's rules: controls deep inside quotes, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropForumControls } from '../../src/core/extract/heuristics/forumControls';
import { blockText, collapse } from '../../src/core/extract/inlineText';

suite('Forum threads', () => {
	test('forum controls: a control two containers deep inside a quote goes, and the quote around it stays', () => {
		const dump = [
			'> ::: quote-title',
			'> fernhill said:',
			'> :::',
			'>',
			'> ::: quote-content',
			'> ::: quote-body',
			'> The bolts in the box are too short.',
			'> :::',
			'>',
			'> ::: expand-link',
			'> Click to expand\\...',
			'> :::',
			'> :::',
			'',
			'-   ::: item',
			'    Reply',
			'    :::',
			'',
			'    You need the longer ones.',
			'',
			'I did it last week.',
			'',
		].join('\n');
		const removed: Parameters<typeof dropForumControls>[1] = [];
		const text = dropForumControls(parseDump(dump).blocks, removed).map((b) => collapse(blockText(b))).join('\n');
		assert.ok(text.includes('The bolts in the box are too short.'), 'lost the quote');
		assert.ok(text.includes('You need the longer ones.'), 'lost the list item');
		assert.ok(!text.includes('Click to expand'), 'kept the control inside the quote');
		assert.ok(!/\bReply\b/.test(text), 'kept the control inside the list item');
		assert.deepStrictEqual(removed.map((r) => r.signal), ['Click to expand...', 'Reply']);
	});
});
