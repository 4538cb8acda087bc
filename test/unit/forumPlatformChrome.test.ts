// The forum profiles' post chrome read from each engine's public templates (platforms.ts): phpBB, XenForo 2, SMF 2.1,
// vBulletin 4, Discourse's crawler view and Discuz! X, each in a synthetic thread written as pandoc dumps them.
import * as assert from 'node:assert';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'The pressure relief valve on our boiler drips a little water every morning once the heating comes on. Is that normal, or should I call someone out?',
	'A slow drip at warm-up usually means the expansion vessel has lost its air charge. Check the pressure gauge: if it climbs past three bar when hot, recharge the vessel.',
	'The gauge went to 3.2 bar when hot. I pumped the vessel back up to one bar with a bike pump and the valve has been dry for four days now.',
];

/** Checks a thread's text: every message kept, no chrome line. */
function check(dump: string, chrome: readonly string[], kept: readonly string[] = []): void {
	const { text, kind } = extract(dump);
	assert.strictEqual(kind, 'forum');
	for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
	for (const k of kept) assert.ok(text.includes(k), `lost ${k}`);
	for (const c of chrome) assert.ok(!text.includes(c), `kept ${c}`);
}

/** phpBB prosilver (viewtopic_body.html): `post` numbered `pN`, the edit notice, download rules, signature and "Top" link. */
function phpbbThread(): string {
	const lines = ['# Boiler relief valve dripping', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#p${300 + i} .post .has-profile .bg${(i % 2) + 1}}`, '::: inner', '::: postbody', `::: {#post_content${300 + i}}`);
		lines.push(`### [Re: Boiler relief valve dripping](#p${300 + i}) {.first}`, '', `by [**heating${i}**](./memberlist.php?u=${i}) » Mon Mar 0${i + 3}, 2025 8:1${i} am`, '');
		lines.push('::: content', m, ':::', '');
		lines.push('::: notice', `Last edited by heating${i} on Mon Mar 0${i + 3}, 2025 9:00 am, edited 1 time in total.`, ':::', '');
		lines.push('::: rules', `Download rules apply to the ${['photo', 'manual', 'invoice'][i]} attached here: members only, no resale.`, ':::', '');
		lines.push(`::: {#sig${300 + i} .signature}`, `${['Gas Safe registered since 2009', 'Apprentice plumber in Bradford', 'Happy homeowner in Otley'][i]}`, ':::', ':::', ':::', '');
		lines.push('::: back2top', '[Top](#wrap "Top"){.top}', ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** XenForo 2 (post_macros): the message's notice, its "Click to expand..." link, and the likes bar of 2.0. */
function xenforoThread(): string {
	const lines = ['# Boiler relief valve dripping', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#js-post-${400 + i} .message-inner}`, '::: {.message-cell .message-cell--user}', `### [heating${i}](/members/heating${i}.${i}/){.username} {.message-name}`, ':::', '');
		lines.push('::: {.message-cell .message-cell--main}', '::: message-attribution', `[Mar ${i + 3}, 2025](/threads/boiler.9/post-${400 + i})`, ':::', '');
		lines.push('::: {.messageNotice .messageNotice--moderated}', 'This message is awaiting moderator approval, and is invisible to normal visitors.', ':::', '');
		lines.push('::: {.message-userContent .lbContainer .js-lbContainer}', '::: bbWrapper', m, ':::', ':::', '');
		lines.push('::: {.message-expandLink .js-expandLink}', '[Click to expand...]{role="button"}', ':::', '');
		lines.push('::: {.likesBar .js-likeList .is-active}', `[plumber${i}](/members/plumber.${i}/) and 3 others like this.`, ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** SMF 2.1 (Display.template.php): the custom fields below the signature, the edit history and the approval notice. */
function smfThread(): string {
	const lines = ['# Boiler relief valve dripping', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#msg${500 + i} .windowbg}`, '::: post_wrapper', '::: poster', `#### [heating${i}](/index.php?action=profile;u=${i})`, ':::', '', '::: postarea', '::: keyinfo');
		lines.push(`[March ${i + 3}, 2025, 08:1${i}:00 AM](/index.php?msg=${500 + i}){.smalltext}`, '', `::: {#edit_history_list_${500 + i} .edit_history_list}`, 'Edit history (2 edits)', ':::', ':::', '');
		lines.push('::: noticebox', 'This post is awaiting approval by a moderator.', ':::', '');
		lines.push('::: post', `::: {#msg_${500 + i} .inner data-msgid="${500 + i}"}`, m, ':::', ':::', ':::', '');
		lines.push('::: moderatorbar', '::: custom_fields_below_signature', '-   Boiler: Worcester Greenstar 30i', ':::', ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** vBulletin 4 (postbit): the "Last edited by" line (`postlinking`) and the signature's block (`after_content`). */
function vbulletinThread(): string {
	const lines = ['# Boiler relief valve dripping', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#post_${600 + i} .postbit .postbitim .postcontainer}`, '::: postdetails', '::: userinfo', `[heating${i}](member.php?u=${i}){.username}`, ':::', '');
		lines.push('::: postbody', '::: postrow', `[03-0${i + 3}-2025, 08:1${i} AM]{.date}`, '', `::: {#post_message_${600 + i}}`, m, ':::', ':::', '');
		lines.push('::: postlinking', `${['Fixed a typo in the title', 'Added the gauge photo', 'Corrected the pressure figure'][i]} (heating${i}, 03-0${i + 3}-2025)`, ':::', ':::', ':::', '');
		lines.push('::: after_content', '::: signaturecontainer', `${['Twenty years on combis', 'Vaillant fan since day one', 'Ask me about system boilers'][i]}`, ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** vBulletin 5: each post a `b-post`, its message in `js-post__content-text`, its buttons in the footer. */
function vbulletin5Thread(): string {
	const lines = ['# Boiler relief valve dripping', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#post${800 + i} .b-post .js-post .js-comment-entry__parent}`, '::: b-post__grid', '::: b-userinfo', `[heating${i}](/member/${i}-heating${i}){.b-avatar}`, ':::', '');
		lines.push('::: b-post__body', `[Mar ${i + 3}, 2025]{.b-post__timestamp}`, '', '::: {.js-post__content-text .restore .h-wordwrap itemprop="text"}', m, ':::', ':::', '');
		lines.push('::: {.b-post__footer .h-hide--on-preview}', `${['Quote Reply Flag', 'Like Share Reply', 'Thank Quote Flag'][i]}`, ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** Discourse's crawler view (topics/show.html.erb): each post's likes and the list of topics that link to it. */
function discourseThread(): string {
	const lines = ['# Boiler relief valve dripping', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#post_${i + 1} .topic-body .crawler-post itemprop="comment"}`, '::: crawler-post-meta', `[heating${i}](/u/heating${i}) [ Mar ${i + 3}, 2025, 8:1${i}am ]{.crawler-post-infos}`, ':::', '');
		lines.push('::: {.post itemprop="text"}', m, ':::', '', '::: {itemprop="interactionStatistic"}', `[${i + 2} Likes]{.post-likes}`, ':::', '');
		lines.push('::: crawler-linkback-list', '<div>', '', `[${['Combi boiler losing pressure overnight', 'Expansion vessel recharge how-to', 'Relief valve replaced, still dripping'][i]}](/t/linked-topic-${i}/812/4)`, '', '</div>', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** Discuz! X (viewthread_node.htm): each post a `post_N` div, the message in `t_fsz`, the button row and the signature. */
function discuzThread(): string {
	const lines = ['# Boiler relief valve dripping', ''];
	MESSAGES.forEach((m, i) => {
		// The poster's name beside the date (`authoronleft` off): the left column (`favatar`) is an avatar's, which the
		// generic words drop (forum.ts `POST_CHROME_RE`).
		lines.push(`::: {#post_${700 + i}}`, `::: {#favatar${700 + i} .pls .cl .favatar}`, `[![](avatar${i}.jpg)](home.php?mod=space&uid=${i}){.avtm}`, ':::', '');
		lines.push('::: pi', '::: pti', '::: authi', `[heating${i}](home.php?mod=space&uid=${i}){.xi2} 发表于 2025-3-${i + 3} 08:1${i}`, ':::', ':::', ':::', '');
		lines.push('::: pct', '::: pcb', '::: t_fsz', m, ':::', ':::', ':::', '');
		lines.push('::: sign', `${['Heating engineer, Leeds. No call-out charge before nine.', 'Weekend DIY, mostly radiators and valves.', 'New build owner, learning as I go.'][i]}`, ':::', '');
		lines.push('::: {.po .hin}', '::: {.pob .cl}', '[回复](forum.php?mod=post&action=reply){.fastre} [支持](forum.php?mod=misc&do=support){.replyadd} [举报](javascript:;)', ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

suite('Forum platform chrome from the engines\' templates', () => {
	test('phpBB: the edit notice, the attachment rules, the signature and the "Top" link go', () => {
		check(phpbbThread(), ['Last edited by', 'Download rules apply', 'Gas Safe registered', 'Apprentice plumber', 'Top'], ['heating1']);
	});

	test('XenForo 2: the moderation notice, "Click to expand..." and the likes bar go', () => {
		check(xenforoThread(), ['awaiting moderator approval', 'Click to expand', 'others like this'], ['heating2']);
	});

	test('SMF 2.1: the approval notice, the edit history and the custom fields below the signature go', () => {
		check(smfThread(), ['awaiting approval', 'Edit history', 'Worcester Greenstar'], ['heating0', 'March 4, 2025']);
	});

	test('vBulletin 4: the "Last edited by" line and the signature block go', () => {
		check(vbulletinThread(), ['Added the gauge photo', 'Twenty years on combis', 'Vaillant fan'], ['heating1']);
	});

	test('vBulletin 5: the footer of buttons under each post goes', () => {
		check(vbulletin5Thread(), ['Quote Reply Flag', 'Like Share Reply', 'Thank Quote Flag'], ['heating1']);
	});

	test('Discourse: the likes and the list of topics linking to a post go', () => {
		check(discourseThread(), ['Likes', 'Combi boiler losing pressure', 'Expansion vessel recharge'], ['heating2']);
	});

	test('Discuz!: the signature and the button row go, the poster and the date stay', () => {
		check(discuzThread(), ['No call-out charge', 'Weekend DIY', '举报', '支持'], ['heating1', '2025-3-4']);
	});

	test('the new words are each engine\'s own: a CMS theme\'s classes name no platform', () => {
		const find = (words: string): string | undefined => KIND_PLATFORMS.find((p) => p.detect.test(words))?.name;
		assert.strictEqual(find('pls cl favatar'), 'discuz');
		assert.strictEqual(find('t_fsz'), 'discuz');
		for (const theme of ['sign', 'signup-form', 'pob', 'favorite', 'fsz', 'notice', 'rules']) assert.strictEqual(find(theme), undefined, theme);
		const chrome = (name: string): RegExp | undefined => KIND_PLATFORMS.find((p) => p.name === name)?.postChrome;
		// Exact words only: a class that merely contains them is no chrome.
		assert.ok(chrome('discuz')?.test('pob cl') && !chrome('discuz')?.test('post') && !chrome('discuz')?.test('signature-area'));
		assert.ok(chrome('phpbb')?.test('rules') && !chrome('phpbb')?.test('house-rules'));
	});
});
