// Attribute blocks left open at a line's end (a quoted value holding line breaks): how far a paragraph or heading goes.
import { MAX_ATTRIBUTES_LENGTH } from './attributes';
import type { LineList } from './lineList';
import type { Segment } from './parseInlines';

/**
 * Lines, blank ones included, a paragraph or heading goes on past its own to close an attribute value it left open.
 * Pandoc writes an HTML attribute's line breaks into the quoted value (`aria-label="Chair, $403.00` + blank line +
 * `"`), and real values hold up to a dozen lines; the bound keeps a stray quote from swallowing the page.
 */
export const MAX_OPEN_VALUE_LINES = 20;

/** Where a scan stands: in text, inside an attribute block, or inside one of its quoted values (and which quote). */
export interface AttributeScan {
	state: 'text' | 'block' | 'quoted';
	quote: number;
	/** The last character scanned in text (an attribute block opens on `{` right after `]`, `)`, `` ` `` or `}`). */
	prev: number;
	/** The block's last character before the one being scanned (a value is quoted only right after `=`). */
	blockPrev: number;
}

export function newAttributeScan(): AttributeScan {
	return { state: 'text', quote: 0, prev: 0x20, blockPrev: 0x7b };
}

/**
 * Advances `scan` over `text.slice(start, end)` followed by a line break. `spaceOpens` lets a `{` after white space
 * open a block too (a heading's trailing attributes). Linear; escapes are skipped in text and values alike.
 */
export function scanAttributes(scan: AttributeScan, text: string, start: number, end: number, spaceOpens: boolean): void {
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		if (scan.state === 'text') {
			if (c === 0x5c /* \ */) {
				k++;
				scan.prev = 0x61;
				continue;
			}
			if (c === 0x7b /* { */ && (scan.prev === 0x5d || scan.prev === 0x29 || scan.prev === 0x60 || scan.prev === 0x7d || (spaceOpens && (scan.prev === 0x20 || scan.prev === 0x09)))) {
				scan.state = 'block';
				scan.blockPrev = c;
				continue;
			}
			scan.prev = c;
		} else if (scan.state === 'block') {
			if (c === 0x5c) {
				k++;
				scan.blockPrev = 0x61;
			} else if (c === 0x7d /* } */) {
				scan.state = 'text';
				scan.prev = c;
			} else if ((c === 0x22 || c === 0x27) && scan.blockPrev === 0x3d /* = */) {
				scan.state = 'quoted';
				scan.quote = c;
			} else scan.blockPrev = c;
		} else if (c === 0x5c) k++;
		else if (c === scan.quote) {
			scan.state = 'block';
			scan.blockPrev = c;
		}
	}
	// The line break: white space in every state.
	if (scan.state === 'text') scan.prev = 0x20;
	else if (scan.state === 'block') scan.blockPrev = 0x20;
}

/**
 * When `scan` stands inside a quoted attribute value, the line from `from` on (within MAX_OPEN_VALUE_LINES) whose end
 * leaves the block closed, or -1 (then `scan` is left as it was). Blank lines are part of the value.
 */
export function lineClosingBlock(scan: AttributeScan, text: string, lines: LineList, from: number, spaceOpens: boolean): number {
	if (scan.state !== 'quoted') return -1;
	const probe: AttributeScan = { ...scan };
	const last = Math.min(lines.length - 1, from + MAX_OPEN_VALUE_LINES - 1);
	let budget = MAX_ATTRIBUTES_LENGTH;
	for (let j = from; j <= last; j++) {
		budget -= lines.end(j) - lines.start(j) + 1;
		if (budget < 0) return -1;
		scanAttributes(probe, text, lines.start(j), lines.end(j), spaceOpens);
		if (probe.state === 'text') {
			Object.assign(scan, probe);
			return j;
		}
	}
	return -1;
}

/** Whether a line holds a quote: only then can it leave a value open (a cheap test before scanning its paragraph). */
export function holdsQuote(text: string, seg: Segment): boolean {
	for (let k = seg.start; k < seg.end; k++) {
		const c = text.charCodeAt(k);
		if (c === 0x22 || c === 0x27) return true;
	}
	return false;
}
