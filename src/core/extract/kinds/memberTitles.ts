// A member's title under the poster's name in a thread ("Senior Member", "Moderator"), found by its place and shape, class-free.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { MAX_POSTER_NAME_CHARS, MEMBER_LINK_RE } from './posterHeadings';

/** A title is a few words: "Premium Member", "Junior Guru Wannabe". */
export const MAX_TITLE_CHARS = 32;

/** Lines read after each name: a title and a badge ("Mentor", "Insights Author"), no more. */
export const MAX_TITLES_AFTER_NAME = 2;

/**
 * A board that writes titles writes one under several posters' names: a single title-shaped line in a whole thread is
 * more likely a message's first line ("Thank you") than a rank. Measured: with one allowed, declassed forum half A fell
 * on two threads (-0.003 each, as is too) and nothing more was found.
 */
export const MIN_TITLES = 2;

/** The source of a name line is read this far at most: a name is a link with its attributes, not a long block. */
export const MAX_NAME_SOURCE_CHARS = 2000;

/** Letters only, one to four words, the first capitalised: no digit (a date, a count), no sentence punctuation. */
const TITLE_RE = /^\p{Lu}[\p{L}\p{M}'’-]{0,31}(?: [\p{L}\p{M}'’-]{1,31}){0,3}$/u;

function isNameLine(source: string, b: Block): boolean {
	const chars = collapsedText(b).length;
	if (chars === 0 || chars > MAX_POSTER_NAME_CHARS) return false;
	const end = Math.min(b.range.end, b.range.start + MAX_NAME_SOURCE_CHARS);
	return MEMBER_LINK_RE.test(source.slice(b.range.start, end));
}

function isTitleShaped(source: string, b: Block): boolean {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') return false;
	const t = collapsedText(b);
	if (t.length === 0 || t.length > MAX_TITLE_CHARS || !TITLE_RE.test(t)) return false;
	const end = Math.min(b.range.end, b.range.start + MAX_NAME_SOURCE_CHARS);
	return !MEMBER_LINK_RE.test(source.slice(b.range.start, end));
}

/** The blocks read as member titles: up to `MAX_TITLES_AFTER_NAME` title-shaped lines right after each poster's name. */
export function memberTitleBlocks(source: string, blocks: readonly Block[]): Set<Block> {
	const out = new Set<Block>();
	for (let i = 0; i < blocks.length; i++) {
		if (!isNameLine(source, blocks[i])) continue;
		let j = i + 1;
		while (j < blocks.length && j <= i + MAX_TITLES_AFTER_NAME && isTitleShaped(source, blocks[j])) out.add(blocks[j++]);
		i = j - 1;
	}
	return out;
}

export function dropMemberTitles(source: string, blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const titles = memberTitleBlocks(source, blocks);
	if (titles.size < MIN_TITLES) return [...blocks];
	const out: Block[] = [];
	for (const b of blocks) {
		if (titles.has(b)) removed.push({ range: b.range, step: 'forum-control', signal: `member title: ${collapsedText(b)}` });
		else out.push(b);
	}
	return out;
}
