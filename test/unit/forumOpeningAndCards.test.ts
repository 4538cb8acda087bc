// Threads with opaque class words: the opening post in a box of its own shape above headed replies, and boards whose posters show only a member card; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const QUESTION = [
	'I have been restoring an old oak dresser and the drawers stick badly in damp weather, even after I planed the runners down twice this spring.',
	'Is there a finish or a wax that keeps the runners sliding without making the drawers loose again when the air dries out in the winter months?',
];
const REPLIES = [
	'Paste wax on the runners and on the bottom edges of the drawer sides is the old answer, and it still works: rub it in, let it dry, buff it off.',
	'Before waxing, check that the drawer bottoms have not swollen and started to rub on the rails below them. That was the whole trouble with my own chest.',
	'A block of paraffin from the kitchen cupboard does nearly as well as paste wax, and it costs next to nothing if you only have a few drawers to do.',
	'Do not seal the inside of the runners with varnish: it builds up and grabs the wood as soon as the weather turns, and you end up planing again.',
];

/** The site's menu, a board heading and the footer around the thread. */
const MENU = ['::: ca', '-   [Home](/)', '-   [Boards](/boards/)', '-   [Magazine](/magazine/)', '-   [Shop](/shop/)', ':::', ''];
const FOOTER = ['::: cf', 'About us · Contact · Privacy · Terms of use · Advertise with us', ':::', ''];

/**
 * A board that prints the question in a header box (avatar, the poster's link, "Posted in ... on" its date) and a
 * message box under the topic's h1, then a "Replies" heading over replies of another shape: an avatar box and a box
 * holding the reply's header line and its message. Every class word is opaque.
 */
function openingPostAboveReplies(): string {
	const lines = [...MENU, '# Discussion Board', '', '::: cw', '# Sticking drawers on an oak dresser', ''];
	lines.push('::: ch', '![](/avatars/a.png){height="52"}', '', '[oakfan](/profile/oakfan) \\| Posted in [Finishing](/board/finishing) on March 3, 2019 09:12am', ':::', '');
	lines.push('::: {#iq .cm}', ...QUESTION.flatMap((p) => [p, '']), ':::', '', ':::', '');
	lines.push('::: cr', '### Replies', '');
	REPLIES.forEach((r, i) => {
		lines.push('::: cv', `![](/avatars/${i}.png){height="36"}`, ':::', '');
		lines.push('::: cx', `[ [turner${i}](/profile/turner${i}) \\| Mar ${4 + i}, 2019 0${i + 1}:35am \\| [#${i + 1}](#comment-${i}) ]{.cs}`, '');
		lines.push('::: cb', r, ':::', ':::', '');
	});
	lines.push(':::', '', ...FOOTER);
	return lines.join('\n');
}

/**
 * A thread whose posts are already all in the group, under a header list of the thread's starter and start date
 * (the starter's name with a member attribute, a date, a counter) and no heading between it and the first post: the list is no opening post.
 */
function threadUnderStarterList(): string {
	const lines = [...MENU, '# Sticking drawers on an oak dresser', ''];
	lines.push('::: ck', '-   [Thread starter]{.cl} [oakfan_restorer_of_old_dressers]{.cu user-id="12"}', '-   [Start date]{.cl} [Mar 3, 2019](/threads/drawers.1/)', '-   Views : 7,909', ':::', '');
	[QUESTION.join(' '), ...REPLIES].forEach((r, i) => {
		lines.push('::: cp', `[turner${i}](/members/turner${i}.${i}/)`, '', `-   Mar ${3 + i}, 2019`, '', r, ':::', '');
	});
	lines.push(...FOOTER);
	return lines.join('\n');
}

/**
 * A board that prints the thread's header and its opening post as one box (the topic's h1, counters, the poster's card
 * with the post's number and date, the message), then the replies in a column of boxes of another shape, with no
 * heading between them.
 */
