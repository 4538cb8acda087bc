// Why extraction chose its region: the top candidates of the strictest pass, for the eval and for debugging.
import type { DumpDocument, SourceRange } from '../model/dumpDocument';
import { ALL_FLAGS, BlockIndex, ROOT } from './blockIndex';
import { grab } from './candidates';
import { byProfile } from './byProfile';
import { attrWords } from './inlineText';

/** Why the extractor chose its region: the top candidates of the strictest pass and the region finally used. */
export interface ExtractionExplanation {
	readonly profile?: string;
	readonly candidates: readonly { readonly range?: SourceRange; readonly words: string; readonly score: number }[];
	readonly region?: SourceRange;
	readonly regionScore: number;
}

/** Explains the choice of article region (for the eval and for debugging); never throws. */
export function explainExtraction(doc: DumpDocument): ExtractionExplanation {
	try {
		const index = new BlockIndex(doc);
		const profiled = byProfile(index);
		const attempt = grab(index, ALL_FLAGS);
		return {
			profile: profiled?.profile?.name,
			candidates: (attempt.candidates ?? []).map(({ c, score }) => ({
				range: c === ROOT ? undefined : c.range,
				words: c === ROOT ? '(root)' : attrWords(c.attrs),
				score,
			})),
			region: attempt.region === ROOT ? undefined : attempt.region.range,
			regionScore: attempt.regionScore,
		};
	} catch {
		return { candidates: [], regionScore: 0 };
	}
}
