// Forum controls: the short lines of a thread that operate it or count things (post numbers, votes, "Reply", "Joined"), not its messages.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { isRelativeAge } from './relativeAges';
import { isEngineChromeLine, MAX_ENGINE_LINE_CHARS } from './engineChromeLines';
import { isReactionLine } from './reactionLines';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';
import { isLocalControl, isLocalMemberLine } from '../kinds/postVocabulary';

/**
 * Whole lines that are a thread's buttons, counters and member statistics. The annotators of forum threads keep each
 * post's author, date and message and never these (they are the commonest extra lines of forum pages in the tuning
 * part of wcxb-dev: a lone number on 33 of 50 threads, "#N" on 20, "Click to expand..." on 13, "N likes" on 16).
 * Dates are not controls: a post's date is part of it. Member statistics, quote and code box labels, attachment sizes,
 * "Logged", like lines, ad slots and the opening poster's badge (none of them in any tuning truth) moved 9 tuning
 * threads of 9 sites up, none down (forum F1 0.820 -> 0.822).
 */
export const FORUM_CONTROL_RE = new RegExp(
	'^(?:' +
		[
			'[#№]?\\s?[\\d.,]+[km]?(?:\\s?[·•])?', // post numbers, vote and like counts (Lemmy's score and its separator: "26·")
			// A count with its thousands separated or shortened ("29,553 posts", "1.2k likes"), and a review site's "N helpful
			// votes": no tuning truth has such a line; declassed with the forum profiles off, one half-B thread 0.723 -> 0.739.
			'[-+]?\\d[\\d,.]*[km]? (?:likes?|replies|reply|posts?|(?:helpful )?votes?|points?|views?|comments?|answers?|reactions?)',
			'(?:\\d+ )?(?:like|likes|share|reply|quote|report|follow|cite|save|flip|watch|hide|top|permalink|link|edit|flag|bookmark|multi-?quote)',
			'(?:reply|quote|like|share|report)(?: (?:reply|quote|like|share|report|multi-?quote))+',
			'click to (?:expand|shrink)\\.*',
			// A post's menu and a long quote's fold, on engines of every kind (Stack Overflow's comments, Invision's quotes,
			// vBulletin's member menu, Nairaland's share menu): no tuning truth keeps one.
			'copy (?:link|post|url|permalink)|view (?:public )?profile|expand|collapse',
			'(?:joined|join date|registered|member since|messages|reaction score|reputation|karma|points|location|posts|total posts|post count|threads|likes received|best answers|solutions|trophy points|gender|occupation)(?::\\s?[\\w ,.:/-]*)?', // with a date and time too ("Joined: Sun Dec 17, 2023 11:18 am")
			'(?:\\d[\\d,.]* )?posts? · joined \\d{4}',
			'(?:improve|edit) this (?:answer|question|post)',
			'add a comment\\s?\\|?',
			'(?:show|load) \\d* ?more (?:comments?|replies|posts)',
			// A long post's fold toggles (XenForo themes, Discourse): "See more" / "See less", "Show more" / "Show less".
			'(?:see|show|read) (?:more|less)',
			'original poster|thread starter|op posts?:?',
			'(?:new|junior|senior|full|active|established|well-known|valued|registered|banned|elite|veteran|distinguished|platinum|gold|silver|bronze)(?: community)? member',
			'\\d+\\+? years? member',
			'last edited(?: by [\\w .-]+)?:? .{0,40}',
			'(?:reply|replies) to this (?:topic|thread|post)',
			'go to (?:top|bottom)|back to top|scroll to (?:top|bottom)',
			'similar threads|you must log in or register to reply here\\.?',
			// A thread's jump link (Discourse-like themes): 3 tuning threads up by 0.001, none down.
			'jump to (?:latest|first unread|newest)(?: post)?',
			// Labels the forum writes over a quote or a code box, an attachment's size line, SMF's "Logged", like lines,
			// ad slots and the opening poster's badge: words of forum software in general, none of them written by a poster.
			'quote:|code:(?: select all)?|select all',
			'\\(\\d+(?:[.,]\\d+)? [kmg]i?b\\) downloaded \\d+ times?',
			'logged',
			'\\d+ (?:person|people|members?|users?) likes? this\\.?',
			'advertisement(?: [-–(].{0,40})?',
			'(?:view attachment \\d+\\s?)+',
			// The opening poster's badge, also written as one word on a line of its own beside the name ("Author" on Invision
			// boards, "OP" on a XenForo theme). Session 47, tuning declassed: forum 0.88192 -> 0.88202, 5 threads of 5 sites up
			// (A: 0537, 0544, 0545, 0548; B: 0514 0.929 -> 0.932), none down; as is no page moved (the profiles name the badge).
			'topic author|discussion starter|author|op',
			// An unrendered template expression (`{{ upvoteCount | shortNum }}`) and a bracketed thanks count ("[ 3 ] Thanks"):
			// one tuning thread up (0.855 -> 0.887), none down.
			'(?:[-+]?\\d+ )?\\{\\{[^{}]*\\}\\}',
			'\\[ ?\\d+ ?\\] (?:thanks|likes?|votes?)',
			// vBulletin's quote header ("Quote: Originally Posted by NAME", its "View Post" button): no tuning truth keeps it
			// (they keep the quoted words). Tuning forum pages 0527 0.967 -> 0.971, 0533 0.832 -> 0.836, none down.
			'(?:quote:? ?)?originally posted by \\S.{0,40}?(?: view post)?',
			// A post's machine timestamp printed as a line of its own ("2019-01-21T21:40:59.62Z+00:00", a `<time datetime>`
			// leaked as text): the readable date is elsewhere in the post header. Tuning forum page 0564 up, none down.
			'\\d{4}-\\d\\d-\\d\\dt\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?z?(?:[+-]\\d\\d:?\\d\\d)?',
			// A member's avatar drawn as the initial of their name when they have no picture (NodeBB, Discourse and XenForo
			// themes): a lone letter on a line of its own. Tuning NodeBB threads 0.943 -> 0.956 and 0.957 -> 0.968, none down.
			'[a-z]',
			// An edit stamp under a post ("Edited August 26 by Joe Root", "Edited January 29 by ErnestQ (see edit history)",
			// Invision Community; "Last edited:" is above): a date and an editor's name. Tuning forum pages 0548 0.812 -> 0.824,
			// 1658 0.927 -> 0.935, and one down whose truth keeps them (0544 0.863 -> 0.858), profiles on or off.
			// A mobile app's signature under a post on a line of its own ("Sent from my iPhone using Tapatalk"): the app
			// writes it, not the poster. No tuning page moved (the one tuning thread with it writes it inside a paragraph).
			'sent from my .{1,40}?(?: using .{1,40})?',
			// A post's share menu, one network a line ("WhatsApp", "Telegram", "Share on Facebook"): the forum's buttons on
			// every engine. No tuning page moved (the one tuning thread with it is read as an article).
			'(?:share (?:on|via|to) )?(?:facebook|twitter|whatsapp|telegram|pinterest|linkedin|tumblr|reddit|e-?mail|messenger|vkontakte)',
			'edited (?:on )?(?:[a-z]+ \\d{1,2}(?:, \\d{4})?|\\d{1,2}\\.? [a-z]+(?: \\d{4})?|[\\d/.-]+)(?:,? (?:at )?\\d\\d?:\\d\\d ?(?:[ap]m)?)? by [^.!?]{1,40}?(?: \\(see edit history\\))?',
		].join('|') +
		')$',
	'i',
);
/** Lines longer than this are sentences, even when they start like a control. */
export const MAX_FORUM_CONTROL_CHARS = 60;

