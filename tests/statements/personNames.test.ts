import { describe, expect, it } from "vitest";
import {
  cardRole,
  holdsRole,
  isFirstNameOf,
  nameDistance,
  peopleNamed,
  peopleNamedIn,
  surnameOf,
  typosAllowed,
  withoutHonorific,
} from "../../src/statements/personNames.js";
import type { Person } from "../../src/statements/types.js";

const person = (name: string, role?: string): Person => ({
  name,
  ...(role ? { role } : {}),
  aliases: [name, surnameOf(name)],
  paragraphs: [1],
});
const sullivan = person("Jake Sullivan", "White House national security adviser");
const deWit = person("Sanne de Wit", "Trade Minister");
const olsen = person("Mark Olsen");
const olson = person("Mary Olson");

describe("person names", () => {
  it.each([
    ["Jake Sullivan", "Sullivan"],
    ["Sanne de Wit", "de Wit"],
    ["Ludwig van Beethoven", "van Beethoven"],
    ["Cher", "Cher"],
    ["de Gaulle", "Gaulle"],
  ])("GIVEN %j THEN the surname is %j", (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });

  it("GIVEN a name's length THEN one typo per five letters is forgiven, at least one and at most three", () => {
    expect(typosAllowed("Sulivan")).toBe(1);
    expect(typosAllowed("Amirabdolahian")).toBe(2);
    expect(typosAllowed("x".repeat(60))).toBe(3);
  });

  it("GIVEN a typed name THEN its distance is to the nearest of the person's names, case and accents aside", () => {
    expect(nameDistance("sulivan", sullivan)).toBe(1);
    expect(nameDistance("JAKE SULLIVAN", sullivan)).toBe(0);
  });

  it("GIVEN a name one typo from one person THEN that person; GIVEN one equally near two THEN both", () => {
    expect(peopleNamed("Sulivan", [sullivan, deWit])).toEqual([sullivan]);
    expect(peopleNamed("Mari Olsom", [olsen, olson])).toEqual([olson]);
    expect(peopleNamed("Marc Olsan", [olsen, olson])).toEqual([olsen, olson]);
    expect(peopleNamed("Kowalski", [sullivan, deWit])).toEqual([]);
  });

  it("GIVEN longer text THEN the people written whole inside it", () => {
    expect(peopleNamedIn("Jake Sullivan, the White House adviser", [sullivan, deWit])).toEqual([
      sullivan,
    ]);
    expect(peopleNamedIn("Sullivanesque", [sullivan])).toEqual([]);
  });

  it("GIVEN an honorific, a first name or a role THEN what each names", () => {
    expect(withoutHonorific("Dr. Mehta")).toBe("Mehta");
    expect(withoutHonorific("Drew Mehta")).toBe("Drew Mehta");
    expect(isFirstNameOf("jake", sullivan)).toBe(true);
    expect(isFirstNameOf("Sullivan", sullivan)).toBe(false);
    expect(holdsRole("the trade minister", deWit)).toBe(true);
    expect(holdsRole("security adviser", sullivan)).toBe(true);
    expect(holdsRole("the", sullivan)).toBe(false);
    expect(holdsRole("mayor", sullivan)).toBe(false);
  });
});

describe("cardRole", () => {
  it.each([
    ["Dutch security researcher who", "Dutch security researcher"],
    ["Britain's", undefined],
    ["We found out from a leaked email,' said", undefined],
    ["They just looked exhausted,' said", undefined],
    ["Pulsewell's chief executive", "Pulsewell's chief executive"],
    ["U.S. District Judge", "U.S. District Judge"],
    // Clause fragments: a verb, a word that needs more after it, a personal pronoun.
    ["she saw", undefined],
    ["dairy farmer named", undefined],
    ["first-degree murder in the death of", undefined],
    ["everyone on both banks calls her", undefined],
    ["lawyer representing", undefined],
    // A preposition ties the name to something else; the role is what follows it.
    ["of Russian figure skater", "Russian figure skater"],
    // Nouns a tagger may read as verbs stay roles.
    ["Judge", "Judge"],
    ["Substitute", "Substitute"],
    ["board chair", "board chair"],
    ["fishing guide in Fort Mercer", "fishing guide in Fort Mercer"],
    // Shown after the name: "Grace, her daughter".
    ["Her daughter", "her daughter"],
    ["Its chair", "its chair"],
    [undefined, undefined],
  ])("GIVEN the words %j before or after a name THEN the role shown is %j", (words, role) => {
    expect(cardRole(words)).toBe(role);
  });
});
