// Named cards: a card whose title is a short linked name beside a picture and a text (a ranked entry, a directory's entry) is a teaser card, whatever its classes.

/**
 * cardGroup.ts takes a box for a teaser card when its shape holds a title (a linked line of at least its
 * `MIN_TITLE_CHARS`, or a heading) beside a text, a date or a picture. A ranking's or a directory's entries are named by
 * a short link instead ("Acme CRM", "Jo Bloggs"), shorter than a title, beside the item's logo or photo and a line of
 * text (its rank, its score, its role): shape `PIlIP+` (rank, logo, name, stars, score). So such cards made no group
 * with every class token unique, and a spread-out ranking page of 36 entries was read as a landing page. Here a box
 * whose shape holds a picture (`I`), a short link (`l`) and a text (`P`), and links (`+`), is a card too; the
 * group's other guards (at least four boxes of one shape under one parent, half its shown boxes, short boxes, a tenth
 * of the page) are cardGroup's.
 *
 * Measured (session 59, tuning part of wcxb-dev, 1,054 pages, word F1), found on a half-B page: with every class token
 * unique (`EVAL_DECLASS=unique EVAL_NO_PLATFORMS=all`) listing 0.74217 -> 0.74804 (half A 0.6989 -> 0.6989, half B
 * 0.7809 -> 0.7920; the ranking page service -> listing, 0.413 -> 0.835), all 0.88644 -> 0.88684, failed 56 -> 55,
 * kind agreement 845 -> 846, no page down, metadata unchanged; declassed and as is no page moves (a class word lines
 * those cards up already). No half-A page moves on any yardstick: a rule whose gain is not yet confirmed on pages it
 * was not found on.
 */
export function isNamedCardShape(shape: string): boolean {
	return shape.endsWith('+') && shape.includes('I') && shape.includes('l') && shape.includes('P');
}
