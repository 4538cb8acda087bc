// Forum threads: every post in order (author, date and message), without signatures, vote counts and reply buttons.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { ALL_FLAGS, type Attempt, type BlockIndex, type Flags, isContainer, ROOT } from '../blockIndex';
import { cleanBlock } from '../clean';
import { dropAppSignatures } from '../heuristics/appSignatures';
import { dropCardPairLists } from '../heuristics/cardPairLists';
import { PostDateCounts } from '../heuristics/chromeDates';
import { dropForumControls } from '../heuristics/forumControls';
import { isSignatureBody } from '../heuristics/signatureBodies';
import { SecondBodies } from '../heuristics/secondBodies';
import { trailingBoxes } from '../heuristics/trailingBoxes';
import { placedTrailingBoxes } from '../heuristics/placedTrailingBoxes';
import { lastBoxSignatures } from '../heuristics/lastBoxSignatures';
import { isQaCommentList } from '../heuristics/postComments';
import { isQaPosterCard } from '../heuristics/qaPosterCards';
import { isInConsentDialog } from '../heuristics/consentDialogs';
import { dropFlattenedPreviews, flattenedPreviewBlocks, isLinkPreview } from '../heuristics/linkPreviews';
import { linkedHeadingPreviews } from '../heuristics/linkedHeadingPreviews';
import { dropChromeHeadings } from '../heuristics/postChromeHeadings';
import { dropChromeSpans } from '../heuristics/postChromeSpans';
import { dropDateTwins } from '../heuristics/dateTwins';
import { dropPostNumbers } from '../heuristics/postNumbers';
import { dropRepeatedPosterNames } from '../heuristics/repeatedPosterName';
import { dropQuotedChrome } from '../heuristics/quotedChrome';
import { dropListedChrome } from '../heuristics/listedChrome';
import { dropMemberLines } from '../heuristics/memberLines';
import { dropRepeatedPostBlocks } from '../heuristics/repeatedPostBlocks';
import { dropRepeatedPostFields } from '../heuristics/repeatedPostFields';
import { dropPermalinkLines } from '../heuristics/permalinkLines';
import { dropRepeatedPostLines } from '../heuristics/repeatedPostLines';
import { dropRepeatedQuotes } from '../heuristics/repeatedQuotes';
import { dropPosterSignatures } from '../heuristics/posterSignatures';
import { dropRepeatedSignatures } from '../heuristics/repeatedSignatures';
import { dropSeparatedSignatures } from '../heuristics/separatedSignatures';
import { FirstLines, isRecommendationCard } from '../heuristics/threadRecommendations';
import { isThreadSummary } from '../heuristics/threadSummary';
import { charsAboveOutsideSummaries } from '../heuristics/summaryToggles';
import { dropRepeatedSubjects, subjectKey } from '../heuristics/threadSubjects';
import { dropTruncatedPreviews } from '../heuristics/truncatedPreviews';
import { attrWords, blockText, isHidden, isHiddenSpan } from '../inlineText';
import { recordOutside } from '../outside';
import { prunedContainers } from '../prune';
import { articleInPost } from './articleInPost';
import { isArticleWithComments } from './articleComments';
import { openingPostsApart } from './openingPost';
import { openingPostAbove } from './openingAbove';
import { dropMemberTitles } from './memberTitles';
import { isChoiceAfterPosts } from './choiceAfterPosts';
import { flatHeaders } from './flatPosts';
import { fallbackPosts } from './forumFallback';
import { threadStart } from './otherThreadEntries';
import type { KindStrategy } from './pageKind';
import { MEMBER_CARD_RE, TOPIC_TAGS_RE } from './postParts';
import { MIN_POSTS_SHARE, SCATTERED_SIGNATURE } from './posts';
import { isMemberLinkHeading, posterHeadings } from './posterHeadings';
import { postsFillArticle } from './postsFillArticle';
import { hasPosterMark, mostly, scatteredMessage } from './scatteredPosts';
import type { PageSignals, RepeatedGroup } from './signals';
import { pushAll } from '../../model/pushAll';

/**
 * Parts of a post that are not the message: signatures, votes, reactions, reply and share buttons, post counters. Not
 * "unvoted": old Reddit writes it on each comment's whole entry for a reader who has not voted (platforms.ts). Not
 * "noavatar": vBulletin's layout without avatars (`postdetails_noavatar`, `userinfo_noavatar`) names each post's whole
 * header so, the poster's name and the post's date with it (tuning 0533 0.836 -> 0.849, profiles on or off).
 */