function titledOpeningBox(): string {
	const lines = [...MENU, '::: cw', '::: ct', '# Sticking drawers on an oak dresser', ':::', ''];
	lines.push('::: cs', '[ 6.5K views ]{.cv} [ 4 replies ]{.cv}', ':::', '');
	lines.push('::: cu', '[oakfan](/members/oakfan.12/) [Discussion starter]{.cd}', '', '[#1](#post-1) · [Mar 3, 2019](#post-1)', ':::', '');
	lines.push('::: cm', ...QUESTION.flatMap((p) => [p, '']), ':::', '', ':::', '', '::: cz', '');
	REPLIES.forEach((r, i) => {
		lines.push(`::: {#ir${i} .cr${i}}`, `[turner${i}](/members/turner${i}.${i}/)`, '', `-   Mar ${4 + i}, 2019`, '', r, ':::', '');
	});
	lines.push(':::', '', ...FOOTER);
	return lines.join('\n');
}

const CARD_MESSAGES = [
	'Why did the install image grow so much between last year and this one? It went from about eight hundred megabytes to well over a gigabyte.',
	'The boot loader changed back, so the kernel and the initial ramdisk are on the image twice now; the rest is the firmware package, which grows every release.',
];

/**
 * A board that shows a guest no member pages: two posts, each a box of one opaque token holding a heading of the
 * post's number and date linked to its permalink, the poster's name in bold with a member card (a title, an ISO join
 * date, a post count unless `counts` is false) and the message.
 */
function cardedPair(counts = true): string {
	const lines = ['::: cn', '-   [Index](index.php)', '-   [Rules](misc.php?action=rules)', '-   [Search](search.php)', '-   [Register](register.php)', '-   [Login](login.php)', ':::', ''];
	lines.push('# Why is the install image bigger this year?', '');
	const cards = [
		['isofan', 'Member', '2025-11-01', '1'],
		['mirrorkeeper', 'Wiki Admin', '2016-07-02', '710'],
	];
	CARD_MESSAGES.forEach((m, i) => {
		const [name, title, joined, posts] = cards[i];
		lines.push(`::: {#ip${i} .cq .cz${i}}`, `## [#${i + 1}]{.cj} [2025-11-0${i + 1} 1${i}:14:37](viewtopic.php?pid=22${i}#p22${i})`, '');
		lines.push('::: cc', `**${name}**`, `:   **${title}**`, `:   Registered: ${joined}`, ...(counts ? [`:   Posts: ${posts}`] : []), ':::', '');
		lines.push('::: cd', `### ${i === 0 ? '' : 'Re: '}Why is the install image bigger this year?`, '', m, ':::', ':::', '');
	});
	lines.push('::: cf', 'Board footer · Powered by a small board engine', ':::', '');
	return lines.join('\n');
}

suite('Forum threads: the opening post above headed replies, posters shown by member cards', () => {
	test('the stamped, signed message under the h1, above a heading over replies of another shape, is the opening post', () => {
		const { text, kind } = extract(openingPostAboveReplies());
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(QUESTION[0]) && text.includes(QUESTION[1]), 'lost the opening post');
		assert.ok(text.indexOf(QUESTION[1]) < text.indexOf(REPLIES[0]), 'the opening post after a reply');
		for (const r of REPLIES) assert.ok(text.includes(r), 'lost a reply');
	});

	test('a thread starter list above the posts, with no heading before the first post, is no opening post', () => {
		const { text, kind } = extract(threadUnderStarterList());
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(REPLIES[0]), 'lost a post');
		assert.ok(!text.includes('Thread starter') && !text.includes('Views'), 'kept the starter list');
	});

	test('the opening post printed in one box with the topic h1, above replies of another shape with no heading, is the opening post', () => {
		const { text, kind } = extract(titledOpeningBox());
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(QUESTION[0]) && text.includes(QUESTION[1]), 'lost the opening post');
		assert.ok(text.indexOf(QUESTION[1]) < text.indexOf(REPLIES[0]), 'the opening post after a reply');
		for (const r of REPLIES) assert.ok(text.includes(r), 'lost a reply');
	});

	test('two posts whose posters show only a member card are a thread, the board menu left out', () => {
		const { text, kind } = extract(cardedPair());
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(CARD_MESSAGES[0]) && text.includes(CARD_MESSAGES[1]), 'lost a post');
		assert.ok(!text.includes('Register') && !text.includes('Rules'), 'kept the board menu');
	});

	test('a join date written as a machine date is a member card line', () => {
		const { text, kind } = extract(cardedPair(false));
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(CARD_MESSAGES[0]) && text.includes(CARD_MESSAGES[1]), 'lost a post');
		assert.ok(!text.includes('Registered'), 'kept a join date');
	});
});
