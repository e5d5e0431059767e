import { describe, expect, it } from 'vitest';
import {
  choiceField,
  intField,
  numberField,
  numberListField,
  ownParams,
  parseState,
  stateKey,
  writeState,
  type Field,
  type StateOf,
} from './schema';

const schema = {
  n: intField(5, 0, 10),
  rate: numberField(0.5, -1, 1),
  mode: choiceField('same', ['same', 'valid'] as const),
  kernel: numberListField([1, 2, 3], { minLength: 1, maxLength: 4, min: -10, max: 10 }),
};
const defaults: StateOf<typeof schema> = { n: 5, rate: 0.5, mode: 'same', kernel: [1, 2, 3] };

const GARBAGE = [
  '',
  ' ',
  'abc',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '[]',
  '{}',
  '%',
  '1,2',
  '--1',
];

/** Parses one raw value for one field through parseState, as a link would. */
const parseOne = <T>(field: Field<T>, raw: string): T =>
  parseState({ f: field }, 'w', new URLSearchParams([['w.f', raw]])).f as T;

describe('intField', () => {
  const field = intField(5, 0, 10);
  it('accepts whole numbers in range, including the bounds', () => {
    expect(parseOne(field, '0')).toBe(0);
    expect(parseOne(field, '10')).toBe(10);
    expect(parseOne(field, '7')).toBe(7);
  });
  it.each([...GARBAGE, '-1', '11', '2.5', '1e1000'])('falls back to the default for %j', (raw) => {
    expect(() => parseOne(field, raw)).not.toThrow();
    expect(parseOne(field, raw)).toBe(5);
  });
  it('formats as plain text', () => expect(field.format(3)).toBe('3'));
});

describe('numberField', () => {
  const field = numberField(0.5, -1, 1);
  it('accepts finite numbers in range', () => {
    expect(parseOne(field, '-1')).toBe(-1);
    expect(parseOne(field, '0.25')).toBe(0.25);
    expect(parseOne(field, '1e-3')).toBe(0.001);
  });
  it.each([...GARBAGE, '1.0001', '-2'])('falls back to the default for %j', (raw) => {
    expect(parseOne(field, raw)).toBe(0.5);
  });
  it('round-trips through format', () => expect(field.parse(field.format(-0.125))).toBe(-0.125));
});

describe('choiceField', () => {
  const field = choiceField('same', ['same', 'valid'] as const);
  it('accepts only its options, exactly', () => {
    expect(parseOne(field, 'valid')).toBe('valid');
    expect(parseOne(field, 'same')).toBe('same');
  });
  it.each([...GARBAGE, 'VALID', ' valid', 'full'])('falls back to the default for %j', (raw) => {
    expect(parseOne(field, raw)).toBe('same');
  });
});

describe('numberListField', () => {
  const field = numberListField([1, 2, 3], { minLength: 2, maxLength: 4, min: -10, max: 10 });
  it('accepts a list of the right length with values in range', () => {
    expect(parseOne(field, '-10,0.5,10')).toEqual([-10, 0.5, 10]);
    expect(parseOne(field, '1,2')).toEqual([1, 2]);
    expect(parseOne(field, '1,2,3,4')).toEqual([1, 2, 3, 4]);
  });
  it.each([
    ...GARBAGE.filter((raw) => raw !== '1,2'),
    '1',
    '1,2,3,4,5',
    '1,,2',
    '1,2,',
    '1,abc',
    '1,NaN',
    '1,1e309',
    '1,11',
    '-11,1',
  ])('falls back to the default for %j', (raw) => {
    expect(parseOne(field, raw)).toEqual([1, 2, 3]);
  });
  it('formats as comma-separated values', () => expect(field.format([0.25, -1])).toBe('0.25,-1'));
});

describe('parseState', () => {
  it('gives every default for an empty query', () => {
    expect(parseState(schema, 'demo', new URLSearchParams())).toEqual(defaults);
  });

  it('reads only this widget’s keys, each field falling back on its own', () => {
    const params = new URLSearchParams(
      'demo.n=3&demo.rate=abc&other.n=9&n=8&demo.mode=valid&demo.kernel=1,2,3,4,5',
    );
    expect(parseState(schema, 'demo', params)).toEqual({ n: 3, rate: 0.5, mode: 'valid', kernel: [1, 2, 3] });
  });

  it('never throws, whatever the query', () => {
    for (const raw of GARBAGE.filter((r) => r !== '1,2')) {
      const params = new URLSearchParams();
      for (const name of Object.keys(schema)) params.set(stateKey('demo', name), raw);
      expect(parseState(schema, 'demo', params)).toEqual(defaults);
    }
  });
});

describe('writeState', () => {
  it('leaves out fields at their default', () => {
    expect(writeState(schema, 'demo', { ...defaults }, new URLSearchParams()).toString()).toBe('');
    const written = writeState(schema, 'demo', { ...defaults, n: 2, kernel: [0, -1] }, new URLSearchParams());
    expect([...written.keys()].sort()).toEqual(['demo.kernel', 'demo.n']);
    expect(written.get('demo.n')).toBe('2');
    expect(written.get('demo.kernel')).toBe('0,-1');
  });

  it('removes a key whose field went back to its default', () => {
    const written = writeState(
      schema,
      'demo',
      { ...defaults },
      new URLSearchParams('demo.n=2&demo.mode=valid'),
    );
    expect(written.has('demo.n')).toBe(false);
    expect(written.has('demo.mode')).toBe(false);
  });

  it('keeps defaults with keepDefaults', () => {
    const written = writeState(schema, 'demo', { ...defaults }, new URLSearchParams(), {
      keepDefaults: true,
    });
    expect(Object.fromEntries(written)).toEqual({
      'demo.n': '5',
      'demo.rate': '0.5',
      'demo.mode': 'same',
      'demo.kernel': '1,2,3',
    });
  });

  it('leaves other widgets’ keys and unrelated keys alone, and does not change its input', () => {
    const params = new URLSearchParams('other.n=9&backend=cpu&demo.n=1');
    const written = writeState(schema, 'demo', { ...defaults, n: 4 }, params);
    expect(written.get('other.n')).toBe('9');
    expect(written.get('backend')).toBe('cpu');
    expect(written.get('demo.n')).toBe('4');
    expect(params.get('demo.n')).toBe('1');
  });

  it('round-trips through parseState', () => {
    const states: StateOf<typeof schema>[] = [
      defaults,
      { n: 0, rate: -1, mode: 'valid', kernel: [-10, 0.001, 10, 3] },
      { n: 10, rate: 0.3333, mode: 'same', kernel: [7] },
    ];
    for (const state of states) {
      for (const keepDefaults of [false, true]) {
        const params = writeState(schema, 'demo', state, new URLSearchParams('x.n=1'), { keepDefaults });
        expect(parseState(schema, 'demo', params)).toEqual(state);
        expect(parseState(schema, 'demo', new URLSearchParams(params.toString()))).toEqual(state);
      }
    }
  });
});

describe('ownParams and stateKey', () => {
  it('namespaces keys by widget id', () => {
    expect(stateKey('demo', 'n')).toBe('demo.n');
  });

  it('keeps only the keys of one widget', () => {
    const params = new URLSearchParams('demo.n=1&demo2.n=2&other.k=3&demo=4&demo.kernel=1,2');
    expect(ownParams('demo', params).toString()).toBe('demo.n=1&demo.kernel=1%2C2');
    expect(ownParams('missing', params).size).toBe(0);
  });
});
