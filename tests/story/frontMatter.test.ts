import { describe, expect, it, vi } from "vitest";
import { UserFacingError } from "../../src/errors.js";
import { splitFrontMatter } from "../../src/story/frontMatter.js";

const FILE = "stories/budget.md";

function errorFrom(text: string): UserFacingError {
  try {
    splitFrontMatter(FILE, text);
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error("expected splitFrontMatter to throw");
}

describe("splitFrontMatter", () => {
  it("GIVEN a text without a leading --- WHEN split THEN there is no front matter and the body is the whole text", () => {
    const text = "The council met.\n---\ntitle: not front matter\n---\n";
    expect(splitFrontMatter(FILE, text)).toEqual({ frontMatter: {}, body: text, lineCount: 0 });
  });

  it("GIVEN front matter with every field WHEN split THEN each is read and the body starts after the closing ---", () => {
    const split = splitFrontMatter(
      FILE,
      [
        "---",
        "title: Council passes budget",
        "outlet: Harbor City Ledger",
        "url: https://example.com/budget",
        "published: 2026-03-14",
        "contributors: [Dana Whitfield, Marcus Oyelaran]",
        "---",
        "",
        "The council met.",
      ].join("\n"),
    );
    expect(split.frontMatter).toEqual({
      title: "Council passes budget",
      outlet: "Harbor City Ledger",
      url: "https://example.com/budget",
      published: "2026-03-14",
      contributors: ["Dana Whitfield", "Marcus Oyelaran"],
    });
    expect(split.body).toBe("\nThe council met.");
    expect(split.lineCount).toBe(7);
  });

  it('GIVEN contributors written "A, B, and C" WHEN split THEN they become three names', () => {
    const split = splitFrontMatter(
      FILE,
      "---\ncontributors: Ana Ruiz, Tom Hale, and Li Wei\n---\nBody.",
    );
    expect(split.frontMatter.contributors).toEqual(["Ana Ruiz", "Tom Hale", "Li Wei"]);
  });

  it("GIVEN front matter closed with ... WHEN split THEN it is accepted", () => {
    const split = splitFrontMatter(FILE, "---\ntitle: Dots\n...\nBody.");
    expect(split.frontMatter).toEqual({ title: "Dots" });
    expect(split.body).toBe("Body.");
  });

  it("GIVEN empty front matter WHEN split THEN it holds no fields", () => {
    expect(splitFrontMatter(FILE, "---\n---\nBody.").frontMatter).toEqual({});
  });

  it("GIVEN broken YAML on the third line of the file WHEN split THEN a UserFacingError names the file and line 3", () => {
    const error = errorFrom("---\ntitle: Council passes budget\noutlet: Ledger: Metro\n---\nBody.");
    expect(error.message).toMatch(
      /^stories\/budget\.md, line 3: the front matter is not valid YAML \(.+\)\.$/,
    );
  });

  it("GIVEN a key repeated on the fifth line of the file WHEN split THEN the error names line 5 and says why", () => {
    const error = errorFrom(
      "---\ntitle: Budget\noutlet: Ledger\npublished: 2026-03-14\ntitle: Again\n---\nBody.",
    );
    expect(error.message).toBe(
      `${FILE}, line 5: the front matter is not valid YAML (Map keys must be unique).`,
    );
  });

  it("GIVEN front matter that is never closed WHEN split THEN a UserFacingError names the file and says to add ---", () => {
    const error = errorFrom("---\ntitle: Budget\n\nThe council met.\n");
    expect(error.message).toBe(
      `${FILE}: the front matter opened with --- on line 1 is never closed. Add a line with --- after it.`,
    );
  });

  it.each([
    ["not a url at all", "not a url"],
    ["an ftp url", "ftp://example.com/story"],
  ])(
    "GIVEN a url that is %s WHEN split THEN a UserFacingError names the url field",
    (_what, url) => {
      const error = errorFrom(`---\nurl: ${url}\n---\nBody.`);
      expect(error.message).toBe(
        'stories/budget.md: front matter field "url" must be a web address starting with http:// or https://, e.g. url: https://www.example.com/story.',
      );
    },
  );

  it.each([
    ["an empty title", "title: ''"],
    ["a title left blank", "title:"],
  ])("GIVEN %s WHEN split THEN there is no title, as if the field were left out", (_what, line) => {
    expect(splitFrontMatter(FILE, `---\n${line}\n---\nBody.`).frontMatter.title).toBeUndefined();
  });

  it.each([
    ["title: 2026", { title: "2026" }],
    ["outlet: 1984", { outlet: "1984" }],
    ["contributors: [Ana Ruiz, 42]", { contributors: ["Ana Ruiz", "42"] }],
    ["title: 0x10", { title: "0x10" }],
    ["outlet: 1.50", { outlet: "1.50" }],
    ["published: 2026-03-14", { published: "2026-03-14" }],
  ])(
    "GIVEN %j, a value YAML could read as a number or date WHEN split THEN it is the text written",
    (line, expected) => {
      expect(splitFrontMatter(FILE, `---\n${line}\n---\nBody.`).frontMatter).toEqual(expected);
    },
  );

  it("GIVEN a YAML tag it does not know (`!!js/function`) WHEN split THEN no Node warning is printed", () => {
    const warn = vi.spyOn(process, "emitWarning");
    try {
      splitFrontMatter(FILE, "---\ntitle: !!js/function 'x'\n---\nBody.");
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("GIVEN contributors as a map WHEN split THEN the error says what the field takes", () => {
    expect(errorFrom("---\ncontributors: {a: 1}\n---\nBody.").message).toBe(
      'stories/budget.md: front matter field "contributors" must be a name, a list of names, or "A, B and C", e.g. contributors: [Dana Whitfield, Marcus Oyelaran].',
    );
  });

  it.each([
    ["a list", "- title\n- outlet"],
    ["a bare sentence", "just some words"],
  ])(
    "GIVEN front matter that is %s rather than a mapping WHEN split THEN a UserFacingError asks for key: value lines",
    (_what, yaml) => {
      const error = errorFrom(`---\n${yaml}\n---\nBody.`);
      expect(error.message).toBe(
        `${FILE}: the front matter must be "key: value" lines (title, outlet, url, published, contributors).`,
      );
    },
  );
});
