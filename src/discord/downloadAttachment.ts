import type { Attachment } from "discord.js";
import { UserFacingError } from "../errors.js";

/** A story file's download may take this long; a slow CDN is not waited on past it. */
const DOWNLOAD_TIMEOUT_MS = 10_000;

/**
 * An attachment's bytes, never more than `limit`: its declared size is checked first, and the
 * download is cut off one byte past the limit (a size can be wrong). Throws a UserFacingError.
 */
export async function downloadAttachment(
  attachment: Pick<Attachment, "name" | "size" | "url">,
  limit: number,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new UserFacingError(
      `${attachment.name} is more than a news story (the limit is ${limit / 1024} KB). Split it into stories.`,
    );
  if (attachment.size > limit) throw tooLarge();
  let response: Response;
  try {
    response = await fetch(attachment.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch {
    throw new UserFacingError(`Could not download ${attachment.name} from Discord. Try again.`);
  }
  if (!response.ok || !response.body)
    throw new UserFacingError(
      `Could not download ${attachment.name} from Discord (HTTP ${response.status}). Try again.`,
    );
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
