import MiniSearch, { type Options } from "minisearch";

/**
 * A MiniSearch index as arrays: MiniSearch's own toJSON keys every posting list, field length
 * and stored field by document number in an object ({"8123": 2, …}), which JSON.parse builds as
 * a dictionary and loadJS turns back into Maps key by key. Loading 10,000 generated stories'
 * index (200,000 paragraphs, 2026-12-07) took 2.0–2.9 s to parse and 2.9 s to rebuild that way,
 * and 0.5 s and 1.0 s as these arrays.
 */
export interface PackedIndex {
  readonly documentCount: number;
  readonly nextId: number;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly averageFieldLength: readonly number[];
  readonly dirtCount: number;
  /** Each document's number, and in the same order its id, field lengths and stored fields. */
  readonly shortIds: readonly number[];
  readonly ids: readonly unknown[];
  readonly fieldLengths: readonly (readonly number[])[];
  readonly storedFields: readonly (Readonly<Record<string, unknown>> | null)[];
  /**
   * Each term with, per field, the numbers of the documents holding it (each as the difference
   * from the one before) and how often each holds it.
   */
  readonly index: readonly (readonly [
    term: string,
    fields: readonly (readonly [
      fieldId: number,
      shortIdSteps: readonly number[],
      frequencies: readonly number[],
    ])[],
  ])[];
}

/** MiniSearch that writes and reads its index as a PackedIndex, through its protected fields. */
export class PackedMiniSearch<T> extends MiniSearch<T> {
  /** The index as arrays, for fromPacked to load. */
  toPacked(): PackedIndex {
    const shortIds = [...this._documentIds.keys()];
    const index: [string, [number, number[], number[]][]][] = [];
    for (const [term, fieldIndex] of this._index) {
      const fields: [number, number[], number[]][] = [];
      for (const [fieldId, frequencies] of fieldIndex) {
        const steps: number[] = [];
        let previous = 0;
        for (const shortId of frequencies.keys()) {
          steps.push(shortId - previous);
          previous = shortId;
        }
        fields.push([fieldId, steps, [...frequencies.values()]]);
      }
      index.push([term, fields]);
    }
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      dirtCount: this._dirtCount,
      shortIds,
      ids: shortIds.map((shortId) => this._documentIds.get(shortId)),
      fieldLengths: shortIds.map((shortId) => this._fieldLength.get(shortId) ?? []),
      storedFields: shortIds.map((shortId) => this._storedFields.get(shortId) ?? null),
      index,
    };
  }

  /** The index toPacked wrote, with the options it was made with. */
  static fromPacked<T>(packed: PackedIndex, options: Options<T>): PackedMiniSearch<T> {
    const search = new PackedMiniSearch<T>(options);
    search._documentCount = packed.documentCount;
    search._nextId = packed.nextId;
    // The parsed arrays and objects are the index's own from here: nothing else holds them.
    search._fieldIds = packed.fieldIds as Record<string, number>;
    search._avgFieldLength = packed.averageFieldLength as number[];
    search._dirtCount = packed.dirtCount;
    packed.shortIds.forEach((shortId, i) => {
      search._documentIds.set(shortId, packed.ids[i]);
      search._idToShortId.set(packed.ids[i], shortId);
      search._fieldLength.set(shortId, (packed.fieldLengths[i] ?? []) as number[]);
      const stored = packed.storedFields[i];
      if (stored) search._storedFields.set(shortId, stored as Record<string, unknown>);
    });
    for (const [term, fields] of packed.index) {
      const fieldIndex = new Map<number, Map<number, number>>();
      for (const [fieldId, steps, frequencies] of fields) {
        const documents = new Map<number, number>();
        let shortId = 0;
        steps.forEach((step, i) => {
          shortId += step;
          documents.set(shortId, frequencies[i] ?? 0);
        });
        fieldIndex.set(fieldId, documents);
      }
      search._index.set(term, fieldIndex);
    }
    return search;
  }
}
