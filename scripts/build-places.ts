/**
 * Regenerates src/search/data/places.json from the `world-countries` dataset:
 * for every country, the English names it goes by and its demonyms, so the
 * index can treat "Iranian" and "Iran" as one term. Run with `npm run build:places`.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const require = createRequire(import.meta.url);
const countries = require("world-countries") as Country[];

// "Republic of Turkey" → "Turkey": official long forms hide the short name people use.
const LONG_FORM =
  /^(?:(?:Federal |Islamic |Democratic |People's |Socialist |United |Arab )*(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Grand Duchy) of (?:the )?)(.+)$/;

// Short names the dataset lacks that the news uses on their own ("Britain's", beside "British").
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = { GB: ["Britain"] };

const places = countries.map((country) => {
  const names = new Set<string>([country.name.common, country.name.official]);
  for (const spelling of country.altSpellings) {
    // Bare two-letter codes (AI, IT, ID) collide with ordinary words and acronyms.
    if (spelling.length >= 3 && !spelling.includes(",")) names.add(spelling);
    const shortForm = LONG_FORM.exec(spelling)?.[1];
    if (shortForm) names.add(shortForm);
  }
  for (const name of EXTRA_NAMES[country.cca2] ?? []) names.add(name);
  const demonyms = new Set<string>();
  if (country.demonyms?.eng) {
    demonyms.add(country.demonyms.eng.m);
    demonyms.add(country.demonyms.eng.f);
  }
  return { code: country.cca2, names: [...names], demonyms: [...demonyms] };
});

const target = new URL("../src/search/data/places.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(places)}\n`);
console.log(`wrote ${places.length} places to ${target.pathname}`);
