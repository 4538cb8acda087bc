// An avatar's initials ("CP" in a circle before "Chengcheng Pei"): letters that stand for a name, not a name.
/**
 * Author cards draw a placeholder avatar as the person's initials, just before the name. Read after a lone "Author"
 * label (`bylineText.ts`), the initials were taken for the name. One to three capitals and nothing else; a real
 * name or handle is longer or not all capitals. Reason: issue 12 (helper meta32); measured with the bare "Author"
 * label in `bylineText.ts`.
 */
const INITIALS_RE = /^\p{Lu}{1,3}$/u;

/** Whether a text is only an avatar's initials. */
export function isAvatarInitials(text: string): boolean {
	return INITIALS_RE.test(text.trim());
}
