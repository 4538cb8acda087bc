// A product's edition or format before a date ("Hardcover – October 16, 2018", "Kindle Edition, May 2020") makes it the edition's release date, not the page's.

/**
 * A shop's product subtitle names the format and its release ("Hardcover -- October 16, 2018", "Paperback – 3 Jan.
 * 2019", "Audio CD, 2012"): the edition's date, not when the page was written. Shop pages have no publication date of
 * their own. Reason: issue 12 (helper "dates"), a book's product page reported its hardcover's release as published.
 * Tuning part of wcxb-dev: published where none 1 fewer, right dates unchanged (395 of 561).
 */
const EDITION_LABEL_RE =
	/(?:^|[^\p{L}])(?:hardcover|hardback|paperback|mass market paperback|kindle(?: edition)?|e-?book|audiobook|audible(?: audiobook)?|audio cd|mp3 cd|board book|spiral-bound|library binding|leather bound|dvd|blu-ray|vinyl|vhs|(?:first |1st |2nd |3rd |\d+th )?edition)\s*(?:[-–—:,(]+\s*)*$/iu;

/** Whether the words just before a date name a product's edition or format. */
export function isEditionLabel(label: string): boolean {
	return EDITION_LABEL_RE.test(label);
}
