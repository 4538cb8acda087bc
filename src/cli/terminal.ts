// Human-readable CLI output never carries a dump's control characters to the terminal (window titles, hyperlinks,
// cursor moves and bells are all escape sequences): they are shown as visible `\xNN` / `\uNNNN` escapes instead.

/** C0 controls other than tab and newline, DEL, C1 controls, and the bidi overrides that reorder what a line shows. */
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every terminal control character written as a visible escape. Tabs and newlines stay. */
export function escapeControls(text: string): string {
	return text.replace(CONTROL_RE, (c) => {
		const code = c.charCodeAt(0);
		return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
	});
}
