// The "too complex" guard: how many model nodes a dump may have for its size, and the problem that refuses one with more.
import type { Block, DumpDocument, ParseProblem } from '../model/dumpDocument';
import { childBlocks } from '../model/blockTree';
import { releaseLastMatch } from './inlineChars';

/**
 * Nodes (blocks plus inline nodes made while parsing) allowed in any dump, whatever its size. The densest real dump
 * of wcxb-dev (1,310 pages, up to 2.4 MB) has 42,000; at a few hundred bytes a node this is tens of megabytes.
 */
export const COMPLEXITY_FLOOR_NODES = 100_000;
/**
 * Above the floor, nodes allowed per 1,024 characters of dump. Real dumps have at most 67 (a small page) and 40 above
 * 200 KB; a long list of short links about 110. The hostile shapes that filled hundreds of times their size in memory
 * have 200 to 500 (`*ab*` runs, nested emphasis, a 10 MB line of links and emphasis, CR-separated tiny sections).
 */
export const MAX_NODES_PER_KB = 200;

/**
 * Before parsing: runs of the characters that make inline nodes (`[ ] ` * _ ~ ^ <` and line breaks, LF or lone CR) allowed per 1,024
 * characters above the floor. Real dumps above 100 KB have at most 79 (wcxb-dev and the readability corpus); the
 * emphasis shapes 256 to 1,024, a 10 MB line of links and emphasis 205. Refusing on this scan costs no memory,
 * while the node budget is only spent after the nodes were made (18x the input for dense emphasis, measured).
 */
export const MAX_MARKUP_RUNS_PER_KB = 160;

/**
 * Above the floor, NUL characters allowed per 1,024 characters. Text has none: no dump of wcxb-dev, the readability
 * corpus or the seeds holds one, and `decodeDump` refuses a file with a NUL byte as binary. A few stray ones pass; a
 * string full of them (an editor buffer of binary data) is refused before parsing. 'NUL characters in text' (110 per
 * KB) made 109,000 nodes before the node budget refused it: it needed a 23 MB heap (cap 18: warm heap + 10x its
 * 0.56 MB), now 15.
 */
export const MAX_NULS_PER_KB = 1;

/** Whether the dump holds more NUL characters than its size allows (binary data, not text). */
export function tooManyNuls(text: string): boolean {
	const n = text.length;
	if (n <= COMPLEXITY_FLOOR_NODES) return false;
	const limit = Math.ceil((n / 1024) * MAX_NULS_PER_KB);
	let count = 0;
	for (let at = text.indexOf('\u0000'); at >= 0; at = text.indexOf('\u0000', at + 1)) if (++count > limit) return true;
	return false;
}

/**
 * One match per run of one markup character (`[ ] ` * _ ~ ^ <`, or line breaks: LF or a lone CR; the CR of CRLF is a
 * plain character, which ends a run of line breaks, and the LF after it starts one). Two runs of different characters
 * that touch are two matches, as they are two runs.
 *
 * Why a regex (issue 13): the loop over char codes it replaces (the same count, run by run) was 0.5% of the whole
 * pipeline's CPU over 430 tuning and corpus dumps; the regex engine skips the plain text between runs in its compiled
 * code. Over the 117 dumps above the floor in a sample of 296 tuning and corpus dumps (26 M characters, five passes,
 * three alternating rounds): 433-442 ms -> 184-190 ms, the same answer for each (and the same count of runs).
 */
const MARKUP_RUN_RE = /(?:\n|\r(?!\n))+|\[+|\]+|`+|\*+|_+|~+|\^+|<+/g;

/** Runs of markup characters in `text` (see `MARKUP_RUN_RE`), counted up to one past `limit`. */
export function markupRuns(text: string, limit: number): number {
	MARKUP_RUN_RE.lastIndex = 0;
	let runs = 0;
	while (MARKUP_RUN_RE.test(text)) {
		if (++runs > limit) break;
	}
	MARKUP_RUN_RE.lastIndex = 0;
	releaseLastMatch();
	return runs;
}

/** Whether the dump is too complex at a glance: more runs of markup characters than its size allows. */
export function tooMuchMarkup(text: string): boolean {
	const n = text.length;
	// Fewer characters than the floor cannot hold more runs than it.
	if (n <= COMPLEXITY_FLOOR_NODES) return false;
	const limit = Math.max(COMPLEXITY_FLOOR_NODES, Math.ceil((n / 1024) * MAX_MARKUP_RUNS_PER_KB));
	return markupRuns(text, limit) > limit;
}

/** Nodes a dump of `length` characters may have. */
export function nodeBudget(length: number): number {
	return Math.max(COMPLEXITY_FLOOR_NODES, Math.ceil((length / 1024) * MAX_NODES_PER_KB));
}

/** Counts the blocks of a tree (list items and table cells' blocks included), stopping once past `limit`. */
export function countBlocks(blocks: readonly Block[], limit: number): number {
	let n = 0;
	const stack: Block[] = [...blocks];
	while (stack.length > 0 && n <= limit) {
		const b = stack.pop()!;
		n++;
		for (const c of childBlocks(b)) stack.push(c);
	}
	return n;
}

/**
 * The document a too-complex dump parses to: no blocks, one problem saying why, over the whole text. `found` is what
 * went over: NUL characters or runs of markup characters (the scans before parsing), or nodes (while parsing).
 */
export function tooComplexDocument(text: string, found: 'nul' | 'markup' | 'nodes'): DumpDocument {
	if (found === 'nul') return refusedDocument(text, `Binary data, not a page dump: these ${formatChars(text.length)} hold more NUL characters than text ever does (${MAX_NULS_PER_KB} per KB once past ${COMPLEXITY_FLOOR_NODES.toLocaleString('en-US')} characters). It is not parsed.`);
	const perKb = found === 'markup' ? MAX_MARKUP_RUNS_PER_KB : MAX_NODES_PER_KB;
	const what = found === 'markup' ? 'runs of markup characters (brackets, emphasis marks, line breaks)' : 'blocks, links, emphasis and other elements';
	return refusedDocument(text, `Too complex to analyse: this dump of ${formatChars(text.length)} has more ${what} than its size allows (${perKb} per KB once past ${COMPLEXITY_FLOOR_NODES.toLocaleString('en-US')}; real pages stay far below). It is not parsed, so that it cannot exhaust memory.`);
}

/** No blocks and one `too-complex` problem over the whole text (see `complexityRefusal`). */
function refusedDocument(text: string, message: string): DumpDocument {
	const problem: ParseProblem = { kind: 'too-complex', message, range: { start: 0, end: text.length } };
	return { text, blocks: [], problems: [problem], definitions: new Map() };
}

/** The refusal of a dump found too complex, or undefined when it was parsed. */
export function complexityRefusal(doc: DumpDocument): ParseProblem | undefined {
	return doc.blocks.length === 0 && doc.problems.length === 1 && doc.problems[0].kind === 'too-complex' ? doc.problems[0] : undefined;
}

function formatChars(n: number): string {
	return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million characters` : `${Math.round(n / 1000)} thousand characters`;
}
