/** One reader for the parameters of the citizen page, the embed page and the staff view. */
import { describe, expect, it } from 'vitest';
import { oneOf, readParam, readParamOrWarn } from '../../src/app/queryParam';

const ids = oneOf(['show', 'hide'] as const);
const params = new URLSearchParams('languages=hide&lang=de&empty=');

describe('readParam', () => {
  it('gives the value when the parse takes it', () => {
    expect(readParam(params, 'languages', ids)).toEqual({ value: 'hide', refused: null });
  });

  it('gives the refused text when the parse does not', () => {
    expect(readParam(params, 'lang', oneOf(['fi', 'sv']))).toEqual({ value: null, refused: 'de' });
    expect(readParam(params, 'empty', ids)).toEqual({ value: null, refused: '' });
  });

  it('gives neither when the parameter is absent', () => {
    expect(readParam(params, 'page', ids)).toEqual({ value: null, refused: null });
  });
});

describe('readParamOrWarn', () => {
  it('warns once for a refused value, naming it and what is allowed', () => {
    const warnings: string[] = [];
    expect(readParamOrWarn(params, 'lang', oneOf(['fi']), 'fi, sv', warnings)).toBeNull();
    expect(readParamOrWarn(params, 'languages', ids, 'show, hide', warnings)).toBe('hide');
    expect(readParamOrWarn(params, 'page', ids, 'x', warnings)).toBeNull();
    expect(warnings).toEqual(['ignored lang="de"; allowed: fi, sv']);
  });
});

describe('oneOf', () => {
  it('takes exactly the ids of its list', () => {
    expect(ids('show')).toBe('show');
    expect(ids('Show')).toBeNull();
    expect(ids('show ')).toBeNull();
    expect(ids('')).toBeNull();
    expect(oneOf([])('anything')).toBeNull();
  });
});
