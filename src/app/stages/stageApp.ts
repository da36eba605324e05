// The second stage (../startInStages.ts): this module's chunk imports the start-app chunk
// (vite.config.ts), so importing it evaluates the routing core, the texts' library and the pages.
import { initialTransition } from 'xstate';
import { routingMachine } from '../../../machines';
import { currentSession } from '../../citizen/flowSession';

export { createBrowserI18n } from '../../i18n/i18n';

/**
 * Starts the routing machine once and opens this tab's session storage, so that what their first
 * use costs (compiling the machine's code, opening the storage) falls in a task of its own, not
 * in the first render of the flow.
 */
export function warmUp(): void {
  initialTransition(routingMachine, { at: Date.now() });
  currentSession();
}