export const POST_CHROME_RE = /signature|\bsig\b|(?<!un)vote|reaction|likes?\b|kudos|button|btn|post-?footer|postfoot|post-?actions|controls|toolbar|share|report|quote-?button|reply-?button|permalink|badge|rank|(?<!no_?)avatar|user-?stats|postprofile|member-?info/i;


/** An article beside the posts holds at least this share of their text; less is a menu or a sidebar the pipeline chose. */
export const MIN_ARTICLE_BESIDE_POSTS = 0.25;

/**
 * Characters of the article pipeline's kept blocks that end before the thread starts: its first post, or the list of
 * other threads cut off the posts' start (kinds/otherThreadEntries.ts `threadStart`).
 */
function storyAbove(index: BlockIndex, article: Attempt, posts: RepeatedGroup): number {
	// Not a digest of the thread behind a "Summary" toggle (heuristics/summaryToggles.ts).
	return charsAboveOutsideSummaries(index, article.blocks, threadStart(posts));
}

/**
 * Whether the page is a forum thread by its structure: a group of post-like containers holding most of the text,
 * where the article pipeline found no body of its own beside them (an article with a long comment thread has one).
 */
export function isThread(index: BlockIndex, signals: PageSignals, article: Attempt): boolean {
	const posts = signals.posts;
	if (posts === undefined || posts.items.length < 2) return false;
	// A profile that names one message the article (Khoros blogs) outranks the replies below it, unless the forum
	// software's own thread markup says the page is a thread (platforms.ts: a Khoros board, whose article profile
	// otherwise keeps only the question).
	if (article.profile && article.profile.kind !== 'forum' && signals.platform?.kind !== 'forum') return false;
	// Forum software is a thread whatever the share of its posts and whatever the article pipeline chose beside them
	// (a sidebar's long teaser, a rules box); elsewhere the posts must hold most of the page.
	if (signals.platform?.kind === 'forum') return true;
	// So is a page whose microdata types one topic (kinds/posts.ts `isThreadTopic`), whatever its software: a Drupal
	// thread among a shop's worth of course cards, read as a collection, became one (tuning 0.35 -> 0.77), nothing else moved.
	if (signals.topicItems === 1) return true;
	// A thread among a portal's boards and menus: its posts fill the pipeline's container (kinds/postsFillArticle.ts).
	// Or one whose article the pipeline found inside a post, as a long opening post draws it (kinds/articleInPost.ts), or
	// in a cookie dialog: then it found no article at all, and posts that show their posters are the page's content. With
	// the forum profiles off, an Invision thread under a OneTrust dialog's long prose became one (article -> forum, F1
	// 0.03 -> 0.99); with them on, no tuning page of any kind moved.
	if (posts.chars < signals.chars * MIN_POSTS_SHARE) {
		if (postsFillArticle(index, posts, article) || articleInPost(index, posts, article, signals.chars)) return true;
		// Or one whose pipeline chose what comes after every post: a dialog or a footer at the page's end (kinds/choiceAfterPosts.ts).
		if (isChoiceAfterPosts(index, posts, article, signals)) return true;
		return isInConsentDialog(index, article.region) && mostly(posts.items, (p) => hasPosterMark(index, p));
	}
	const region = article.region;
	// A body the page names its article, above posts it names its comments (kinds/articleComments.ts).
	if (isArticleWithComments(index, region, posts.items)) return false;
	if (region === ROOT || article.chars < posts.chars * MIN_ARTICLE_BESIDE_POSTS) return true;
	// A digest of the thread above its posts (an AI add-on's "Summary") restates them: it is no story (heuristics/threadSummary.ts).
	if (isThreadSummary(index, region)) return true;
	// Posts that are not siblings, found across the page (kinds/scatteredPosts.ts), below a story the pipeline kept in the
	// same container: an article above its comments.
	if (posts.signature.startsWith(SCATTERED_SIGNATURE) && storyAbove(index, article, posts) >= posts.chars * MIN_ARTICLE_BESIDE_POSTS) return false;
	if (posts.items.some((p) => index.isInside(region, p) || index.isInside(p, region))) return true;
	// A story comes before its comments: what the pipeline chose after the first post (a terms dialog at the page's end,
	// an ad between posts), or inside a cookie dialog, is no article beside them. No tuning page of another kind has
	// its posts hold half its text beside such a choice; with the forum profiles off, a XenForo thread whose pipeline
	// chose a terms dialog became one again (0.80 -> 0.92).
	return region.range.end > posts.items[0].range.start || isInConsentDialog(index, region);
}

