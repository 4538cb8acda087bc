// A Q&A page of an engine no profile names: its question and answers stay; their comments, tags and sign-up prompt go.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const QUESTION = 'My sourdough starter smells of nail varnish after two weeks on the counter. Is it ruined, or is that smell a sign of something I can fix?';
const ANSWERS = [
	'That smell is acetone from a hungry starter: the yeast has run out of flour and the bacteria are making solvents. Feed it twice a day for three days and it will recover.',
	'Keep it in a cooler place as well. At kitchen temperatures in summer a starter eats through its flour in half a day, and the smell comes back whatever you feed it.',
];
const COMMENTS = ['Did you use rye or white flour for the feeds?', 'Worked for me, thanks for the tip about the feeds.', 'Same problem here, it came back after a week.'];

/** The question or an answer, typed by schema.org's QAPage microdata, with its own comment list under it. */
function post(kind: 'Question' | 'Answer', i: number, body: string, commentList: (c: string) => string[]): string[] {
	const prop = kind === 'Answer' ? ' itemprop="suggestedAnswer"' : '';
	const lines = [`::: {#entry-${i} .qa-entry${prop} itemscope="" itemtype="https://schema.org/${kind}"}`, '::: {.post-body .prose}', body, ':::', ''];
	if (kind === 'Question') lines.push('::: {.qa-tags .tags}', '-   [sourdough](/tagged/sourdough)', '-   [fermentation](/tagged/fermentation)', ':::', '');
	lines.push('::: qa-byline', `[baker${i}](/users/${i}/baker${i}) asked or answered March ${i + 3}, 2025`, ':::', '');
	lines.push(...commentList(COMMENTS[i % COMMENTS.length]), 'Sign up to request clarification or add additional context in comments.', '', ':::', '');
	return lines;
}

/** Comments in a container named a comment list. */
function namedList(c: string): string[] {
	return [`::: {#comments-${c.length} .comments .qa-comment-area}`, `-   ::: comment-text`, `    ${c} -- [reader](/users/99/reader)`, '    :::', ':::', ''];
}

/** Comments typed `Comment` by their microdata, in a container whose name says nothing. */
function typedComments(c: string): string[] {
	return ['::: {.follow-area}', `::: {#note-${c.length} itemprop="comment" itemscope="" itemtype="https://schema.org/Comment"}`, `${c} -- [reader](/users/99/reader)`, ':::', ':::', ''];
}

/** Comments under class words no rule knows: a list of short remarks, each with its commenter and its date. */
function shapedList(c: string): string[] {
	return ['::: {.x9a .k3v}', '-   ::: {.r7m}', `    ${c} -- [reader](/users/99/reader) Mar 4, 2025 at 11:37`, '    :::', '', '-   ::: {.r7m}', '    Thanks, that answers it. -- [baker0](/users/0/baker0) Mar 4, 2025 at 12:02', '    :::', ':::', ''];
}

function page(commentList: (c: string) => string[]): string {
	const lines = ['# Sourdough starter smells of nail varnish', '', '::: {itemprop="mainEntity" itemscope="" itemtype="https://schema.org/Question"}'];
	lines.push(...post('Question', 0, QUESTION, commentList).slice(1));
	ANSWERS.forEach((a, k) => lines.push(...post('Answer', k + 1, a, commentList)));
	return lines.join('\n');
}

suite('Forum Q&A comments', () => {
	for (const [name, list] of [
		['named comment lists', namedList],
		['comments typed by microdata', typedComments],
		['stamped, signed remarks under unknown class words', shapedList],
	] as const) {
		test(`${name} under the question and the answers go, the posts stay`, () => {
			const { text, kind } = extract(page(list));
			assert.strictEqual(kind, 'forum');
			for (const p of [QUESTION, ...ANSWERS]) assert.ok(text.includes(p), `lost ${p.slice(0, 30)}`);
			for (const c of COMMENTS) assert.ok(!text.includes(c), `kept comment ${c}`);
			assert.ok(!text.includes('Sign up to request'), 'kept the sign-up prompt');
			assert.ok(!/\bfermentation\b/.test(text), 'kept the tags');
		});
	}

	test('a discussion thread keeps its replies typed Comment: only a Q&A page has comments under posts', () => {
		const replies = [QUESTION, ...ANSWERS, ...COMMENTS.map((c) => `${c} I tried it on my own starter this week and it worked out well enough.`)];
		const lines = ['# Sourdough starter smells of nail varnish', ''];
		replies.forEach((r, i) => lines.push(`::: {#reply-${i} .reply-entry itemprop="comment" itemscope="" itemtype="https://schema.org/Comment"}`, `[baker${i}](/users/${i}/baker${i})`, '', r, ':::', ''));
		const { text } = extract(lines.join('\n'));
		for (const r of replies) assert.ok(text.includes(r), `lost ${r.slice(0, 30)}`);
	});
});
