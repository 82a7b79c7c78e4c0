/**
 * The labels of a web page's sharing and navigation widgets, which come along when a story is
 * copied out of a browser: "Share this with", "Email", "Facebook", "Copy this link",
 * "Advertisement". A closed class (what news sites print on their buttons), not story text.
 */
const WIDGET_LABEL = String.raw`(?:share(?:\s+(?:this|on|via))?(?:\s+(?:with|article|story|page|link))?|e-?mail(?:\s+this)?|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|messenger|telegram|threads|bluesky|tumblr|print(?:\s+this)?|copy(?:\s+(?:this|the))?\s+link|link\s+copied|copied|comments?|save(?:\s+(?:article|story))?|bookmark|gift\s+(?:this\s+)?article|advertisement|story\s+continues\s+below(?:\s+advertisement)?|read\s+more|follow\s+us|subscribe|sign\s+up|skip\s+to\s+(?:main\s+)?content|close|menu)`;

/** A whole line of widget labels, alone or run together ("Facebook | Twitter | Email"). */
const WIDGET_LINE = new RegExp(String.raw`^(?:${WIDGET_LABEL}[\s|•·/,:;.-]*)+$`, "iu");

/** Whether a block of a story file is only web-page widget labels, not part of the story. */
export function isPageLeftover(text: string): boolean {
  return text.length <= 120 && WIDGET_LINE.test(text.trim());
}
