/**
 * The one public entry of the routing core: src/ and scripts/ import machines/ only from here
 * (eslint.config.js enforces it). What is not exported here is the core's own business.
 */
export * from './rules';
export * from './decision';
export * from './facts';
export * from './helsinkiCalendar';
export * from './machineGraph';
export * from './outcomeDescription';
export * from './routeJson';
export * from './routeAnswers';
export * from './routingMachine';
export * from './routingMatrix';
