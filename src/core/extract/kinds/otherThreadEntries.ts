// Other threads' entries: a run of post-shaped items at a thread group's end or start that each title another thread and count its replies.
import type { BlockIndex, Container } from '../blockIndex';
import { postDates } from '../heuristics/chromeDates';
import { subjectKey } from '../heuristics/threadSubjects';
import { shareFlatHeaders } from './flatPosts';
import { MEMBER_LINK_RE } from './posterHeadings';
import { postGroup } from './scatteredPosts';
import { LOCAL_COUNTER_WORDS } from './postVocabulary';
import { wordAnchoredTest } from '../../text/wordAnchored';
import type { RepeatedGroup } from './signals';

/**
 * Characters read around each item: before it (its header, back to the item before at most), at its opening and at
 * its end (the entry's counters sit in its box or just after it). An entry of another thread is a short box; a long
 * post is read at its two ends only, so each item costs at most four windows of this size (linear in the page).
 */
const WINDOW_CHARS = 600;

/**
 * A run of entries this long at least is a list of other threads: one post whose header links away and whose footer
 * counts something is a post that quotes a link; a list of similar or latest threads names several.
 */
export const MIN_ENTRY_RUN = 2;

/** A thread keeps this many posts at least once the entries are cut: fewer is no thread found by this group. */
const MIN_POSTS_LEFT = 2;

/**
 * A link in the dump's Markdown: `[text](target`, bounded (no nested brackets, no line break, capped lengths). An
 * image (`![`) is no title.
 */
