// Whether the visible text values of inlines, joined, hold a word a regex matches: read piece by piece, without joining them.
import type { Inline } from '../../model/dumpDocument';
import { isHidden } from '../inlineText';

/**
 * The trailing run of word characters of the values read so far (`wordCharsAt`): a word of the joined values that
 * crosses from one piece into the next is this run and the next piece's leading run.
 */
interface Run {
	carry: string;
}

/**
 * `re.test(values.join(''))` for the values of the text and code nodes `smartInlineText` reads (hidden spans left out,
 * no separators), for a `re` whose matches are runs of word characters (letters or digits) and that looks at nothing
 * around them (no anchors, lookarounds or `\b`): each piece is tested alone, and each run that crosses pieces once
 * whole. Every match lies in a maximal run of word characters of the joined values, and each such run is tested, in a
 * piece, at a boundary or at the end. Why: `MetadataScan.mayHoldWord` joined the values of every paragraph whose
 * source has markup but not the word (140,000 of 185,000 calls over every fourth wcxb-dev dump), a copy of each
 * paragraph's text made to be tested once.
 */
export function visibleValuesMatch(inlines: readonly Inline[], re: RegExp): boolean {
	const run: Run = { carry: '' };
	return valuesMatch(inlines, re, run) || (run.carry !== '' && re.test(run.carry));
}

function valuesMatch(inlines: readonly Inline[], re: RegExp, run: Run): boolean {
	// Indexed, not for-of: unoptimized code allocates an iterator result per item (issue 13).
	for (let i = 0; i < inlines.length; i++) {
		const x = inlines[i];
		switch (x.kind) {
			case 'text':
			case 'code':
				if (pieceMatches(x.value, re, run)) return true;
				break;
			case 'emphasis':
			case 'link':
				if (valuesMatch(x.children, re, run)) return true;
				break;
			case 'span':
				if (!isHidden(x.attrs) && valuesMatch(x.children, re, run)) return true;
				break;
			default:
				break;
		}
	}
	return false;
}

/** Tests one piece and the run that crosses into it; leaves its trailing run in `run`. */
function pieceMatches(p: string, re: RegExp, run: Run): boolean {
	if (p === '') return false;
	let lead = 0;
	while (lead < p.length && wordCharAt(p, lead)) lead++;
	if (lead === p.length) {
		// All word characters: the run goes on into the next piece.
		run.carry += p;
		return false;
	}
	if (run.carry !== '' && re.test(lead === 0 ? run.carry : run.carry + p.slice(0, lead))) return true;
	if (re.test(p)) return true;
	let trail = p.length;
	while (trail > 0 && wordCharAt(p, trail - 1)) trail--;
	run.carry = trail === p.length ? '' : p.slice(trail);
	return false;
}

/** An ASCII letter or digit, or any other character above ASCII (counted as a word character: runs only grow). */
function wordCharAt(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	return c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
