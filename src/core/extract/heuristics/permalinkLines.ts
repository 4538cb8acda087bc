// Post permalinks by their shape: a line that is one bare URL, the same address up to its numbers in most posts of a thread ("Copy link" boxes).
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { dropLinesRepeatedInPosts } from './repeatedPostLines';

/**
 * A line that is one web address and nothing else, 500 characters at most: what a "Link to post" or "Copy link" box
 * prints as its text (the address is the button's label or an input's value).
 */
const BARE_URL_RE = /^(?:https?:\/\/|www\.)[^\s]{1,500}$/i;

/** The fragment of an address (`#findComment-123`, `#p456`): the anchor of one post on the thread's page. */
const FRAGMENT_RE = /#.{0,500}$/;

/** Runs of digits: the numbers of a post, a page or a comment in an address. */
const DIGITS_RE = /\d{1,40}/g;

/**
 * The key of a line that is one bare address: the address lower-cased, without its fragment and with its numbers as
 * `#`. Each post's permalink differs from the next only there (`.../topic/12-title/#findComment-345`,
 * `viewtopic.php?p=678#p678`, `/t/title/12/4`), so they share one key; addresses a poster pastes differ in their words.
 */
export function permalinkKey(_source: string, b: Block): string | undefined {
	if (b.kind !== 'paragraph') return undefined;
	const text = collapsedText(b).trim();
	if (!BARE_URL_RE.test(text)) return undefined;
	return 'url:' + text.toLowerCase().replace(FRAGMENT_RE, '').replace(DIGITS_RE, '#');
}

/**
 * Drops the lines that are one bare address (`permalinkKey`) when the same address, up to its numbers and fragment,
 * stands in most posts of a thread (heuristics/repeatedPostLines.ts: in 3 posts and a third of them at least, outside
 * quotes). Forum software writes each post's own link under or beside it for sharing ("Link to post", "Copy Link to
 * Clipboard"), often in a menu its classes hide; with those classes unknown, the address is left as a line in every
 * post, and no annotator keeps it. By shape, not by words or classes: an address that differs only by the post's
 * number, in post after post, is the forum's. A poster's pasted links differ in their words and stay; the identical-line
 * rule cannot see these (each differs, and is long and numbered).
 * Measured on the tuning part of wcxb-dev (session 45): declassed forum 0.87384 -> 0.87418 (an Invision thread, half B,
 * 0.647 -> 0.676: its share menu's "Copy Link" box under each post), none down; as is no page moved (the class that
 * hides the menu says it there).
 */
export function dropPermalinkLines(source: string, blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropLinesRepeatedInPosts(source, blocks, posts, removed, permalinkKey, 'permalink line');
}
