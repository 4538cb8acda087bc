// Forum software's own lines beside a post, by the words engines share: quote, report and link buttons, member status, thanks counters, raw BBCode tags.

/**
 * Lines that forum engines write under or beside every post, worded as the engines word them, beyond the common
 * buttons and counters of heuristics/forumControls.ts (which reads these too, `isControl`):
 * - buttons: vBulletin's "Reply With Quote" and "Quick reply", Invision's "Link to comment" / "Share on other sites",
 *   "Report post" / "Report abuse" / "Report to moderator" (phpBB, SMF, MyBB, vBulletin), "Multi-quote this message";
 * - vBulletin's member statistics that carry no label line form ("Thanked 12 Times in 9 Posts", "Mentioned: 0 Post(s)",
 *   "Tagged: 0 Thread(s)", "Quoted: 3 Post(s)", "Rep Power: 12", "Blog Entries: 2");
 * - thanks plugins ("The following 3 users say Thank You to NAME for this useful post:", "2 users thanked author for
 *   this post.", "Thanks: 4");
 * - a member's online status beside the name ("Offline", "User is online", "Online now"), after a letter avatar's
 *   initial too ("J Offline": declassed tuning threads with the forum profiles off, one engine on three sites, the
 *   design half B's 0.934 -> 0.956, the check half A's 0.919 -> 0.941 and 0.942 -> 0.967; no tuning truth has such
 *   a line), and a member number;
 * - a lone role line under the name ("Member", "Moderator", "Administrator", "Global Moderator"): the poster's
 *   title, which the annotators never keep (heuristics/postChromeSpans.ts drops it beside the name). Not "Admin":
 *   small forums' administrators post under that very name, which the truths keep as the post's author;
 * - a raw BBCode tag on a line of its own (`[quote quote=312679]`, `[/quote]`: bbPress themes that print it unparsed);
 * - support communities' menus, solution marks and feedback prompts (Khoros: "Report Inappropriate Content", "Mark as
 *   New", "Accept as Solution", "Message 3 of 7"; "Was this answer helpful?", "Did this help? ...", "12 people found
 *   this helpful"); Quora's answer headers "Originally Answered: QUESTION" and "Answered by" (tuning forum 0569, half A,
 *   0.8251 -> 0.8289). Not the lone words "Subscribe" or "Mute": a half-B truth keeps "Subscribe" as a line.
 * Checked against every truth of the tuning part of wcxb-dev (1054 pages, all kinds): no truth has one of these as a
 * whole line (a looser "Label: value" form did, "Gender: Unisex" on a product page, hence only vBulletin's own
 * wording). Measured on the tuning part (word F1, session 23): forum half A 0.8381 -> 0.8384 with the Quora headers
 * (a FluxBB thread's lone "Member" 0.937 -> 0.940, a bbPress thread's raw quote tag 0.9736 -> 0.9741), half B
 * unchanged (0.9131), no page of another kind moved: the words are for engines and themes the tuning part holds few
 * of. With lines up to
 * `MAX_ENGINE_LINE_CHARS` (not 60): an Invision thread's "Did this help? Please give feedback by clicking an icon
 * below" 0.937 -> 1.000, forum half A 0.8384 -> 0.8397, half B unchanged.
 */
