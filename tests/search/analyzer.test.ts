import { describe, expect, it } from "vitest";
import { buildAliasTable, EMPTY_ALIAS_TABLE } from "../../src/search/aliasTable.js";
import { createAnalyzer } from "../../src/search/analyzer.js";
import { placeAliasGroups } from "../../src/search/places.js";

const plain = createAnalyzer(EMPTY_ALIAS_TABLE);
const terms = (analyze: typeof plain, text: string) =>
  analyze(text).flatMap((token) => token.terms);

describe("analyzer", () => {
  it("GIVEN a question WHEN analysed THEN stop words and question words go and the rest is stemmed", () => {
    expect(terms(plain, "Where is Putin traveling on Tuesday?")).toEqual([
      "putin",
      "travel",
      "tuesdai",
    ]);
  });

  it("GIVEN curly and straight apostrophes, accents and capitals THEN both spellings give the same terms", () => {
    expect(terms(plain, "Muñoz’s Iran’s DRONES")).toEqual(terms(plain, "munoz's iran's drones"));
  });

  it("GIVEN a decomposed accent (“Pu\\u0301tin”, as some keyboards send it) or a zero-width space inside a word THEN the same terms as the plain word", () => {
    expect(terms(plain, "Pu\u0301tin")).toEqual(["putin"]);
    expect(terms(plain, "Pútin")).toEqual(["putin"]);
    expect(terms(plain, "pu\u200btin basel\u200bess")).toEqual(terms(plain, "putin baseless"));
    expect(terms(plain, "base\u00adless base\ufeffless")).toEqual(
      terms(plain, "baseless baseless"),
    );
  });

  it("GIVEN U.S. with periods or US in capitals THEN both are the term us, and the pronoun us is a stop word", () => {
    expect(terms(plain, "the U.S. said")).toEqual(["us"]);
    expect(terms(plain, "the US said")).toEqual(["us"]);
    expect(terms(plain, "tell us more")).toEqual([]);
  });

  it("GIVEN a question typed in capitals THEN its words are not taken for acronyms", () => {
    expect(terms(plain, "WHERE IS PUTIN GOING TODAY")).toEqual(
      terms(plain, "where is putin going today"),
    );
  });

  it("GIVEN numbers with thousands separators and hyphenated words THEN numbers are bare and parts are separate terms", () => {
    expect(terms(plain, "1,200 drone-carrying ships")).toEqual(["1200", "drone", "carri", "ship"]);
  });

  it("GIVEN the places list THEN a demonym and its country share a group term, and a word keeps its own spelling too", () => {
    const analyze = createAnalyzer(buildAliasTable(placeAliasGroups()));
    const [iranian] = analyze("Iranian");
    const [iran] = analyze("Iran");
    expect(iranian?.terms[0]).toBe("iranian");
    expect(iranian?.terms[1]).toBeDefined();
    expect(iranian?.terms[1]).toBe(iran?.terms[1]);
  });

  it("GIVEN Britain on its own THEN it is the group of British and the United Kingdom", () => {
    const analyze = createAnalyzer(buildAliasTable(placeAliasGroups()));
    const [britain] = analyze("Britain's");
    const [british] = analyze("British");
    expect(britain?.terms[1]).toBeDefined();
    expect(britain?.terms[1]).toBe(british?.terms[1]);
  });

  it("GIVEN a two-letter country code THEN it aliases only when written as an acronym", () => {
    const analyze = createAnalyzer(buildAliasTable(placeAliasGroups()));
    const american = analyze("American")[0]?.terms[1];
    expect(analyze("U.S.")[0]?.terms).toContain(american);
    expect(analyze("US")[0]?.terms).toContain(american);
    expect(terms(analyze, "it is")).toEqual([]);
  });

  it("GIVEN a multi-word alias THEN the phrase yields its group term over the whole phrase", () => {
    const analyze = createAnalyzer(
      buildAliasTable([{ members: ["UAVs", "unmanned aerial vehicles", "drones"] }]),
    );
    const text = "two unmanned aerial vehicles";
    const group = analyze("drone")[0]?.terms[1];
    const phrase = analyze(text).find(
      (token) => token.terms.includes(group ?? "?") && token.end - token.start > 10,
    );
    expect(text.slice(phrase?.start, phrase?.end)).toBe("unmanned aerial vehicles");
  });
});
