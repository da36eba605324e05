/**
 * The second public entry of the core, for the staff view, the commands and the generated docs:
 * the routing matrix, the machine's graph, answers run in one go, the command's JSON and reading a
 * typed moment. Kept apart from machines/index.ts so that the citizen pages' shared chunk does not
 * carry them: a module that the first load reaches through index.ts goes into its chunk with
 * everything the staff view uses of it (issue 13).
 */
export * from './machineGraph';
export * from './parseInstant';
export * from './routeAnswers';
export * from './routeJson';
export * from './routingMatrix';
