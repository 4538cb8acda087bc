// Signatures whose wrapper pandoc dropped: a second message body in a post, outside the post's message, is the poster's signature.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';

/**
 * Forum software that writes a signature with the same body class as the message, in a wrapper pandoc drops: XenForo
 * 2 renders each post's message as `message-userContent` > `bbWrapper` and its signature as `<aside
 * class="message-signature">` > `bbWrapper`; the aside goes, so the signature is a `bbWrapper` outside the message.
 * Data per platform (kinds/platforms.ts `signatureBody`).
 */
export interface SignatureBody {
	/** The class of a message body, the message's and the signature's alike. */
	readonly body: string;
	/** The class of the container that holds the message (and not the signature). */
	readonly message: string;
}

/**
 * Whether a container of a post is a signature: it has the body class, follows a sibling with the message class, and
 * no container around it has the message class. Measured on the tuning part of wcxb-dev: of 19 XenForo 2 threads, four carry such signatures; one (13
 * signatures that the truth leaves out) 0.85 -> 0.91, the others unchanged (their extra bodies are kept by the truth or
 * were dropped already); no other page moved.
 */
export function isSignatureBody(index: BlockIndex, c: Container, sig: SignatureBody): boolean {
	if (!c.attrs.classes.includes(sig.body)) return false;
	// The message comes first beside it: a theme that writes no message container around its bodies has no such signature.
	const parent = index.parent.get(c);
	if (!parent || !isContainer(parent)) return false;
	const at = parent.children.indexOf(c);
	if (!parent.children.slice(0, at).some((k) => isContainer(k) && k.attrs.classes.includes(sig.message))) return false;
	for (let p: Block | undefined = parent; p !== undefined; p = index.parent.get(p)) {
		if (isContainer(p) && p.attrs.classes.includes(sig.message)) return false;
	}
	return true;
}