export const ENGINE_CHROME_LINE_RE = new RegExp(
	'^(?:' +
		[
			'reply with quote|quick reply|multi-?quote this (?:message|post)|quote this (?:message|post)(?: in a reply)?',
			'report (?:post|abuse|this post|to (?:a )?moderator)|link to (?:post|comment|this post)|share (?:this )?post|share on other sites',
			'thanked \\d[\\d,]* times? in \\d[\\d,]* posts?',
			'(?:mentioned|quoted): \\d[\\d,]* post\\(s\\)|tagged: \\d[\\d,]* thread\\(s\\)|rep power: \\d+|blog entries: \\d[\\d,]*',
			'the following \\d* ?users? (?:says?|said) thank you to .{1,40} for this (?:useful )?post:?',
			'\\d+ users? (?:thanked|liked) (?:the )?(?:author|this post)(?: for this post)?\\.?',
			'thanks:? \\d[\\d,]*',
			// The status may follow a letter avatar's initial ("J Offline"): engines draw a member with no picture as the
			// first letter of the name, and the status dot's hidden label comes after it.
			'(?:[^\\s] )?(?:user is )?(?:offline|online)(?: now)?',
			'member #?\\s?\\d[\\d,]*',
			'(?:member|moderator|administrator|super moderator|global moderator|forum moderator|staff member|community manager)',
			'\\[/?(?:quote|code|img|url|spoiler)(?:[= ][^\\]]{0,40})?\\]',
			// Khoros (Lithium) and other support communities: a post's menu, its solution marks and the message counter.
			'report inappropriate content|mark as (?:new|read|solution)|accept as solution|view solution in original post|go to solution|solved!?|accepted solution',
			'message \\d+ of \\d+|\\(\\d[\\d,]* views?\\)|subscribe to rss feed|email to a friend|float this item to the top|printer friendly page|all forum topics|previous topic|next topic|\\d+ kudos',
			// Q&A sites' answer headers (Quora): the question an answer was first written for, and the label above the poster.
			'originally answered: .{1,100}|answered by',
			// The feedback prompt under an answer ("Was this answer helpful?", "Did this help? Please give feedback ...").
			'was this (?:post |answer |reply |comment )?helpful\\??(?: yes no)?|did this (?:help|answer your question|solve your (?:problem|issue))\\?.{0,60}',
			'\\d+ (?:people|users?|members?) found this (?:helpful|useful)\\.?|is this helpful\\??|mark as helpful|i have the same question(?: \\(\\d+\\))?|helpful \\(\\d+\\)|not helpful',
			// A post's edit stamp as the engines word it, with the editor's name and an optional reason: bbPress's revision log
			// ("This reply was modified 2 years ago by NAME. Reason: ...", bbpress/bbPress includes/replies/template.php
			// `bbp_get_reply_revision_log`, and its topic twin), wpForo's "This post was modified 3 days ago by NAME"
			// (gVectors/wpforo-v2 classes/Activity.php, in its `wpf-post-edited` box), MyBB's "This post was last modified: DATE by NAME"
			// (mybb/mybb inc/languages/english/xmlhttp.lang.php `postbit_edited`) with its "Edit Reason: ...", SMF's
			// "« Last Edit: DATE by NAME »" (`$txt['last_edit_by']` of SMF's English language file, find_string "last_edit_by").
			// The list form of bbPress's log loses its class in a dump, so the words are what is left. No tuning page writes
			// one (every tuning truth and forum dump checked: only MDN's "This page was last modified on", which is not these).
			// phpBB's edit stamp under a post, "Last edited by NAME on DATE, edited 4 times in total." (`EDITED_TIMES_TOTAL` of
			// phpBB's English language file), longer than the plain "Last edited" control allows: declassed, one half-B
			// thread 0.923 -> 0.933 (as is its profile drops it by class); no tuning truth keeps one.
			'last edited by .{1,40}? on .{1,40}?, edited \\d+ times? in total\\.?',
			// NodeBB's reply counter under a post, after its repliers' letter avatars ("J S 2 Replies Last reply"), and its
			// notice beside a federated poster ("This user is from outside of this forum", after the letter avatar). No tuning
			// truth has either line. Session 57, tuning part, profiles off with every token unique: forum 0.85193 -> 0.85242
			// (half A 0.912 -> 0.951 on a NodeBB thread, half B one thread +0.003); declassed and as is no page moved.
			'(?:[^\\s] ){0,5}\\d[\\d,.]*[km]? repl(?:y|ies) last reply',
			'(?:[^\\s] )?this user is from outside of this forum',
			'(?:«\\s?)?(?:this (?:post|reply|topic) was (?:last )?modified:? .{1,60}? by .{1,40}?|last edit: .{1,60}? by .{1,40}?)\\.?(?:\\s?»)?(?:\\s(?:edit )?reason: .{1,60})?',
		].join('|') +
		')$',
	'i',
);

/**
 * An engine line is this long at most: longer than a plain control (heuristics/forumControls.ts
 * `MAX_FORUM_CONTROL_CHARS`), as a thanks line names the poster ("The following 3 users say Thank You to NAME for this
 * useful post:") and a feedback prompt runs on ("Did this help? Please give feedback by clicking an icon below").
 * Every pattern is anchored at both ends, so a longer line is no sentence that happens to start like one.
 */
export const MAX_ENGINE_LINE_CHARS = 110;

/** Whether a line's collapsed text is one of the engines' own lines (`ENGINE_CHROME_LINE_RE`). */
export function isEngineChromeLine(text: string): boolean {
	return ENGINE_CHROME_LINE_RE.test(text);
}
