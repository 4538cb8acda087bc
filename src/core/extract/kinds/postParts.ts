// The parts of a forum post that are not its message, author or date, by the class words forum engines share, as data.

/** A part of a post beside its message: what it is, the class words that name it, and engines that write them. */
export interface PostPart {
	readonly name: string;
	readonly words: RegExp;
	/** Engines whose templates write these words (for the reader: the words must not be one engine's alone). */
	readonly seenIn: readonly string[];
}

/**
 * The member card beside each post: the poster's title, banner, custom profile fields and counters. A thread's truth
 * keeps the poster's name and the post's date, never these. Each engine has its own profile (platforms.ts), but a forum
 * whose engine has none, or a theme that renames its classes, still writes these words: they are the generic profile.
 * Measured on the 85 tuning forum pages of wcxb-dev with the forum profiles switched off (what an unseen engine
 * looks like): forum F1 0.811 -> 0.815, 9 pages up (XenForo's profile fields and signatures, 0.82 -> 0.94 at most), none
 * down; with the profiles on, 0.859 -> 0.859, 3 pages up (XenForo themes the profile misses, +0.01 each), none down.
 */
export const MEMBER_CARD_PARTS: readonly PostPart[] = [
	{ name: 'member title or banner', words: /user-?title|member-?title|user-?banner|member-?banner|role-?title/, seenIn: ['XenForo', 'vBulletin', 'Invision', 'Vanilla'] },
	{
		name: 'member profile fields',
		words: /user-?extras?|extra-?user-?info|userinfo_?extra|user-?fields|profile-?fields|custom-?fields|custom_fields|user-?details-?extra/,
		seenIn: ['XenForo', 'vBulletin', 'SMF', 'MyBB', 'Invision'],
	},
	{
		name: 'member counters',
		words: /post-?count(?:er)?|join-?date|joined-?date|reg-?date|member-?since|reputation|rep-?points|author[-_]?statistics|user[-_]?statistics|posts-?count/,
		seenIn: ['vBulletin', 'MyBB', 'SMF', 'phpBB', 'Discuz'],
	},
	// The poster's home town under the name ("Brooklyn, NY"): a flat thread's header (kinds/flatPosts.ts) 0.962 -> 0.968;
	// no other tuning page writes these words inside a post.
	{ name: 'member location', words: /(?:user|member|poster|author)-?location|(?:user|member)-?from/, seenIn: ['a "Posted by" community board (tuning 4087)', 'themes that name each member card field'] },
];

/** One pattern of every `MEMBER_CARD_PARTS` entry, tested against a container's id and class words. */
export const MEMBER_CARD_RE = new RegExp(MEMBER_CARD_PARTS.map((p) => p.words.source).join('|'), 'i');

/**
 * A post's topic tags: the labels a Q&A question or a thread's opening post carries (`post-taglist`, `post-tags`,
 * `tag-list`, `tags`), each a link to the tag's listing. No truth of a thread keeps them: they are the board's index,
 * not the message. Engines write them inside the opening post (Stack Exchange's `post-taglist`) or in the thread's
 * header (Discourse's `discourse-tags`, outside every post, where the posts' reading never goes). Not `tagline`.
 * Tuning part of wcxb-dev: profiles on, no page moved; profiles off, with the Q&A comments it came with
 * (heuristics/postComments.ts), forum half A 0.8317 -> 0.8398 and half B 0.9019 -> 0.9101, none down.
 */
export const TOPIC_TAGS: PostPart = { name: 'topic tags', words: /post-?tag-?list|post-?tags\b|tag-?list|list-tags|(?:^|\s)tags(?:\s|$)/, seenIn: ['Stack Exchange', 'Discourse', 'NodeBB', 'Flarum'] };

/** `TOPIC_TAGS` as one pattern, tested against a container's id and class words. */
export const TOPIC_TAGS_RE = new RegExp(TOPIC_TAGS.words.source, 'i');