const LINK_RE = /(!?)\[([^[\]\n]{1,200})\]\(([^()\s]{1,500})/g;

/** A title has three words of two letters at least: "Re: Steam in a home oven", not a name, an age or a number. */
const TITLE_WORD_RE = /\p{L}{2,}/gu;
const MIN_TITLE_WORDS = 3;

/** A clock time or an age: a post's permalink stamp ("9:14 AM", "3 hours ago"), no title. */
const STAMP_TEXT_RE = /\b\d{1,2}:\d{2}\b|\bago\b/i;

/**
 * The words a list of threads counts with: replies, views, answers, comments, in English and in the languages of
 * kinds/postVocabulary.ts (the stock language packs of the common forum engines: "Antworten", "Réponses", "Respostas",
 * "Odpowiedzi", "Svar", "Odpovědi", "Cevap", "回复", "查看", "閲覧数"). Not "posts" or "messages": a member card counts its
 * poster's posts on every post of a thread.
 */
const COUNTER_WORDS = `repl(?:y|ies)|views?|answers?|comments?|${LOCAL_COUNTER_WORDS}`;

/**
 * A thread's counters as a list of threads shows them: "Replies 12", "Views: 3.4K", "12 replies", "1,024 views",
 * "Antworten: 3", "回复：12", "12回复" (boards in Chinese and Japanese write no space).
 */
export const COUNTER_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COUNTER_WORDS})(?![\\p{L}])[:：\\s]{0,3}\\d|(?<![\\p{L}\\p{N}])\\d[\\d,.]{0,12}\\s?[km]?\\s?(?:${COUNTER_WORDS})(?![\\p{L}])`, 'iu');

/** Characters from a count's first digit to its label in `COUNTER_RE`'s second form: `\d[\d,.]{0,12}\s?[km]?\s?` spans 16 at most. */
const COUNT_BEFORE_LABEL = 16;

/**
 * `COUNTER_RE.test(text)`, tried only where a counter word starts (text/wordAnchored.ts): the regex's counter words in
 * several languages, case-insensitive and Unicode-aware, made `countedAt` about 1.4% of the extraction's CPU on
 * two-byte windows (a dump with one curly quote anywhere), 0.03% on one-byte ones (speed, issue 13).
 */
export const holdsCounter: (text: string) => boolean = wordAnchoredTest(COUNTER_RE, COUNTER_WORDS, COUNT_BEFORE_LABEL);

/** The subject key of the first title link of a text, if any: a link away from the page, to no member, titled with words. */
function titleLink(text: string): string | undefined {
	LINK_RE.lastIndex = 0;
	for (let m = LINK_RE.exec(text); m !== null; m = LINK_RE.exec(text)) {
		const [whole, bang, label, target] = m;
		if (bang || target.includes('#') || MEMBER_LINK_RE.test(whole)) continue;
		if ((label.match(TITLE_WORD_RE) ?? []).length < MIN_TITLE_WORDS || postDates(label) > 0 || STAMP_TEXT_RE.test(label)) continue;
		return subjectKey(label);
	}
	return undefined;
}

/**
 * The items of a post group with the runs of other threads' entries cut off its end and its start; the items
 * themselves when there is none; undefined when fewer than `MIN_POSTS_LEFT` posts remain (the group is a list of threads).
 *
 * An entry of another thread, as forums list them under a thread ("Similar threads", "Latest posts", "More from the
 * community"): its header or its opening holds a title linking to another page (no member's, no post anchor, three
 * words at least, not a date), a title no other item of the group shares, and its box or the text just after it
 * counts the thread's replies, views, answers or comments (`COUNTER_RE`). Such an entry is post-shaped when the list
 * previews each thread's first message: a member's name, a stamp, a line of prose. The thread's posts repeat one
 * subject at most (phpBB's "Re: topic" linked to the post) and count nothing of their own.
 *
 * Why (issue 12): the held-out forum pages that fail mostly keep too much, and a thread ends where its post-shaped
 * blocks end: a list of other threads' titles with counts is no post. Invented boards (test/unit/forumOtherThreads.test.ts)
 * showed three faults at e4632f7. Four flat posts above six previewed similar threads whose messages share one class
 * token were read as ten posts (kinds/flatPosts.ts), the previews kept. Three posts beside a sidebar of six entries
 * whose boxes a post class word names (`similar-thread`) lost to the sidebar by their count of items: read as an
 * article. The same list above the thread was read as ten posts too, and once cut, as a story above the posts
 * (kinds/forum.ts `isThread` reads from `threadStart`). Each case now reads as the thread alone.
 *
 * Measured effect (session 53, tuning part of wcxb-dev): no page of any kind changes its chosen post group, as is,
 * declassed, with the profiles off or both (1,054 pages each), so every score is unchanged. No tuning thread has such
 * a list inside one post group: every tuning forum page with precision under 0.7 is an empty dump or a truth that
 * keeps only part of the thread. The rule is for unseen boards, and it costs nothing where no entry is found.
 */
export function withoutOtherThreads(source: string, items: readonly Container[]): Container[] | undefined {
	const n = items.length;
	// Each item's title and counters are read on first need (speed, issue 13): only the runs at the group's two ends
	// are entries, and a group whose end items count nothing reads no title. The results are those of reading all.
	const titles: (string | undefined | null)[] = new Array<string | undefined | null>(n).fill(null);
	const counted: (boolean | undefined)[] = new Array<boolean | undefined>(n);
	const titleOf = (i: number): string | undefined => {
		let t = titles[i];
		if (t === null) {
			const { start, end } = items[i].range;
			const before = Math.max(i > 0 ? Math.min(items[i - 1].range.end, start) : 0, start - WINDOW_CHARS);
			t = titles[i] = titleLink(source.slice(before, Math.min(end, start + WINDOW_CHARS)));
		}
		return t;
	};
	const countedAt = (i: number): boolean => {
		let c = counted[i];
		if (c === undefined) {
			const { start, end } = items[i].range;
			const after = Math.min(i + 1 < n ? Math.max(items[i + 1].range.start, end) : source.length, end + WINDOW_CHARS);
			c = counted[i] = holdsCounter(source.slice(start, Math.min(end, start + WINDOW_CHARS))) || holdsCounter(source.slice(Math.max(start, end - WINDOW_CHARS), after));
		}
		return c;
	};
	let shared: Map<string, number> | undefined;
	const sharedCount = (t: string): number => {
		if (shared === undefined) {
			shared = new Map<string, number>();
			for (let i = 0; i < n; i++) {
				const ti = titleOf(i);
				if (ti !== undefined) shared.set(ti, (shared.get(ti) ?? 0) + 1);
			}
		}
		return shared.get(t) ?? 0;
	};
	const isEntry = (i: number): boolean => {
		if (!countedAt(i)) return false;
		const t = titleOf(i);
		return t !== undefined && sharedCount(t) === 1;
	};
	let last = n;
	while (last > 0 && isEntry(last - 1)) last--;
	if (n - last < MIN_ENTRY_RUN) last = n;
	let first = 0;
	while (first < last && isEntry(first)) first++;
	if (first < MIN_ENTRY_RUN) first = 0;
	if (first === 0 && last === n) return [...items];
	return last - first >= MIN_POSTS_LEFT ? items.slice(first, last) : undefined;
}

/** Where the list of other threads cut off a group's start begins (its first entry), by the group it was cut from. */
const listStarts = new WeakMap<RepeatedGroup, number>();

/**
 * Where a thread's text begins for the story-above test (kinds/forum.ts `isThread`): at the list of other threads
 * cut off its start, if any, else at its first post. A list of previewed threads above the posts is no story.
 */
export function threadStart(group: RepeatedGroup): number {
	return listStarts.get(group) ?? group.items[0].range.start;
}

/**
 * The post groups of a page with other threads' entries cut off their ends (`withoutOtherThreads`); a group that is
 * such a list whole is left out. Read before the thread is chosen among them (kinds/posts.ts `choosePosts`), so a list
 * of previewed threads longer than the thread does not win by its count of items.
 */
export function threadsOnly(index: BlockIndex, groups: readonly RepeatedGroup[]): RepeatedGroup[] {
	const out: RepeatedGroup[] = [];
	for (const g of groups) {
		const items = withoutOtherThreads(index.doc.text, g.items);
		if (items === undefined) continue;
		if (items.length === g.items.length) {
			out.push(g);
			continue;
		}
		const cut = { ...postGroup(index, g.signature, items), pricedItems: g.pricedItems, linkedItems: g.linkedItems };
		shareFlatHeaders(g, cut);
		if (items[0] !== g.items[0]) listStarts.set(cut, g.items[0].range.start);
		out.push(cut);
	}
	return out;
}
