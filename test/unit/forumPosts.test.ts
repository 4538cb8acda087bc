// Forum threads: posts named by their forum software, posts written as a list, and what a post keeps and drops.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { dumpLines as joinLines } from '../util/joinLines';
import { extractDumpText as extract } from '../util/kindFixtures';


const QUESTION = 'My sourdough starter smells of nail varnish after three days on the counter, and it barely rises any more. Is it ruined, or can it be saved?';
const ANSWERS = [
	'That smell is acetone from a hungry starter: the yeast has eaten all its flour. Feed it twice a day, discard half each time, and it will recover within a week.',
	'Keep it somewhere cooler, too. At a warm room temperature a young starter runs through its food in a few hours, and the sour smell comes back by the evening.',
];

/** A question-and-answer page as Stack Exchange writes it: the question stands apart from the list of answers. */
function qaPage(): string {
	const post = (cls: string, text: string, n: number): string[] => [
		`::: {#${cls}-${n} .${cls} .js-${cls} itemprop="${cls === 'answer' ? 'suggestedAnswer' : 'mainEntity'}"}`,
		'::: post-layout',
		'::: {.votecell .post-layout--left}',
		'::: {.js-voting-container .d-flex}',
		`::: {.js-vote-count .flex--item itemprop="upvoteCount"}`,
		`${n + 3}`,
		':::',
		':::',
		':::',
		'',
		'::: {.postcell .post-layout--right}',
		'::: {.s-prose .js-post-body itemprop="text"}',
		text,
		':::',
		'',
		'::: {.js-post-menu .pt2}',
		'::: flex--item',
		'[Share](/q/1 "Short permalink"){.js-share-link}',
		':::',
		'',
		'::: flex--item',
		'Cite',
		':::',
		'',
		'::: flex--item',
		'Follow',
		':::',
		':::',
		'',
		'::: {.post-signature .owner}',
		'::: user-info',
		`answered [Mar 2, 2024 at 10:0${n}]{.relativetime}`,
		'',
		`[baker${n}](/users/${n}/baker)`,
		'',
		'[1,204]{.reputation-score} [3 silver badges]{.v-visible-sr}',
		':::',
		':::',
		':::',
		':::',
		'',
		`::: {#comments-${n} .comments .js-comments-container}`,
		`-   Thanks, this is exactly what happened to mine last summer when the kitchen was hot. -- reader${n}`,
		':::',
		':::',
		'',
	];
	return joinLines(
		'::: {.s-topbar}',
		'[Questions](/questions) [Tags](/tags) [Users](/users)',
		':::',
		'',
		'# Is my sourdough starter ruined?',
		'',
		'::: {#mainbar role="main"}',
		...post('question', QUESTION, 0),
		'::: {#answers}',
		'## 2 Answers',
		'',
		...ANSWERS.flatMap((a, i) => post('answer', a, i + 1)),
		':::',
		':::',
		'',
		'::: {#sidebar}',
		'## Related',
		'',
		'-   [How do I keep a starter in the fridge?](/questions/2)',
		'-   [Why does my bread not rise?](/questions/3)',
		':::',
	);
}

