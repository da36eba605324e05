/**
 * The public entry of the routing core: src/ and scripts/ import machines/ only from here, or,
 * for the staff tools and the commands, from machines/matrix.ts (eslint.config.js enforces it).
 */
export * from './rules';
export * from './decision';
export * from './facts';
export * from './helsinkiCalendar';
export * from './outcomeDescription';
export * from './routingMachine';
