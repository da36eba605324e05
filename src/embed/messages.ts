/**
 * The messages the embedded app sends to the page that embeds it: its content height, a request to
 * leave (the quick exit), and that a new step is on screen (so its top, with 112, is shown). The loader (embed.js) accepts them only from the app's own
 * origin, from its own frame, with its id and exactly this shape.
 */
export const HEIGHT_MESSAGE = 'kenelle-soitan:height';
export const LEAVE_MESSAGE = 'kenelle-soitan:leave';
export const STEP_MESSAGE = 'kenelle-soitan:step';
export const MAX_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

export interface LeaveMessage {
  type: typeof LEAVE_MESSAGE;
  id: string;
}

export interface StepMessage {
  type: typeof STEP_MESSAGE;
  id: string;
}

export const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

function fields(data: unknown, count: number): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null) return null;
  if (Object.keys(data).length !== count) return null;
  const record = data as Record<string, unknown>;
  return typeof record.id === 'string' && EMBED_ID_PATTERN.test(record.id) ? record : null;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  const record = fields(data, 3);
  if (record === null) return false;
  const { type, height } = record;
  return (
    type === HEIGHT_MESSAGE &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height > 0 &&
    height <= MAX_HEIGHT
  );
}

export function isLeaveMessage(data: unknown): data is LeaveMessage {
  return fields(data, 2)?.type === LEAVE_MESSAGE;
}

export function isStepMessage(data: unknown): data is StepMessage {
  return fields(data, 2)?.type === STEP_MESSAGE;
}
