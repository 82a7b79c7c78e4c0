import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { UserFacingError } from "../errors.js";
import { splitNameList } from "./nameList.js";

/** A field left blank (`title:`) is a field left out. */
function asText(value: unknown): unknown {
  return value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;
}

const text = z.preprocess(asText, z.string().trim().optional());

const FrontMatterSchema = z.object({
  title: text,
  outlet: text,
  url: z.preprocess(asText, z.url({ protocol: /^https?$/ }).optional()),
  published: text,
  contributors: z.preprocess(
    (value) => (Array.isArray(value) ? value.map(asText).filter(Boolean) : asText(value)),
    z.union([z.string().transform(splitNameList), z.array(z.string().trim().min(1))]).optional(),
  ),
});

/** What each field takes, for an error a writer can act on. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  title: "a line of text, e.g. title: Council passes budget",
  outlet: "the publication's name, e.g. outlet: Harbor City Ledger",
  url: "a web address starting with http:// or https://, e.g. url: https://www.example.com/story",
  published: "a date, e.g. published: 2026-03-14",
  contributors:
    'a name, a list of names, or "A, B and C", e.g. contributors: [Dana Whitfield, Marcus Oyelaran]',
};

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export interface SplitFrontMatter {
  readonly frontMatter: FrontMatter;
  /** The text after the front matter. */
  readonly body: string;
  /** Lines the front matter took, so later errors can point at the right line. */
  readonly lineCount: number;
}

/**
 * Separates YAML front matter (between `---` lines at the top of a Markdown story) from the body
 * and checks its fields: title, outlet, url, published, contributors (a list or "A, B and C").
 * Unknown fields are ignored. Broken front matter throws a UserFacingError naming file and line.
 */
export function splitFrontMatter(file: string, text: string): SplitFrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, lineCount: 0 };
  const lines = text.split("\n");
  const closing = lines.findIndex(
    (line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line),
  );
  if (closing === -1) {
    throw new UserFacingError(
      `${file}: the front matter opened with --- on line 1 is never closed. Add a line with --- after it.`,
    );
  }
  const yamlText = lines.slice(1, closing).join("\n");
  let data: unknown;
  try {
    // "failsafe": every value is the text written ("0x10", "1.50", "2026-03-14"), never a number
    // or date YAML made of it. "error": its warnings (an unknown !!tag) would go to stderr.
    data = parseYaml(yamlText, { logLevel: "error", schema: "failsafe" }) ?? {};
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0].line ?? 0) + 1;
      const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
      throw new UserFacingError(
        `${file}, line ${line}: the front matter is not valid YAML (${reason}).`,
      );
    }
    // The yaml package stops an "alias bomb" (aliases of aliases that expand to millions of
    // nodes) with a ReferenceError that calls it a resource exhaustion attack.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new UserFacingError(
        `${file}: the front matter has too many YAML aliases (*name), which expand to more than a story's details. Write the values out.`,
      );
    }
    throw error;
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new UserFacingError(
      `${file}: the front matter must be "key: value" lines (title, outlet, url, published, contributors).`,
    );
  }
  const checked = FrontMatterSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    const hint = FIELD_HINTS[field];
    throw new UserFacingError(
      hint
        ? `${file}: front matter field "${field}" must be ${hint}.`
        : `${file}: the front matter is invalid: ${issue?.message ?? "unexpected value"}.`,
    );
  }
  return {
    frontMatter: checked.data,
    body: lines.slice(closing + 1).join("\n"),
    lineCount: closing + 1,
  };
}
