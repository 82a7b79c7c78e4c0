import { describe, expect, it } from "vitest";
import { PeopleTable } from "../../src/statements/peopleTable.js";
import type { Person } from "../../src/statements/types.js";

const person = (name: string, aliases: string[], paragraphs: number[], role?: string): Person => ({
  name,
  aliases: [name, ...aliases],
  paragraphs,
  ...(role ? { role } : {}),
});
const ruiz = person("Dana Ruiz", ["Ruiz"], [1, 3, 4], "harbour master");
const obi = person("Ken Obi", ["Obi", "Mayor Obi"], [2]);
const vance = person("Tom Vance", ["Vance"], [2, 5]);
const danielle = person("Danielle Fenwick-Ortiz", ["Fenwick-Ortiz"], [6]);

const names = (found: { person: Person }[]) => found.map((f) => f.person.name);

describe("PeopleTable", () => {
  it("GIVEN the start of a first name, a surname or a title THEN the people it starts, the most mentioned first", () => {
    const table = new PeopleTable();
    table.set("pier", [ruiz, obi, danielle]);
    table.set("budget", [vance]);
    expect(names(table.find("dan", 25))).toEqual(["Dana Ruiz", "Danielle Fenwick-Ortiz"]);
    expect(names(table.find("RUI", 25))).toEqual(["Dana Ruiz"]);
    expect(names(table.find("mayor", 25))).toEqual(["Ken Obi"]);
    expect(names(table.find("ortiz", 25))).toEqual(["Danielle Fenwick-Ortiz"]);
    expect(names(table.find("dan fen", 25))).toEqual(["Danielle Fenwick-Ortiz"]);
    expect(names(table.find("zed", 25))).toEqual([]);
  });

  it("GIVEN nothing typed THEN everyone, the most mentioned first, up to the limit", () => {
    const table = new PeopleTable();
    table.set("pier", [obi, ruiz]);
    table.set("budget", [vance]);
    expect(names(table.find("", 25))).toEqual(["Dana Ruiz", "Tom Vance", "Ken Obi"]);
    expect(names(table.find("  ", 2))).toEqual(["Dana Ruiz", "Tom Vance"]);
  });

  it("GIVEN a story's people set again, then the story removed THEN only its latest people are found, then none", () => {
    const table = new PeopleTable();
    table.set("pier", [ruiz, obi]);
    table.set("budget", [vance, person("Dana Lee", ["Lee"], [1])]);
    table.set("pier", [obi]);
    expect(names(table.find("dan", 25))).toEqual(["Dana Lee"]);
    expect(table.find("ken", 25)).toEqual([{ story: "pier", person: obi }]);
    table.remove("pier");
    expect(names(table.find("", 25))).toEqual(["Tom Vance", "Dana Lee"]);
    table.remove("no-such-story");
    expect(names(table.find("", 25))).toEqual(["Tom Vance", "Dana Lee"]);
  });

  it("GIVEN more people starting with the letters typed than the limit THEN the most mentioned, ties in the order the stories were read", () => {
    const table = new PeopleTable();
    const crowd = Array.from({ length: 60 }, (_, i) =>
      person(
        `Dana Crew${i}`,
        [`Crew${i}`],
        Array.from({ length: (i * 7) % 5 }, (_, p) => p + 1),
      ),
    );
    table.set("pier", crowd.slice(0, 30));
    table.set("budget", crowd.slice(30));
    // What sorting every match by mentions would give: most first, ties in reading order.
    const expected = [...crowd]
      .sort((a, b) => b.paragraphs.length - a.paragraphs.length)
      .map((p) => p.name);
    expect(names(table.find("dan", 25))).toEqual(expected.slice(0, 25));
    expect(names(table.find("dana cr", 7))).toEqual(expected.slice(0, 7));
    expect(table.find("dan", 0)).toEqual([]);
  });
});
