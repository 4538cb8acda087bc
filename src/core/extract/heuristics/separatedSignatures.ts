// Signatures by their separator: a post's tail after a line of underscores ("__________________") is the member's signature, whatever its class.
import type { Block } from '../../model/dumpDocument';
import { withChildren } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { postIndexOf } from './repeatedSignatures';

/**
 * The separator forum software writes between a post and its member's signature: a line of underscores at the start
 * of the signature's block (vBulletin 3's postbit templates write "__________________" and a line break in a div with
 * no class, so neither the post chrome names nor the signature profiles see it; boards built on its templates and
 * hand-made boards copied it). Ten at least: a poster's blank to fill ("Name: ____") is shorter.
 */
const SEPARATOR_RE = /^_{10,}(?:\s|$)/;

/**
 * A signature is this long at most, separator aside (a quote, a link or two, a line of the member's gear). A longer
 * tail after a line of underscores is a poster's own text under a divider of theirs, and stays.
 */
export const MAX_SEPARATED_SIGNATURE_CHARS = 400;

function isSeparator(b: Block): boolean {
	return b.kind === 'paragraph' && SEPARATOR_RE.test(collapsedText(b));
}

/** The post whose range holds a block, among posts in page order (repeatedSignatures.ts `postIndexOf`). */
function postOf(posts: readonly Block[], b: Block): Block | undefined {
	const i = postIndexOf(posts, b);
	return i < 0 ? undefined : posts[i];
}

function textChars(b: Block): number {
	return collapsedText(b).replace(/^_+\s*/, '').length;
}

/** Where each post's first text starts among the kept blocks (the first paragraph, heading, list, table or code with text). */
function firstTexts(blocks: readonly Block[], posts: readonly Block[], out: Map<Block, number>): Map<Block, number> {
	for (const b of blocks) {
		if (b.kind === 'div' || b.kind === 'htmlDiv') firstTexts(b.children, posts, out);
		else if (collapsedText(b).length > 0) {
			const p = postOf(posts, b);
			if (p !== undefined && (out.get(p) ?? Infinity) > b.range.start) out.set(p, b.range.start);
		}
	}
	return out;
}

function dropTails(blocks: readonly Block[], posts: readonly Block[], first: ReadonlyMap<Block, number>, removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	let changed = false;
	// Characters before each block of the list, made when its first separator is met, and the end of the current
	// post's blocks, which only moves forward: every separator of a post with many is measured in constant time.
	let before: number[] | undefined;
	let j = 0;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		const post = isSeparator(b) ? postOf(posts, b) : undefined;
		if (post !== undefined && (first.get(post) ?? Infinity) < b.range.start) {
			// The separator's block and the blocks after it, up to the post's end.
			if (!before) {
				before = [0];
				for (const t of blocks) before.push(before[before.length - 1] + textChars(t));
			}
			if (j <= i) j = i + 1;
			while (j < blocks.length && blocks[j].range.start < post.range.end) j++;
			const tail = blocks.slice(i, j);
			if (before[j] - before[i] <= MAX_SEPARATED_SIGNATURE_CHARS) {
				for (const t of tail) removed.push({ range: t.range, step: 'signature', signal: `separated signature: ${collapsedText(t).slice(0, 40)}` });
				changed = true;
				i = j - 1;
				continue;
			}
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv') {
			const children = dropTails(b.children, posts, first, removed);
			if (children !== b.children) {
				changed = true;
				out.push(withChildren(b, children));
				continue;
			}
		}
		out.push(b);
	}
	return changed ? out : (blocks as Block[]);
}

/**
 * Drops each post's signature that follows a line of underscores (`SEPARATOR_RE`): the separator's block and what
 * follows it to the post's end, when that is short (`MAX_SEPARATED_SIGNATURE_CHARS`). Not a separator before the
 * post's first text: that is the post's own text. `posts` are the thread's posts; `blocks` their kept blocks in page order.
 * Measured on the tuning part of wcxb-dev (session 34): no page of any kind moved, none of its threads writes the
 * separator; it is for the many boards on vBulletin 3's templates, which the tuning part does not hold.
 */
export function dropSeparatedSignatures(blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	const sorted = [...posts].sort((a, b) => a.range.start - b.range.start);
	return dropTails(blocks, sorted, firstTexts(blocks, sorted, new Map()), removed);
}
