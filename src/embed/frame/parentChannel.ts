/**
 * The embedded app's line to the loader in the partner's page: set up once by embedMain with the
 * id and origin the loader gave the frame. Without it (a plain iframe, the full app) nothing is sent.
 */
import { LEAVE_MESSAGE, STEP_MESSAGE, type LeaveMessage, type StepMessage } from '../messages';

let parent: { id: string; origin: string | null } | null = null;

export function connectToParent(id: string, origin: string | null): void {
  parent = { id, origin };
}

/** Asks the loader to leave for the quick exit's site; false when there is no loader to ask. */
export function askParentToLeave(): boolean {
  if (parent === null || window.parent === window) return false;
  const message: LeaveMessage = { type: LEAVE_MESSAGE, id: parent.id };
  // Nothing secret: any page may learn that someone left.
  window.parent.postMessage(message, parent.origin ?? '*');
  return true;
}

/** Tells the loader that a new step is on screen, so that it shows the frame's top (and 112). */
export function tellParentNewStep(): void {
  if (parent === null || window.parent === window) return;
  const message: StepMessage = { type: STEP_MESSAGE, id: parent.id };
  window.parent.postMessage(message, parent.origin ?? '*');
}
