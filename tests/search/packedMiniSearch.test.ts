import { describe, expect, it } from "vitest";
import { PackedMiniSearch } from "../../src/search/packedMiniSearch.js";

interface Note {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly author: string;
}

const OPTIONS = { fields: ["title", "text"], storeFields: ["author"] };
const NOTES: Note[] = [
  { id: "a", title: "Harbor ferry", text: "The ferry to Port Alder ran late", author: "Dana Ruiz" },
  {
    id: "b",
    title: "Council vote",
    text: "The council voted on the ferry budget",
    author: "Ken Obi",
  },
  { id: "c", title: "Storm", text: "A storm closed the harbor and the ferry", author: "Tom Vance" },
  { id: "d", title: "Budget", text: "The budget grew by a tenth", author: "Dana Ruiz" },
];

function built(): PackedMiniSearch<Note> {
  const search = new PackedMiniSearch<Note>(OPTIONS);
  search.addAll(NOTES);
  // A discarded and a re-added document leave gaps and a later number, as a live index does.
  search.discard("b");
  search.add({
    id: "e",
    title: "Ferry fares",
    text: "Fares rise for the ferry",
    author: "Ken Obi",
  });
  return search;
}

/** MiniSearch's own plain form, its terms in alphabetical order (a loaded tree may list them otherwise). */
function byTerm(search: PackedMiniSearch<Note>) {
  const plain = search.toJSON();
  return { ...plain, index: [...plain.index].sort(([a], [b]) => a.localeCompare(b)) };
}

describe("PackedMiniSearch", () => {
  it("GIVEN an index packed and sent through JSON THEN it loads as the same index MiniSearch would write", () => {
    const original = built();
    const loaded = PackedMiniSearch.fromPacked<Note>(
      JSON.parse(JSON.stringify(original.toPacked())),
      OPTIONS,
    );
    expect(byTerm(loaded)).toEqual(byTerm(original));
    for (const query of ["ferry", "budget council", "harb", "storm ferry"]) {
      expect(loaded.search(query, { prefix: true })).toEqual(
        original.search(query, { prefix: true }),
      );
    }
  });

  it("GIVEN a loaded index THEN documents can still be added and discarded", () => {
    const loaded = PackedMiniSearch.fromPacked<Note>(built().toPacked(), OPTIONS);
    loaded.discard("a");
    loaded.add({ id: "f", title: "Ferry", text: "A new ferry", author: "Tom Vance" });
    expect(loaded.search("ferry").map((hit) => hit.id)).toEqual(
      expect.arrayContaining(["f", "c", "e"]),
    );
    expect(loaded.search("ferry").map((hit) => hit.id)).not.toContain("a");
    expect(loaded.search("ferry").find((hit) => hit.id === "f")?.author).toBe("Tom Vance");
  });
});
