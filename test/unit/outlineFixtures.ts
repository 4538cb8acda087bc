// Fixture dumps of test/fixtures/outline/ and hand-made Articles for them, shared by the outline, folding and link tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article, RemovedRegion } from '../../src/core/extract/article';
import type { Block, DumpDocument, FencedDiv, Heading } from '../../src/core/model/dumpDocument';
import { parseDump } from '../../src/core/dump/parseDump';
import { LineIndex } from '../../src/core/text/lineIndex';

const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test/fixtures/outline');
export const SEEDS = path.resolve(REPO, '../shared/seeds');

export interface Loaded {
	readonly text: string;
	readonly doc: DumpDocument;
	readonly lines: LineIndex;
}

export function loadFixture(name: string): Loaded {
	const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
	return { text, doc: parseDump(text), lines: new LineIndex(text) };
}

function* walk(blocks: readonly Block[]): Generator<Block> {
	for (const b of blocks) {
		yield b;
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') yield* walk(b.children);
		if (b.kind === 'list') for (const it of b.items) yield* walk(it.children);
	}
}

/** The first fenced div with this class. */
export function divWithClass(doc: DumpDocument, cls: string): FencedDiv {
	for (const b of walk(doc.blocks)) if (b.kind === 'div' && b.attrs.classes.includes(cls)) return b;
	throw new Error(`no div .${cls}`);
}

/** The first heading whose source text contains `text`. */
export function headingWith(doc: DumpDocument, text: string): Heading {
	for (const b of walk(doc.blocks)) if (b.kind === 'heading' && doc.text.slice(b.contentRange.start, b.contentRange.end).includes(text)) return b;
	throw new Error(`no heading "${text}"`);
}

function flatten(blocks: readonly Block[], skip: ReadonlySet<Block>, out: Block[]): Block[] {
	for (const b of blocks) {
		if (skip.has(b)) continue;
		if (b.kind === 'div' || b.kind === 'htmlDiv') flatten(b.children, skip, out);
		else out.push(b);
	}
	return out;
}

/**
 * An Article as the extractor would make it: the body div's content blocks (divs flattened, `removedClasses` divs
 * left out and recorded), the title from a heading, nothing else in the metadata.
 */
export function handArticle(doc: DumpDocument, options: { body: string; title?: string; removed?: readonly string[] }): Article {
	const body = divWithClass(doc, options.body);
	const removedDivs = (options.removed ?? []).map((c) => divWithClass(doc, c));
	const removed: RemovedRegion[] = removedDivs.map((d) => ({ range: d.range, step: 'share', signal: d.attrs.classes.join(' ') }));
	const title = options.title ? headingWith(doc, options.title) : undefined;
	return {
		metadata: title ? { title: { value: options.title!, source: title.contentRange, rule: 'test:title', confidence: 1 } } : {},
		blocks: flatten(body.children, new Set(removedDivs), []),
		region: body.range,
		removed,
		empty: false,
	};
}

/** `L<first>-<last>` (one-based) of an offset range, to keep expectations readable. */
export function lineSpan(lines: LineIndex, range: { start: number; end: number }): string {
	const first = lines.lineAt(range.start) + 1;
	const last = lines.lineAt(Math.max(range.start, range.end - 1)) + 1;
	return first === last ? `L${first}` : `L${first}-${last}`;
}
