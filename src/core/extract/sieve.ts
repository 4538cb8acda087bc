// Steps 2-7 of extraction: the platform profile first, then the Readability-style sieve of flags, keeping the longest attempt.
import { ALL_FLAGS, type Attempt, type BlockIndex, type Flags } from './blockIndex';
import { byProfile } from './byProfile';
import { grab } from './candidates';
import * as W from './scoring';

/** The flags of each pass, strictest first: a pass runs only when the previous one kept too little text. */
const SIEVE: readonly Flags[] = [
	ALL_FLAGS,
	{ ...ALL_FLAGS, stripUnlikely: false },
	{ stripUnlikely: false, weightClasses: false, cleanConditionally: true },
	{ stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/** The article pipeline's attempt: a profile's body when it is trusted, else the first pass long enough, else the longest. */
export function articleAttempt(index: BlockIndex): Attempt {
	// A profile's body container is trusted even when short: the platform says where the article is.
	let best: Attempt | undefined = byProfile(index);
	if (best && best.chars >= (best.profile?.minChars ?? W.CHAR_THRESHOLD)) return best;
	for (const flags of SIEVE) {
		const attempt = grab(index, flags);
		if (attempt.chars >= W.CHAR_THRESHOLD) return attempt;
		if (!best || attempt.chars > best.chars) best = attempt;
	}
	return best!;
}
