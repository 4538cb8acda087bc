// Signatures by their body's class: a second box in a post with the message body's class, beside the message's wrapper, is the poster's signature.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex, Container } from '../blockIndex';

/**
 * The same test as heuristics/signatureBodies.ts without the platform's words: a board that renders each post's message
 * and its signature with one body class (XenForo 2: `message-userContent` > `bbWrapper`, then the signature's `<aside>`,
 * which pandoc drops, > `bbWrapper`) leaves the signature as a second box with the message body's first class token,
 * after the message body and in a wrapper of its own (not the body's sibling).
 * Token equality, not the word: with class words opaque, or on an engine no profile names, the structure still says it.
 * A quote inside the message is inside the first body; boxes of one class side by side are the message's parts: neither
 * is taken.
 *
 * Why: with every class and id word made opaque (`EVAL_DECLASS=all`, the proxy for unseen boards), the XenForo profile's
 * signature rule is gone and the signatures stayed under the posts. One second body per post: a box holding several is
 * several posts read as one (a column the shape rule took for a post: without this guard a thread fell 0.86 -> 0.36).
 * Measured on the tuning part (session 43, on top of kinds/anonymousPosts.ts's wrapper split): declassed forum 0.86544
 * -> 0.87093 (A 0.83475 -> 0.84216, B 0.90526 -> 0.90826: an Invision thread 0.600 -> 0.951, XenForo threads 0.837 ->
 * 0.900 and 0.875 -> 0.922; none down), all 0.87787 -> 0.87831; as is no page moved (the XenForo profile's rule reads
 * those pages; this one runs where no profile names the signature body).
 */
export class SecondBodies {
	/** Per post, per first class token: the first box with that token met in the post (page order). */
	private readonly first = new Map<Block, Map<string, Container>>();

	/** Per post, its second bodies found (`add`). */
	private readonly found = new Map<Block, Container[]>();

	constructor(private readonly index: BlockIndex) {}

	/** Records a second body of a post that no other rule took. */
	add(c: Container, post: Block): void {
		const list = this.found.get(post);
		if (list) list.push(c);
		else this.found.set(post, [c]);
	}

	/**
	 * The signatures: each post's second body, where the post holds one. A post holds one signature; a "post" with several
	 * second bodies is a box that holds several posts (a column the shape rule took for the first post), whose messages
	 * they are.
	 */
	signatures(): Container[] {
		const out: Container[] = [];
		for (const list of this.found.values()) if (list.length === 1) out.push(list[0]);
		return out;
	}

	/**
	 * Whether `c`, a container inside `post` met in page order (each container once, outermost first), is a second body:
	 * a box with the first class token of an earlier box of the post that held prose, after its end, under another
	 * parent. Records `c` as its token's first box otherwise.
	 */
	isSecondBody(c: Container, post: Block): boolean {
		const token = c.attrs.classes[0];
		if (token === undefined) return false;
		let byToken = this.first.get(post);
		if (!byToken) this.first.set(post, (byToken = new Map()));
		const body = byToken.get(token);
		if (body === undefined) {
			byToken.set(token, c);
			return false;
		}
		if (c.range.start < body.range.end || this.index.statsOf(body).proseChars === 0) return false;
		// Not the body's sibling: boxes side by side under one parent are the message's own parts (a board that writes each
		// paragraph as a box of one class).
		return this.index.parent.get(c) !== this.index.parent.get(body);
	}
}
