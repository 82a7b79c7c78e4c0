import { readStory, fixturePath } from "./tests/helpers.ts";
const [file, ...ps] = process.argv.slice(2);
const story = readStory(fixturePath(file!));
for (const p of ps) console.log(`¶${p}: ${story.body[Number(p)-1]?.text}\n`);
