// What the block rules in their own files (tables, definition lists) need from the block parser that calls them.
import type { Block, Paragraph, SourceRange } from '../model/dumpDocument';
import type { Segment } from './parseInlines';

export interface BlockContext {
	/** The whole dump: every segment and range is an offset into it. */
	readonly text: string;
	/**
	 * Parses a container's content (its prefixes already stripped) as blocks one level deeper than `depth`; past the
	 * container depth cap, as one paragraph with a problem at `range`. `inItem` lets a list marker end a paragraph.
	 */
	nested(lines: readonly Segment[], depth: number, range: SourceRange, inItem: boolean): Block[];
	/**
	 * Parses a grid cell's pieces as blocks: a piece marked `glue` continues the one before it on the same line (pandoc
	 * cut that line to fit the column), so the cell is read as the lines pandoc wrote before cutting them. Ranges are
	 * the dump's.
	 */
	nestedPieces(pieces: readonly Segment[], depth: number, range: SourceRange): Block[];
	/** A paragraph of `segs` whose inlines are parsed once every link definition is known. */
	paragraph(segs: readonly Segment[]): Paragraph;
}