suite('Forum threads', () => {
	test('a question-and-answer page keeps the question and every answer, in order', () => {
		const { text, kind } = extract(qaPage());
		assert.strictEqual(kind, 'forum');
		const at = [QUESTION, ...ANSWERS].map((t) => text.indexOf(t));
		assert.ok(at.every((i) => i >= 0), text);
		assert.deepStrictEqual([...at].sort((a, b) => a - b), at);
	});

	test('a question-and-answer page drops comments, menus, vote counts and user cards', () => {
		const { text } = extract(qaPage());
		for (const dropped of ['Cite', 'Follow', 'Share', 'exactly what happened', 'reputation', '1,204', 'silver badges', 'How do I keep']) {
			assert.ok(!text.includes(dropped), `kept ${dropped}:\n${text}`);
		}
		assert.ok(!/^\d+$/m.test(text), `kept a vote count:\n${text}`);
	});

	test('posts written as the items of a list are a thread', () => {
		const reply = (who: string, said: string): string[] => [
			`-   []{#${who}}`,
			'',
			'    ::: {.d-flex .post-container-parent}',
			'    ::: {.post-header itemprop="author"}',
			`    [${who}](/user/${who})`,
			'    :::',
			'',
			'    ::: {.content component="post/content" itemprop="text"}',
			`    ${said}`,
			'    :::',
			'',
			'    ::: {.post-footer component="post/footer"}',
			'    [Reply](/reply) [Quote](/quote)',
			'    :::',
			'    :::',
			'',
		];
		const dump = joinLines(
			'::: {.navbar}',
			'[Home](/) [Categories](/categories) [Recent](/recent) [Popular](/popular) [Users](/users) [Groups](/groups)',
			':::',
			'',
			'::: {.posts-container}',
			...reply('ines', 'Has anyone moved a large wiki to version four yet? Our upgrade stalls at the search index, and the log says nothing useful about why.'),
			...reply('tomas', 'Yes, last week. Rebuild the search index by hand after the upgrade: the migration skips it on instances with more than ten thousand pages.'),
			...reply('ines', 'That did it, thank you. The rebuild took about twenty minutes on our server, and search works again for every page of the wiki.'),
			':::',
		);
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		for (const kept of ['Has anyone moved', 'Rebuild the search index', 'That did it', 'tomas']) assert.ok(text.includes(kept), `lost ${kept}:\n${text}`);
		for (const dropped of ['Reply', 'Quote', 'Categories']) assert.ok(!text.includes(dropped), `kept ${dropped}:\n${text}`);
	});

	test('a list of reviews whose items are not named like posts is no thread', () => {
		const review = (n: number): string[] => [
			`-   ::: {.fdbk-container .item-${n}}`,
			`    ::: {.fdbk-comment}`,
			`    Arrived quickly and well packed; the jacket fits as described and the colour matches the photos exactly. Review number ${n}.`,
			'    :::',
			'    :::',
			'',
		];
		const index = new BlockIndex(parseDump(joinLines(...[1, 2, 3, 4].flatMap(review))));
		assert.strictEqual(pageSignals(index).posts, undefined);
	});
	const MESSAGES = [
		'The gearbox on my old lathe whines in the two lowest speeds since I changed the oil. Did I put in the wrong grade, or is something worn?',
		'Probably the grade. Those gearboxes want a thin hydraulic oil, not gear oil; the thick stuff starves the top bearing and it whines until it warms up.',
		'Drained it and filled it with the thin oil as you said. Quiet as anything now, even from cold. Thanks for saving me from opening the whole box.',
	];

	test('posts numbered by id are a thread even when each sits in its own list item', () => {
		const post = (n: number, who: string, text: string): string[] => [
			`${n}.  ::: {#post_${7100 + n}}`,
			'    ::: posthead',
			`    [03-14-2025, 09:0${n} AM]{.date} [#${n}](/p/${n}){.postcounter}`,
			'    :::',
			'',
			`    [**${who}**](/member/${who}){.username}`,
			'',
			'    ::: postrow',
			`    ${text}`,
			'    :::',
			'    :::',
			'',
		];
		const dump = joinLines('::: {.navbar}', '[Forum](/) [New posts](/new) [Members](/members)', ':::', '', ...MESSAGES.flatMap((m, i) => post(i + 1, ['arno', 'kees', 'arno'][i], m)));
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		for (const kept of [...MESSAGES, 'kees']) assert.ok(text.includes(kept), `lost ${kept}:\n${text}`);
		assert.ok(!text.includes('New posts'), text);
	});

	test('a story\'s numbered comments are not posts by their ids', () => {
		const story = 'The county will close the old ferry landing next spring and build a footbridge upstream, the council decided on Monday after a long debate.';
		// Numbered like vBulletin's posts above, but comments: each in a list item, with no class to group them by.
		const comment = (n: number, text: string): string[] => [`-   ::: {#comment_${900 + n}}`, `    [reader${n}](/u/${n}) wrote:`, '', `    ${text}`, '    :::', ''];
		const dump = joinLines('::: {.story}', '# Ferry landing to close', '', story, ':::', '', '::: {.discussion}', ...MESSAGES.flatMap((m, i) => comment(i, m)), ...MESSAGES.flatMap((m, i) => comment(i + 3, m.replace('the', 'a'))), ':::');
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(dump))).posts, undefined);
	});
	test('forum software is a thread even when a longer box beside the posts wins the article pipeline', () => {
		const rules = 'Be kind to other members, stay on topic, and search before you post: most questions about starters, ovens and flour have been answered here many times before, and a link to an old thread is often the quickest answer.';
		const post = (who: string, said: string): string[] => [
			'::: {.message .message--post}',
			`::: message-user`,
			`[${who}](/members/${who})`,
			':::',
			'',
			'::: {.message-userContent}',
			'::: bbWrapper',
			said,
			':::',
			':::',
			':::',
			'',
		];
		const dump = joinLines(
			'::: {.block-container .p-body-main}',
			...post('odile', 'Which flour do you use for a rye starter? Mine stays flat whatever I do, even in a warm kitchen.'),
			...post('ferran', 'Whole rye, never light rye: the bran feeds it. Mine doubled in six hours once I switched.'),
			':::',
			'',
			'::: {.p-body-sidebar}',
			...[1, 2, 3, 4, 5].flatMap((n) => [`${rules} (${n})`, '']),
			':::',
		);
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		for (const kept of ['Which flour', 'Whole rye', 'ferran']) assert.ok(text.includes(kept), `lost ${kept}:\n${text}`);
		assert.ok(!text.includes('Be kind'), text);
	});
});