/**
 * A thread's statistics on a line of their own: two counts or more of views, replies, participants ("1.9K views 11
 * replies 12 participants last post by NAME Jan 18, 2024"), which forum engines of every kind write over or under the
 * posts and the annotators never keep. Longer than a control (the last poster's name and date ride along). Tuning
 * forum, sites of half A: 0529 0.971 -> 0.980 (forum 0.8313 -> 0.8315); half B: two threads up by 0.005 (forum
 * 0.9092 -> 0.9095); none down.
 */
export const THREAD_STATS_RE =
	/^(?:[\d.,]+[km]?\s(?:views?|replies|reply|posts?|participants?|users?|likes?|votes?|links?|answers?|comments?)[\s·•,|]*){2,}(?:last (?:post|reply|activity)(?: by)?\b.{0,60})?$/i;
/** A statistics line is this long at most. */
export const MAX_THREAD_STATS_CHARS = 120;

export function isControl(b: Block): boolean {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') return false;
	const text = collapsedText(b);
	if (text.length === 0) return false;
	if (text.length <= MAX_THREAD_STATS_CHARS && THREAD_STATS_RE.test(text)) return true;
	// A post's relative age ("2y", "1 year ago") is the thread's clock, not the post's date (heuristics/relativeAges.ts).
	// And the lines engines word their own way ("Reply With Quote", "Offline", heuristics/engineChromeLines.ts), which
	// may run longer (a thanks line names the poster).
	if (text.length <= MAX_ENGINE_LINE_CHARS && isEngineChromeLine(text)) return true;
	// Who liked or reacted to the post, by the name-list shape ("A, B and 3 others like this.", heuristics/reactionLines.ts).
	if (isReactionLine(text)) return true;
	if (text.length > MAX_FORUM_CONTROL_CHARS) return false;
	// And a post's buttons, number and member card lines as boards in other languages write them (kinds/postVocabulary.ts).
	return FORUM_CONTROL_RE.test(text) || isRelativeAge(text) || isLocalControl(text) || isLocalMemberLine(text);
}

