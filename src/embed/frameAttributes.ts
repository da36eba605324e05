/**
 * The iframe settings the loader uses and the embedding guide shows: what the frame may do, and
 * nothing more. Forms: each answer is a form control. Top navigation on a tap: the quick exit and
 * phone links leave the frame. Pop-ups escaping the sandbox: the safety page opens in a new tab.
 * Modals: printing the outcome.
 */
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-modals';
export const FRAME_ALLOW = 'clipboard-write';
export const FRAME_REFERRER_POLICY = 'no-referrer';
/** A plain <iframe> without the loader cannot follow the content: this fits every step on a phone. */
export const FIXED_FRAME_HEIGHT = 1200;
export const INITIAL_FRAME_HEIGHT = 640;
