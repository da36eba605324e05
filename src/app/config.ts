/**
 * Settings of the UI that are not routing rules (those are in machines/rules.ts).
 * The quick exit goes to a neutral, everyday site: the Finnish Meteorological Institute's weather.
 */
export const QUICK_EXIT_URL = 'https://www.ilmatieteenlaitos.fi/';