/** A line that is a label and its value ("Primary OS: Mac OS X", "**Programs:** BA Gold"). */
const LABEL_LINE_RE = /^[\p{L}][\p{L}\p{N} .'/()&-]{0,30}:\s*\S/u;

function isLabelLine(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const text = collapsedText(b);
	return text.length <= MAX_FORUM_CONTROL_CHARS && LABEL_LINE_RE.test(text);
}

/**
 * Profile fields a forum lets its members fill in ("Primary OS:", "Programs:", "Guest OSses:"): each forum names
 * them as it likes, but they sit in one run of label lines with the member statistics every forum writes ("Posts:",
 * "Joined:"). A run of consecutive label lines (or controls) holding a labelled member statistic goes whole. Tuning
 * forum pages: 0536 0.897 -> 0.953 (phpBB profile fields), 0527 0.944 -> 0.948 (vBulletin), none down.
 */
function profileFields(blocks: readonly Block[]): Set<Block> {
	const out = new Set<Block>();
	let run: Block[] = [];
	let hasStat = false;
	const flush = (): void => {
		if (hasStat && run.length > 1) for (const r of run) out.add(r);
		run = [];
		hasStat = false;
	};
	for (const b of blocks) {
		if (b.kind === 'spacer') continue;
		const control = isControl(b);
		if (!control && !isLabelLine(b)) {
			flush();
			continue;
		}
		run.push(b);
		if (control && collapsedText(b).includes(':')) hasStat = true;
	}
	flush();
	return out;
}

/** A member card's term ("Location", "Favourite team") and its value ("Earth", "8,197") are this short at most. */
const MAX_CARD_TERM_CHARS = 30;
const MAX_CARD_VALUE_CHARS = 40;

/**
 * A member card written as a definition list: every term and value short, at least one term a member statistic the
 * forums share ("Join Date", "Posts"). The other terms are the forum's own profile fields ("Location", "Rig", "Car"),
 * which no vocabulary lists: they go with the statistics, as a run of label lines does (`profileFields`). No tuning
 * page moved (their cards' terms are all statistics, which go one by one already); it is for the forums whose members
 * fill in fields of the forum's own.
 */
function isMemberCard(b: Block): boolean {
	if (b.kind !== 'list' || !b.definition || b.items.length < 2) return false;
	let stat = false;
	for (const it of b.items) {
		const kids = it.children.filter((c) => c.kind !== 'spacer');
		const term = kids[0];
		if (term === undefined || collapsedText(term).length > MAX_CARD_TERM_CHARS) return false;
		if (kids.slice(1).some((c) => collapsedText(c).length > MAX_CARD_VALUE_CHARS)) return false;
		if (isControl(term)) stat = true;
	}
	return stat;
}

/** Whether a clean-up left a block's children as they were: a control dropped deeper down changes a child, not their number. */
function sameBlocks(kept: readonly Block[], original: readonly Block[]): boolean {
	return kept.length === original.length && kept.every((b, i) => b === original[i]);
}

/**
 * Which controls a clean-up drops: `forum` (a thread's posts) drops every control with the runs of profile fields and
 * the member cards around them; `only` (threadArticleControls.ts: an article whose comments repeat their controls)
 * drops the controls it names and leaves every label line and definition list to the article.
 */
type ControlDrop = { readonly forum: true } | { readonly forum: false; readonly only: (b: Block) => boolean };

/**
 * Drops paragraphs and headings that are only a forum control, list items left empty without them, and the
 * definitions of member statistics ("Joined" / "Jun 29, 2016": the value goes with its label).
 */
export function dropForumControls(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropControls(blocks, removed, { forum: true });
}

/**
 * Drops the forum controls that `only` names (heuristics/threadArticleControls.ts), as `dropForumControls` drops them
 * all, but never a run of label lines or a definition list for holding a member statistic: in an article those are a
 * fact box ("Location: Paris", "Occupation: painter").
 */
export function dropNamedControls(blocks: readonly Block[], removed: RemovedRegion[], only: (b: Block) => boolean): Block[] {
	return dropControls(blocks, removed, { forum: false, only });
}

function dropControls(blocks: readonly Block[], removed: RemovedRegion[], drop: ControlDrop): Block[] {
	const out: Block[] = [];
	const profile = drop.forum ? profileFields(blocks) : undefined;
	const isDropped = (b: Block): boolean => isControl(b) && (drop.forum || drop.only(b));
	for (const b of blocks) {
		if (isDropped(b) || profile?.has(b)) {
			removed.push({ range: b.range, step: 'forum-control', signal: collapsedText(b) });
			continue;
		}
		if (b.kind === 'list') {
			if (drop.forum && isMemberCard(b)) {
				removed.push({ range: b.range, step: 'forum-control', signal: 'member statistics' });
				continue;
			}
			const items = [];
			for (const it of b.items) {
				// A definition whose term is a statistic ("Joined" / "Jun 29, 2016") goes whole.
				const term = it.children.find((c) => c.kind !== 'spacer');
				if (b.definition && term !== undefined && isDropped(term)) {
					removed.push({ range: it.range, step: 'forum-control', signal: collapsedText(term) });
					continue;
				}
				// Elsewhere only the controls go: an item's later blocks may be the message a date item runs into.
				const children = dropControls(it.children, removed, drop);
				if (!children.some((c) => c.kind !== 'spacer')) continue;
				items.push(sameBlocks(children, it.children) ? it : withItemChildren(it, children));
			}
			if (items.length === 0) {
				removed.push({ range: b.range, step: 'forum-control', signal: 'list of controls' });
				continue;
			}
			// An untouched list stays the same block: later clean-ups know blocks by identity.
			out.push(items.length === b.items.length && items.every((it, i) => it === b.items[i]) ? b : { ...b, items });
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropControls(b.children, removed, drop);
			out.push(sameBlocks(children, b.children) ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return out;
}
