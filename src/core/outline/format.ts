// Prints an outline for the CLI (`pagedump outline`): an indented text tree, or nested JSON with line/character ranges.
import type { Range } from '../text/lineIndex';
import type { LineIndex } from '../text/lineIndex';
import type { OutlineKind, OutlineNode } from './outline';

/** One node as JSON: zero-based lines and UTF-16 characters, as VS Code's DocumentSymbol has them. */
export interface OutlineJson {
	readonly name: string;
	readonly detail: string;
	readonly kind: OutlineKind;
	readonly range: Range;
	readonly selectionRange: Range;
	readonly children: OutlineJson[];
}

const INDENT = '  ';

/** Converts outline nodes to nested JSON-ready objects. */
export function outlineToJson(nodes: readonly OutlineNode[], lines: LineIndex): OutlineJson[] {
	return nodes.map((n) => ({
		name: n.name,
		detail: n.detail,
		kind: n.kind,
		range: lines.rangeOf(n.range),
		selectionRange: lines.rangeOf(n.selectionRange),
		children: outlineToJson(n.children, lines),
	}));
}

/**
 * The outline as text, one node per line, children indented by two spaces:
 * `<name>  [<detail>]  <kind> L<first>-<last>` with one-based line numbers (`L12` when the node has one line).
 */
export function formatOutlineText(nodes: readonly OutlineNode[], lines: LineIndex): string {
	const out: string[] = [];
	const visit = (list: readonly OutlineNode[], depth: number): void => {
		for (const n of list) {
			const first = lines.lineAt(n.range.start) + 1;
			const last = lines.lineAt(Math.max(n.range.start, n.range.end - 1)) + 1;
			const where = first === last ? `L${first}` : `L${first}-${last}`;
			const detail = n.detail ? `  [${n.detail}]` : '';
			out.push(`${INDENT.repeat(depth)}${n.name}${detail}  ${n.kind} ${where}`);
			visit(n.children, depth + 1);
		}
	};
	visit(nodes, 0);
	return out.length > 0 ? out.join('\n') + '\n' : '';
}

/** The outline as pretty-printed JSON (tabs), for `pagedump outline --format json`. */
export function formatOutlineJson(nodes: readonly OutlineNode[], lines: LineIndex): string {
	return JSON.stringify(outlineToJson(nodes, lines), null, '\t') + '\n';
}
