/** Text to match as written inside a regular expression: "Ben-Ali (Jr.)" matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
