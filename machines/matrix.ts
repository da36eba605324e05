/**
 * The second public entry of the core: the routing matrix and the machine's graph, for the staff
 * view, the commands and the generated docs. Kept apart from machines/index.ts so that the citizen
 * pages' shared chunk does not carry them (a single entry put about 1 KB gzipped of staff-only
 * code on the start page, over its byte budget).
 */
export * from './machineGraph';
export * from './routingMatrix';
