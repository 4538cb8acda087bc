// Utility classes (Tailwind and its kin) describe styling, not a block's role: left out of class weights.
/**
 * Why: utility-first CSS names every box by its styles, and those names trip the role words Readability weighs:
 * `overflow-hidden` or `maxlg:hidden` (clip, or hide below one breakpoint) read as "hidden", `text-16` and
 * `bg-gray-50` as "text", `-mt-px` as "…mt…". A breakpoint or state variant (`md:`, `hover:`, `group-[.active]:`),
 * an arbitrary value (`w-[45%]`) or a known utility family with a value is never a role name, so the class weight
 * reads the other classes of the block only.
 */

/** A variant prefix (`sm:`, `maxlg:`, `group-hover:`, `[&>p]:`) or an arbitrary value in brackets (`w-[45%]`). */
const VARIANT_OR_ARBITRARY_RE = /:|\[/;

/**
 * Utility families followed by a value: spacing, sizing, colour, type, layout and effect utilities. The family must be
 * followed by `-` and a value, so role names such as `text`, `content` or `overflow` alone stay role words.
 */
const UTILITY_FAMILY_RE =
	/^-?(?:[mp][xytblrse]?|w|h|min-w|min-h|max-w|max-h|size|gap(?:-[xy])?|space-[xy]|inset(?:-[xy])?|top|left|right|bottom|z|order|basis|grow|shrink|flex|grid-cols|grid-rows|col|row|items|justify|content|self|place|overflow(?:-[xy])?|text|font|leading|tracking|bg|from|via|to|border(?:-[xytblrse])?|rounded(?:-[a-z]{1,2})?|shadow|opacity|ring|outline|divide-[xy]|fill|stroke|transition|duration|ease|delay|animate|translate-[xy]|scale(?:-[xy])?|rotate|origin|cursor|select|line-clamp|aspect|object|decoration|underline-offset|list|columns)-[\w./-]+$/;

/** Whether a class is a utility class (styling only). */
export function isUtilityClass(cls: string): boolean {
	return VARIANT_OR_ARBITRARY_RE.test(cls) || UTILITY_FAMILY_RE.test(cls);
}

/** The classes that may name a block's role: the utility classes left out (the same array when there are none). */
export function roleClasses(classes: readonly string[]): readonly string[] {
	let utility = 0;
	for (const c of classes) if (isUtilityClass(c)) utility++;
	return utility === 0 ? classes : classes.filter((c) => !isUtilityClass(c));
}
