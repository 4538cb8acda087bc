// A heading that names a region of the page ("Footer navigation", "Board footer", "Site header") labels a landmark for screen readers: never the page's title.

/**
 * Two or three words ending with a landmark's name. Sites put a visually hidden heading over each region for assistive
 * technology ("Footer navigation", "Main navigation", "Board footer", "Action Navigation"); `UI_LABEL_RE` holds the lone
 * words ("Navigation", "Footer"). A qualifier word is required, so a component's documentation page titled by the bare
 * name stays with `UI_LABEL_RE`'s reading. "menu" is left out: a restaurant's "Lunch Menu" names its page.
 */
const LANDMARK_LABEL_RE = /^(?:[\p{L}-]{1,20} ){1,2}(?:navigation|nav|footer|header|sidebar|breadcrumbs?)$/iu;
/** "Skip to content", "Skip to main navigation": the skip link's heading, at any length. */
const SKIP_LABEL_RE = /^skip to\b/iu;

/**
 * Whether a heading's text labels a page region rather than naming the page. The landmark headings are hidden by
 * class ("sr-only", "visually-hidden"), which the title reader saw as chrome; with classes unread (the declassed
 * yardstick: unseen sites' own names) "## Board footer" outscored a forum thread's h3 subject, and "# Footer navigation"
 * (three of them) and "## Action Navigation" stood beside the page's headline. Read from the text alone.
 * Measured with `dateHeadings.ts`: see there (declassed title right 771 -> 773 of 1054, none lost; as is unchanged).
 */
export function isLandmarkHeading(text: string): boolean {
	return LANDMARK_LABEL_RE.test(text) || SKIP_LABEL_RE.test(text);
}
