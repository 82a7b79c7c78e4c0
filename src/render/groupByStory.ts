/**
 * Items split by the story they come from, in order of first appearance, so that each group can
 * carry its own story's credit line and no story's words sit under another's.
 */
export function groupByStory<T extends { readonly story: string }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.story);
    if (group) group.push(item);
    else groups.set(item.story, [item]);
  }
  return [...groups.values()];
}
