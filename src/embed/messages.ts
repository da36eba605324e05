/**
 * The one message the embedded app sends to the page that embeds it: its content height. The
 * loader (embed.js) accepts it only from the app's own origin, from its own frame, with its id.
 */
export const HEIGHT_MESSAGE = 'kenelle-soitan:height';
export const MAX_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

export const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, height } = data as Record<string, unknown>;
  return (
    type === HEIGHT_MESSAGE &&
    typeof id === 'string' &&
    EMBED_ID_PATTERN.test(id) &&
    // Stryker disable next-line ConditionalExpression: Number.isFinite refuses non-numbers too
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height > 0 &&
    height <= MAX_HEIGHT &&
    Object.keys(data).length === 3
  );
}
