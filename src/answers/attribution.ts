import type { Story } from "../story/types.js";

/** Where a passage comes from: enough to cite it. */
export interface Attribution {
  readonly story: string;
  readonly title: string;
  readonly outlet?: string;
  readonly contributors: readonly string[];
  readonly paragraph: number;
  readonly url?: string;
  readonly published?: string;
}

export function attributionFor(story: Story, paragraph: number): Attribution {
  return {
    story: story.id,
    title: story.title,
    ...(story.outlet ? { outlet: story.outlet } : {}),
    contributors: story.contributors,
    paragraph,
    ...(story.url ? { url: story.url } : {}),
    ...(story.published ? { published: story.published } : {}),
  };
}
