// Stack Exchange's 2024 comment list (`follow-ups-container-<id>`) is post chrome: the thread keeps its question and answers only.
import * as assert from 'node:assert';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { extractDumpText as extract } from '../util/kindFixtures';

const POSTS = [
	'My sourdough starter smells of nail varnish after three days at room temperature. Is it ruined, or can I still bake with it?',
	'That smell is acetone from a hungry starter: feed it twice a day at a one to one ratio and it will settle within the week.',
	'Keep it somewhere cooler too; at twenty degrees the yeast outruns the bacteria and the sharp smell fades after a few feeds.',
];

/** A question and two answers, each followed by a comment list in the 2024 layout. */
function thread(): string {
	const lines = ['# Sourdough starter smells of nail varnish', ''];
	POSTS.forEach((m, i) => {
		lines.push(`::: {#${i === 0 ? 'question' : `answer-${i}`} .${i === 0 ? 'question' : 'answer'} .js-answer}`, '::: votecell', `${i + 4}`, ':::', '');
		lines.push('::: {.s-prose .js-post-body itemprop="text"}', m, ':::', '', `::: {#follow-ups-container-${700 + i}}`, '::: {role="list"}');
		lines.push(`::: {#follow-up-${900 + i} itemprop="comment" role="listitem"}`, '::: {.flex--item itemprop="text"}');
		lines.push(`Comment ${i}: which flour do you feed it with, and how warm is the kitchen overnight?`, ':::', ':::', ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

suite('Stack Exchange comments (2024 layout)', () => {
	test('the comment lists under the question and answers go, the posts stay', () => {
		const { text, kind } = extract(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of POSTS) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(!text.includes('which flour do you feed it with'), 'kept a comment');
	});

	test('the comment list is named by its id with the post\'s number, not by a bare word', () => {
		const se = KIND_PLATFORMS.find((p) => p.name === 'stackexchange');
		assert.ok(se?.postChrome?.test('follow-ups-container-21553825'));
		assert.ok(!se?.postChrome?.test('follow-ups-container'));
		assert.ok(!se?.postChrome?.test('follow-up-95416693'));
	});
});
