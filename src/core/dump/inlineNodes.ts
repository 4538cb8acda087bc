// The inline parser's node helpers: emphasis nodes, and adjacent text nodes merged into whole words.
import type { Emphasis, Inline, SourceRange } from '../model/dumpDocument';
import { SourceTextNode, TextNode, sourceText } from '../model/leafInlines';

export function makeEmphasis(c: number, count: number, children: Inline[], range: SourceRange): Emphasis {
	if (c === 0x7e) return { kind: 'emphasis', style: count === 2 ? 'strike' : 'sub', children, range };
	if (c === 0x5e) return { kind: 'emphasis', style: 'sup', children, range };
	if (count === 3) return { kind: 'emphasis', style: 'strong', children: [{ kind: 'emphasis', style: 'em', children, range }], range };
	// Four (`****x****`, a strong inside a strong as pandoc's writer wrote it) read as one strong.
	return { kind: 'emphasis', style: count === 2 || count === 4 ? 'strong' : 'em', children, range };
}

export function isLeafText(n: Inline): n is TextNode | SourceTextNode {
	return n instanceof TextNode || n instanceof SourceTextNode;
}

/** Whether two nodes are text nodes of this parser, `b` starting where `a` ends. */
export function touching(a: Inline, b: Inline): boolean {
	return isLeafText(a) && isLeafText(b) && a.end === b.start;
}

/** Joins adjacent text nodes (brackets and delimiter runs that stayed literal) so consumers see whole words. */
export function mergeTexts(nodes: Inline[]): Inline[] {
	if (nodes.length < 2) return nodes;
	let adjacent = false;
	for (let k = 1; k < nodes.length && !adjacent; k++) adjacent = touching(nodes[k - 1], nodes[k]);
	if (!adjacent) return nodes;
	const out: Inline[] = [];
	for (let k = 0; k < nodes.length; k++) {
		const node = nodes[k];
		let e = k + 1;
		while (node.kind === 'text' && e < nodes.length && touching(nodes[e - 1], nodes[e])) e++;
		if (e === k + 1) {
			out.push(node);
			continue;
		}
		const start = (node as SourceTextNode).start;
		const end = (nodes[e - 1] as SourceTextNode).end;
		let exact = true;
		for (let m = k; m < e && exact; m++) exact = nodes[m] instanceof SourceTextNode && (nodes[m] as SourceTextNode).source === (node as SourceTextNode).source;
		if (exact) {
			// Touching exact pieces of one source are that source's slice: still no copy.
			out.push(sourceText((node as SourceTextNode).source, start, end, (nodes[e - 1] as SourceTextNode).softBreakAfter));
			k = e - 1;
			continue;
		}
		// One join for the whole run: appending one by one builds a rope of as many pieces, kept until read.
		const parts: string[] = [];
		for (let m = k; m < e; m++) parts.push((nodes[m] as { value: string }).value);
		out.push(new TextNode(parts.join(''), start, end, (nodes[e - 1] as TextNode).softBreakAfter));
		k = e - 1;
	}
	return out;
}
