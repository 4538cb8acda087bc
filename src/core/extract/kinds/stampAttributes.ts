// A post's stamp written in an attribute: an age shown ("2y", "3h") whose tooltip or machine value holds the full date.
import type { Block } from '../../model/dumpDocument';
import { postDates } from '../heuristics/chromeDates';

/**
 * A `title` or `datetime` attribute's value in a dump's source (an attribute block or raw HTML), as pandoc writes it
 * (the quote escaped or not; wrapped values span lines), or a link's title (`[](/post/12 "2024-11-27T15:50:23Z")`, the
 * link a script fills with the age). Bounded: a stamp is a short value, a link target runs to its first space.
 */
const STAMP_ATTR_RE = /\b(?:title|datetime)=\\?"([^"\\]{4,80})|\]\([^()\s]{0,2000}\s"([^"\\]{4,80})"\)/g;

/** A machine date: `2023-08-13`, `2023-08-13T15:05:00Z`. */
const ISO_DATE_RE = /^\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)/;

/**
 * Whether a block's source holds a date in a `title` or `datetime` attribute (`STAMP_ATTR_RE`): a date the dump shows
 * only as a short age ("2y", "3h", which kinds/flatPosts.ts `isStamped` does not read as a stamp: "3D" and "5h" are words
 * too), with the full date as its tooltip (`<span title="August 13, 2023 - 3:05pm">2y</span>`) or as a `<time>`'s
 * machine value. Forum engines write every post's age so (Discourse, XenForo, Drupal boards, Reddit); an article's
 * sections and a landing page's tiles do not (tuning part: 10 of 85 forum dumps hold three such dates or more, 1 of 969
 * dumps of other kinds). Reads the block's source once. Read by kinds/anonymousPosts.ts (each unit's stamp) and
 * kinds/openingPost.ts. Measured (session 47, tuning part, with anonymousPosts.ts `MIN_LONG_UNIT_SHARE`, which needs it to
 * find that thread's posts): declassed forum 0.88079 -> 0.88192 (A 0.85050 -> 0.85251: a Drupal board's thread 0.861 ->
 * 0.957, 3 posts -> 21); as is no page moved; no page of another kind moved on either yardstick. A link's title as the
 * stamp (NodeBB writes each post's age as an empty link titled with the ISO time, which a script fills in): with the
 * forum profiles off as well (`EVAL_NO_PLATFORMS=forum`, the proxy for forum software no profile names), declassed forum
 * 0.84993 -> 0.85916, two NodeBB threads of two sites read as threads (A 0549 0.516 -> 0.919, B 0552 0.553 -> 0.934),
 * none down; with the profiles on no page moved on either yardstick.
 */
export function hasStampAttribute(source: string, b: Pick<Block, 'range'>): boolean {
	const slice = source.slice(b.range.start, b.range.end);
	STAMP_ATTR_RE.lastIndex = 0;
	for (let m = STAMP_ATTR_RE.exec(slice); m !== null; m = STAMP_ATTR_RE.exec(slice)) {
		const value = (m[1] ?? m[2]).replace(/\s+/g, ' ');
		if (ISO_DATE_RE.test(value) || postDates(value) > 0) return true;
	}
	return false;
}
