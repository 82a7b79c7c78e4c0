/** A quotation inside a paragraph. */
export interface QuoteSpan {
  /** Where its opening mark is. */
  readonly open: number;
  /** The quoted words (start, end exclusive), without the marks. */
  readonly start: number;
  readonly end: number;
  /** Just after the closing mark, or the paragraph's end when the quote runs on. */
  readonly close: number;
  /** False when the paragraph ends inside the quote: by news convention it continues in the next. */
  readonly closed: boolean;
}

const MARK = /“|”|"|''|„/g;
const CLOSERS: Record<string, string> = { "“": "”", "„": "“", '"': '"', "''": "''" };

/**
 * The quotations of a paragraph, in order: curly (“…”), straight ("…") and doubled-apostrophe
 * (''…'', as some papers print them) marks. A quote left open at the paragraph's end is returned
 * with `closed: false`.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let opened: { index: number; length: number; closer: string } | null = null;
  for (const match of text.matchAll(MARK)) {
    const mark = match[0];
    const index = match.index;
    if (opened === null) {
      if (mark !== "”") opened = { index, length: mark.length, closer: CLOSERS[mark] ?? mark };
      continue;
    }
    // A quote closes on its own kind of mark: “…” or "…" or ''…''; the other kind nests inside.
    if (mark !== opened.closer) continue;
    spans.push({
      open: opened.index,
      start: opened.index + opened.length,
      end: index,
      close: index + mark.length,
      closed: true,
    });
    opened = null;
  }
  if (opened !== null) {
    spans.push({
      open: opened.index,
      start: opened.index + opened.length,
      end: text.length,
      close: text.length,
      closed: false,
    });
  }
  return spans.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start);
}

function trimSpan(text: string, span: QuoteSpan): QuoteSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { ...span, start, end };
}
