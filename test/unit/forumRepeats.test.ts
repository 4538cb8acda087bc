// Forum threads: a long paragraph printed twice (an answer's preview and its full text) is read once; elsewhere long repeats stay.
import * as assert from 'node:assert';
import { extractDumpText } from '../util/kindFixtures';

const LONG =
	'I spent the last few weeks watching a daily diary of the war, two minutes per calendar day, and what it drills into you is the sheer routine of it: every single day another battle, another convoy sunk, another city bombed.';
const REPLY = 'Thanks for the recommendation, I found the series and the first month alone changed how I think about the whole period.';
const OTHER = 'Another answer here: the scale of civilian loss is what the textbooks never quite manage to get across to a reader.';

/** Posts numbered by id; the first shows a preview of its answer and, in a copy the page hides by a class of its own, the full text. */
function thread(): string {
	return [
		'# Was it really that bad?',
		'',
		'::: {#answer-1 .answer}',
		'[greg]{.author} [3y]{.date}',
		'',
		'::: {.preview .truncate}',
		LONG,
		':::',
		'',
		'::: {.full .qu-display--none}',
		LONG,
		'',
		'So yes, it really was that bad, and worse in places the diary barely has time to mention.',
		':::',
		':::',
		'',
		'::: {#answer-2 .answer}',
		'[mats]{.author} [1y]{.date}',
		'',
		OTHER,
		':::',
		'',
		'::: {#answer-3 .answer}',
		'[ben]{.author} [1y]{.date}',
		'',
		REPLY,
		':::',
		'',
	].join('\n');
}

suite('Forum repeated paragraphs', () => {
	test('a thread prints a long paragraph that its page repeats once', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		assert.strictEqual(text.split(LONG).length - 1, 1, 'the long paragraph is printed twice');
		assert.ok(text.includes('worse in places') && text.includes(OTHER) && text.includes(REPLY), 'lost a post');
	});

	test('an article keeps a long paragraph its author repeats', () => {
		const article = ['# Diary of a war', '', '::: {.post-content}', LONG, '', OTHER, '', REPLY, '', LONG, ':::', ''].join('\n');
		const { text, kind } = extractDumpText(article);
		assert.notStrictEqual(kind, 'forum');
		assert.strictEqual(text.split(LONG).length - 1, 2);
	});
});
