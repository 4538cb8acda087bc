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
	const scan = scanOf(index, sig.message);
	if (!afterMessage(scan, parent).has(c)) return false;
	return !inMessage(scan, index, parent);
}

/**
 * What the test asks of a post's parts, computed once per index and message class (issue 11): it was an `indexOf` and
 * a scan of the earlier siblings per body (O(siblings^2) among a post's parts) and a walk to the root per body
 * (O(bodies x depth)). Now each parent's children are read once, and each block's "inside a message" once.
 */
interface SignatureScan {
	/** Per parent: its children whose first place follows a container with the message class. */
	readonly after: Map<Block, Set<Block>>;
	/** Per block: whether it or a block around it is a container with the message class. */
	readonly inside: Map<Block, boolean>;
	readonly message: string;
}

const scans = new WeakMap<BlockIndex, Map<string, SignatureScan>>();

function scanOf(index: BlockIndex, message: string): SignatureScan {
	let byClass = scans.get(index);
	if (!byClass) scans.set(index, (byClass = new Map()));
	let scan = byClass.get(message);
	if (!scan) byClass.set(message, (scan = { after: new Map(), inside: new Map(), message }));
	return scan;
}

/** The children of `parent` with a message container before their first place among its children, as `indexOf` read it. */
function afterMessage(scan: SignatureScan, parent: Container): Set<Block> {
	let after = scan.after.get(parent);
	if (after) return after;
	after = new Set();
	const seen = new Set<Block>();
	let message = false;
	for (const k of parent.children) {
		if (!seen.has(k)) {
			seen.add(k);
			if (message) after.add(k);
		}
		if (!message && isContainer(k) && k.attrs.classes.includes(scan.message)) message = true;
	}
	scan.after.set(parent, after);
	return after;
}

/** Whether `b` or a block around it is a container with the message class: walks up to the first block known, then records the path. */
function inMessage(scan: SignatureScan, index: BlockIndex, b: Block): boolean {
	const path: Block[] = [];
	let found = false;
	for (let p: Block | undefined = b; p !== undefined; p = index.parent.get(p)) {
		const known = scan.inside.get(p);
		if (known !== undefined) {
			found = known;
			break;
		}
		path.push(p);
		if (isContainer(p) && p.attrs.classes.includes(scan.message)) {
			found = true;
			break;
		}
	}
	// Every block on the path holds the answer of the block where the walk stopped (the blocks below a message are inside it).
	for (const p of path) scan.inside.set(p, found);
	return found;
}
