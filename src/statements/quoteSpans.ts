import { withDoubleQuotes } from "./singleQuotes.js";

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
 * (''…'', as some papers print them) marks, or single ones in a paragraph quoted British-style.
 * A quote left open at the paragraph's end is returned with `closed: false`.
 */
export function findQuoteSpans(printed: string): QuoteSpan[] {
  // Single marks read as double ones, every offset in place.
  const text = withDoubleQuotes(printed);
  const spans: QuoteSpan[] = [];
  let opened: Opening | null = null;
  for (const match of text.matchAll(MARK)) {
    const mark = match[0];
    const index = match.index;
    if (opened === null) {
      if (mark !== "”")
        opened = { index, length: mark.length, closer: CLOSERS[mark] ?? mark, inner: [] };
      continue;
    }
    if (closes(opened, mark, index)) {
      spans.push(span(opened, index, mark.length));
      opened = null;
    }
  }
  if (opened !== null) {
    // “… left open, with a straight mark that never found its pair: that mark was the close.
    const [stray, ...more] = opened.inner;
    spans.push(
      opened.closer === "”" && stray !== undefined && more.length === 0
        ? span(opened, stray, 1)
        : { ...span(opened, text.length, 0), closed: false },
    );
  }
  return spans.map((found) => trimSpan(text, found)).filter((found) => found.end > found.start);
}

interface Opening {
  readonly index: number;
  readonly length: number;
  readonly closer: string;
  /** Marks of the other kind opened inside, still waiting for their pair. */
  readonly inner: number[];
}

/**
 * Whether `mark` closes the open quote. A quote closes on its own kind of mark (“…”, "…", ''…'');
 * the other kind nests inside. Papers also mix them ("…”), so an unnested mark of the other
 * kind closes too.
 */
function closes(opened: Opening, mark: string, index: number): boolean {
  if (mark === opened.closer) return true;
  if (opened.closer === '"' && mark === "“") opened.inner.push(index);
  else if (opened.closer === '"' && mark === "”") {
    if (opened.inner.length === 0) return true;
    opened.inner.pop();
  } else if (opened.closer === "”" && mark === '"') {
    if (opened.inner.length > 0) opened.inner.pop();
    else opened.inner.push(index);
  }
  return false;
}

function span(opened: Opening, at: number, length: number): QuoteSpan {
  return {
    open: opened.index,
    start: opened.index + opened.length,
    end: at,
    close: at + length,
    closed: true,
  };
}

function trimSpan(text: string, span: QuoteSpan): QuoteSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { ...span, start, end };
}
