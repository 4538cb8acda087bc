// A Q&A page whose classes name nothing: its question and answers found by QAPage microdata, each read as its `text`.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const QUESTION = 'My bread machine stops kneading halfway through the dough cycle and the paddle spins freely. Is the belt gone, or is there a setting that pauses the cycle on purpose?';
const ANSWERS = [
	'Most machines pause for a rest period in the middle of the dough cycle so the gluten can relax. If it starts again after twenty minutes, nothing is broken and you can leave it alone.',
	'If the paddle spins with no load at all, look at the drive belt under the pan. A worn belt slips only when the dough gets stiff, which is exactly the halfway point of the cycle.',
];
/** What the page writes around each post: votes, the poster's card, a share bar and a comment. None of it is the post. */
const CHROME = ['Share Improve this post Follow', 'asked by kneader on March 3, 2025 reputation 1,204', 'Nice explanation, worked for my machine too.'];

function item(type: 'Question' | 'Answer', i: number, body: string, extra: string[] = []): string[] {
	const prop = type === 'Answer' ? ' itemprop="suggestedAnswer"' : ' itemprop="mainEntity"';
	const head = [`::: {.q${i}a .zz1${prop} itemscope="" itemtype="https://schema.org/${type}"}`, '::: {.zz2}', `[${7 + i}]{.zz3 itemprop="upvoteCount"}`, ':::', ''];
	const text = ['::: {.zz4 itemprop="text"}', body, ':::', ''];
	const rest = ['::: {.zz5}', CHROME[0], '', CHROME[1], ':::', '', '::: {.zz6}', `-   ${CHROME[2]} -- [reader${i}](/users/${i}/reader) Mar 4, 2025 at 11:3${i}`, ':::', ''];
	return [...head, ...text, ...rest, ...extra];
}

/** The question wraps the page's answers, as a QAPage's `mainEntity` does; `answerCount` counts them. */
function qaPage(count = true, secondQuestion = false): string {
	const answers: string[] = [];
	if (count) answers.push(`## ${ANSWERS.length} Answers [${ANSWERS.length}]{style="display:none;" itemprop="answerCount"}`, '');
	ANSWERS.forEach((a, k) => answers.push(...item('Answer', k + 1, a), ':::', ''));
	const lines = ['# Bread machine stops kneading halfway', '', ...item('Question', 0, QUESTION, answers), ':::', ''];
	if (secondQuestion) lines.push(...item('Question', 9, 'Can I bake gluten-free bread in the same pan without cleaning it first?'), ':::', '');
	return lines.join('\n');
}

suite('Forum Q&A microdata posts', () => {
	test('the question and each answer are posts, read as their text alone', () => {
		const { text, kind } = extract(qaPage());
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(QUESTION), text);
		for (const a of ANSWERS) assert.ok(text.includes(a), text);
		for (const c of CHROME) assert.ok(!text.includes(c), `${c}\n---\n${text}`);
	});

	test('a question that does not count its answers (FAQ markup) is not read so', () => {
		const { text } = extract(qaPage(false));
		assert.ok(CHROME.some((c) => text.includes(c)), text);
	});

	test('two questions are a FAQ, not a thread', () => {
		const { text } = extract(qaPage(true, true));
		assert.ok(CHROME.some((c) => text.includes(c)), text);
	});
});