/**
 * Whether a container inside a post wraps the post's message (kinds/scatteredPosts.ts `scatteredMessage`): a wrapper
 * of the message is the post itself, never its chrome.
 */
function wrapsMessage(index: BlockIndex, group: RepeatedGroup | undefined, c: Block, post: Block): boolean {
	const message = scatteredMessage(group, post);
	return message !== undefined && index.isInside(message, c);
}

function extractPosts(index: BlockIndex, signals: PageSignals): Attempt | undefined {
	const posts = signals.posts;
	if (!posts) return undefined;
	// A box of other threads among the posts, or an answer to another question, is no post (heuristics/threadRecommendations.ts).
	const lines = new FirstLines();
	const replies = posts.items.filter((p) => !isRecommendationCard(lines, p, index));
	if (replies.length === 0) return undefined;
	// The opening post in a box of its own above the replies' list, with their class token (kinds/openingPost.ts).
	// Or, with no box of their token above them, the stamped, signed message under the h1 (kinds/openingAbove.ts).
	const apart = openingPostsApart(index, posts, replies);
	const items = [...(apart.length > 0 ? apart : openingPostAbove(index, posts, replies)), ...replies];
	const pruned = prunedContainers(index, ALL_FLAGS);
	// Inside a post, names like "comment" or "reply" are the post's own parts: only hidden parts and post chrome go.
	const postSet = new Set<Block>(items);
	// The header beside each flat post (kinds/flatPosts.ts): its containers are read as the post's, chrome and all.
	for (const p of items) for (const h of flatHeaders(posts, p) ?? []) if (isContainer(h)) postSet.add(h);
	// Each block's post, found once (issue 11): a walk to the root per container was O(containers x depth) on deep
	// nesting. A walk stops at the first block whose post is known (`false`: none) and records it along its path; the
	// block asked is recorded only if it is a container (a heading is nobody's ancestor).
	const known = new Map<Block, Block | false>();
	const postOf = (c: Block): Block | undefined => {
		const path: Block[] = [];
		let post: Block | false = false;
		for (let p: Block | undefined = c; p !== undefined; p = index.parent.get(p)) {
			const k = known.get(p);
			if (k !== undefined) {
				post = k;
				break;
			}
			path.push(p);
			if (postSet.has(p)) {
				post = p;
				break;
			}
		}
		for (let i = isContainer(c) ? 0 : 1; i < path.length; i++) known.set(path[i], post);
		return post === false ? undefined : post;
	};
	const inPost = (c: Block): boolean => postOf(c) !== undefined;
	// The forum software's own names for a post's parts that are not the message (platforms.ts), and the member card's
	// names that engines share, for the engines no profile names (postParts.ts), as data.
	const platformChrome = signals.platform?.postChrome;
	const signatureBody = signals.platform?.signatureBody;
	const dates = new PostDateCounts();
	const secondBodies = new SecondBodies(index);
	for (const c of index.containers) {
		const post = isHidden(c.attrs) ? undefined : postOf(c);
		if (post === undefined) continue;
		pruned.delete(c);
		if (post === c) continue;
		const words = attrWords(c.attrs);
		// Seen by every container of a post in page order, before the other tests decide (heuristics/secondBodies.ts).
		const secondBody = !signatureBody && secondBodies.isSecondBody(c, post);
		// A block a framework's class hides (`d-none`, `visually-hidden`, as hidden spans are: inlineText.ts
		// `isHiddenSpan`): Stack Exchange repeats each comment's author and date in such blocks for its microdata. Tuning
		// part: one Stack Overflow thread 0.916 -> 0.918, no other page moved.
		if (isHiddenSpan(c.attrs)) pruned.set(c, 'hidden-class');
		else if ((POST_CHROME_RE.test(words) || MEMBER_CARD_RE.test(words) || TOPIC_TAGS_RE.test(words) || platformChrome?.test(words)) && !wrapsMessage(index, signals.posts, c, post)) {
			// Unless it is the post's only date line (heuristics/chromeDates.ts).
			if (!dates.isDateLine(c, post, words)) pruned.set(c, 'post-chrome');
		}
		// A link's preview card: the linked page's title and blurb (heuristics/linkPreviews.ts).
		else if (isLinkPreview(c)) pruned.set(c, 'link-preview');
		else if (isRecommendationCard(lines, c, index) && !wrapsMessage(index, signals.posts, c, post)) pruned.set(c, 'recommendations');
		// A signature written as a second message body (heuristics/signatureBodies.ts).
		else if (signatureBody && isSignatureBody(index, c, signatureBody)) pruned.set(c, 'signature');
		else if (secondBody) secondBodies.add(c, post);
		// The comments under a Q&A page's question or answer (heuristics/postComments.ts).
		else if (isQaCommentList(index, c) && !wrapsMessage(index, signals.posts, c, post)) pruned.set(c, 'qa-comments');
		// And the poster card under a Q&A page's question or answer (heuristics/qaPosterCards.ts).
		else if (isQaPosterCard(index, c) && !wrapsMessage(index, signals.posts, c, post)) pruned.set(c, 'post-chrome');
	}
	// A post's one second body is its signature; several are the posts of a box read as one post (heuristics/secondBodies.ts).
	for (const c of secondBodies.signatures()) pruned.set(c, 'signature');
	// A box after each message body, of one class token in three posts or more: a signature by its place (heuristics/trailingBoxes.ts).
	for (const c of trailingBoxes(index, items)) if (!pruned.has(c)) pruned.set(c, 'signature');
	// Or of one place after each message body, whatever its classes (heuristics/placedTrailingBoxes.ts).
	for (const c of placedTrailingBoxes(index, items)) if (!pruned.has(c)) pruned.set(c, 'signature');
	// Or the one box after a post's message that closes the post, in any post (heuristics/lastBoxSignatures.ts).
	for (const c of lastBoxSignatures(index, items, (b) => pruned.has(b))) if (!pruned.has(c)) pruned.set(c, 'signature');
	const removed: RemovedRegion[] = [];
	const blocks: Block[] = [];
	let chars = 0;
	// A post's author and date are part of it: bylines stay, and so do containers named `author` (an engine with no
	// profile names each post's header so), which an article's cleaning drops as an author box (heuristics/innerChrome.ts).
	const flags: Flags = { ...ALL_FLAGS, cleanConditionally: false, keepBylines: true, keepInnerChrome: true };
	// The poster's name, where the engine writes it beside the post's container (kinds/posterHeadings.ts).
	const source = index.doc.text;
	// The platform's class for it, or a short heading that links to a member's page: a theme may rename the one class,
	// and the profile is still read by its posts' classes. Tuning part (session 45): declassed forum 0.87488 -> 0.87559
	// (six Invision threads of half A up by 0.007 to 0.012: the declassed dumps keep the classes of the comment boxes,
	// whose attributes hold quoted JSON, and lose those of the name headings), none down; as is no page moved.
	const posterName = signals.platform?.posterName;
	const isPosterHeading = (b: Block): boolean => (posterName !== undefined && b.kind === 'heading' && posterName.test(attrWords(b.attrs))) || isMemberLinkHeading(source, b);
	const names = posterHeadings(index, items, isPosterHeading);
	for (const p of items) {
		const name = names?.get(p);
		if (name !== undefined) {
			blocks.push(name);
			chars += index.charsOf(name);
		}
		for (const h of flatHeaders(posts, p) ?? []) {
			if (!isContainer(h)) {
				blocks.push(h);
				chars += index.charsOf(h);
				continue;
			}
			const head = cleanBlock(index, h, flags, removed, undefined, true, pruned);
			pushAll(blocks, head.blocks);
			chars += head.stats.chars;
		}
		const kept = cleanBlock(index, p, flags, removed, undefined, true, pruned);
		pushAll(blocks, kept.blocks);
		chars += kept.stats.chars;
	}
	recordOutside(index, items, removed);
	// The cleaner keeps block quotes whole: the post chrome inside them goes here (heuristics/quotedChrome.ts).
	// And keeps lists whole: the chrome of a comment list under a post goes here (heuristics/listedChrome.ts).
	const unquoted = dropListedChrome(dropQuotedChrome(blocks, pruned, removed), pruned, removed);
	// Member titles written as headings (heuristics/postChromeHeadings.ts), then counters and buttons the forum writes
	// as plain lines (heuristics/forumControls.ts).
	const chrome = platformChrome ? [POST_CHROME_RE, MEMBER_CARD_RE, platformChrome] : [POST_CHROME_RE, MEMBER_CARD_RE];
	// Post subjects that repeat the topic's heading, "Re:" or not (heuristics/threadSubjects.ts).
	// Not the poster's name the engine writes as a heading beside each post (kinds/posterHeadings.ts).
	const titles = new Set<string>();
	for (const b of index.parent.keys()) {
		if (b.kind === 'heading' && !inPost(b) && !isPosterHeading(b)) titles.add(subjectKey(blockText(b)));
	}
	titles.delete('');
	// Member titles and badges beside the author's name (heuristics/postChromeSpans.ts), a name printed twice (repeatedPosterName.ts).
	// A date written twice side by side, in full and as an age, one per screen (heuristics/dateTwins.ts).
	const spans = dropDateTwins(dropRepeatedPosterNames(dropChromeSpans(dropChromeHeadings(unquoted, chrome, removed), removed), removed), removed);
	// Post numbers and machine timestamps beside a post's date ("#2 · Jan 15, 2024", heuristics/postNumbers.ts).
	// A member card written as a definition list beside each post: its pairs, when most posts share a term (heuristics/cardPairLists.ts).
	const unnumbered = dropCardPairLists(source, dropPostNumbers(spans, removed), items, removed);
	// A mobile app's signature after a post's last line break (heuristics/appSignatures.ts).
	// A member card's lines and sign-in prompts the label rules miss ("Joined Mar 12, 2012", "Posts 1,234", heuristics/memberLines.ts).
	const controlled = dropAppSignatures(dropMemberLines(dropForumControls(dropRepeatedSubjects(unnumbered, titles, removed), removed), removed), removed);
	// Quotes that repeat an earlier post, once the controls inside them ("Click to expand...") are gone (heuristics/repeatedQuotes.ts).
	// Link previews by their shape too: a link-only line, a heading linking to the same site, its blurb (heuristics/linkedHeadingPreviews.ts).
	const previews = flattenedPreviewBlocks(index, postSet);
	for (const b of linkedHeadingPreviews(postSet)) previews.add(b);
	const kept = dropRepeatedQuotes(dropFlattenedPreviews(index, controlled, previews, removed), removed);
	// An answer's preview cut mid-word before its full text (heuristics/truncatedPreviews.ts).
	const whole = dropTruncatedPreviews(kept, removed);
	// Short lines the forum writes identically in most posts: its buttons and labels (heuristics/repeatedPostLines.ts).
	// And the member card's fields whose label or shape most posts share, whatever their values (heuristics/repeatedPostFields.ts).
	// And each post's own address written as a line, the same up to its numbers in most posts (heuristics/permalinkLines.ts).
	const unrepeated = dropRepeatedPostFields(index.doc.text, dropPermalinkLines(index.doc.text, dropRepeatedPostLines(index.doc.text, whole, items, removed), items, removed), items, removed);
	// A Q&A answer's preview before its full text, both inside the post (heuristics/repeatedPostBlocks.ts).
	const once = dropRepeatedPostBlocks(unrepeated, items, removed);
	// The same closing text under three posts or more: a signature, whatever its class (heuristics/repeatedSignatures.ts).
	// And a signature under its separator, a line of underscores, in any post (heuristics/separatedSignatures.ts).
	// And the same closing text under two posts of one member: that member's signature (heuristics/posterSignatures.ts).
	const unsigned = dropPosterSignatures(source, dropSeparatedSignatures(dropRepeatedSignatures(once, items, removed), items, removed), items, removed);
	// A member's title right under the poster's name (kinds/memberTitles.ts).
	const untitled = dropMemberTitles(source, unsigned, removed);
	return { region: items[0], regionScore: 0, blocks: untitled, removed, chars };
}

export const forum: KindStrategy = {
	kind: 'forum',
	reason: 'A thread is read post by post: the article pipeline keeps the best-scoring post, or drops them all as comments.',
	extract: ({ index, signals, article }) => {
		if (isThread(index, signals, article)) return extractPosts(index, signals);
		// Or the posts no rule found, by their boxes in the pipeline's container (kinds/forumFallback.ts).
		const fallback = fallbackPosts(index, signals, article);
		return fallback ? extractPosts(index, { ...signals, posts: fallback }) : undefined;
	},
};
