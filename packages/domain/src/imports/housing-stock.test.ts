import { describe, expect, it } from 'vitest';
import {
  housingStockColumns,
  maxPremisesPerBuilding,
  parseHousingStock,
  parsePremisesList,
} from './housing-stock.ts';

const header = [...housingStockColumns];
const row = (change: Record<string, string> = {}) => ({
  district_code: 'almaly',
  district_name: 'Алмалинский район',
  street: 'ул. Абая',
  house_number: '10',
  floors: '9',
  premises: '1-3',
  non_residential: '',
  managing_organization: 'КСК «Абай»',
  latitude: '43.2389',
  longitude: '76,8897',
  ...change,
});

describe('parsePremisesList', () => {
  it.each([
    ['1-3', ['1', '2', '3']],
    ['1-2, 5; 7А, 7/1', ['1', '2', '5', '7А', '7/1']],
    ['3–4', ['3', '4']],
    ['1, 1, 2', ['1', '2']],
    ['', []],
    [' , ', []],
  ])('%j → %j', (text, numbers) => expect(parsePremisesList(text)).toEqual(numbers));

  it.each(['0-3', '5-1', '1-2001', 'кв 1', '1 2', '-', 'x'.repeat(17), '1-'])('refuses %j', (text) =>
    expect(parsePremisesList(text)).toBeNull(),
  );

  it('caps a building at the maximum, ranges and single numbers together', () => {
    expect(parsePremisesList(`1-${maxPremisesPerBuilding}`)).toHaveLength(maxPremisesPerBuilding);
    expect(parsePremisesList(`1-${maxPremisesPerBuilding}, 9999`)).toBeNull();
  });
});

describe('parseHousingStock', () => {
  it('normalises a valid row (district code lower-case, comma decimals, premises split by kind)', () => {
    const parsed = parseHousingStock(header, [
      row({ district_code: 'Almaly', premises: '1-3', non_residential: '3, Н1' }),
    ]);
    expect(parsed).toEqual({
      rows: 1,
      issues: [],
      valid: [
        {
          row: 2,
          value: {
            districtCode: 'almaly',
            districtName: 'Алмалинский район',
            street: 'ул. Абая',
            houseNumber: '10',
            floors: 9,
            apartments: ['1', '2'],
            nonResidential: ['3', 'Н1'],
            managingOrganization: 'КСК «Абай»',
            latitude: 43.2389,
            longitude: 76.8897,
          },
        },
      ],
    });
  });

  it('takes optional columns as absent', () => {
    const parsed = parseHousingStock(
      ['district_code', 'street', 'house_number', 'premises'],
      [{ district_code: 'a', street: 'S', house_number: '1', premises: '1' }],
    );
    expect(parsed.valid[0]!.value).toMatchObject({
      districtName: null,
      floors: null,
      managingOrganization: null,
      latitude: null,
      longitude: null,
      nonResidential: [],
    });
  });

  it('reports a missing required column on the header row and checks no row', () => {
    const parsed = parseHousingStock(['district_code', 'street'], [row()]);
    expect(parsed.issues).toEqual([
      { row: 1, column: 'house_number', code: 'required' },
      { row: 1, column: 'premises', code: 'required' },
    ]);
    expect(parsed.valid).toEqual([]);
  });

  it.each([
    [{ district_code: '' }, 'district_code', 'required'],
    [{ district_code: 'Алмалы' }, 'district_code', 'invalid_format'],
    [{ district_name: 'x'.repeat(121) }, 'district_name', 'too_long'],
    [{ street: ' ' }, 'street', 'required'],
    [{ street: 'x'.repeat(201) }, 'street', 'too_long'],
    [{ house_number: '' }, 'house_number', 'required'],
    [{ floors: 'nine' }, 'floors', 'invalid_number'],
    [{ floors: '2.5' }, 'floors', 'invalid_number'],
    [{ floors: '0' }, 'floors', 'too_small'],
    [{ floors: '201' }, 'floors', 'too_large'],
    [{ premises: '' }, 'premises', 'required'],
    [{ premises: '1-99999' }, 'premises', 'invalid_format'],
    [{ non_residential: 'офис 1' }, 'non_residential', 'invalid_format'],
    [{ managing_organization: 'x'.repeat(201) }, 'managing_organization', 'too_long'],
    [{ latitude: 'north' }, 'latitude', 'invalid_number'],
    [{ latitude: '91' }, 'latitude', 'too_large'],
    [{ longitude: '-181' }, 'longitude', 'too_small'],
    [{ longitude: '' }, 'longitude', 'required'],
  ])('refuses %j at %s (%s)', (change, column, code) => {
    const parsed = parseHousingStock(header, [row(change)]);
    expect(parsed.issues).toEqual([{ row: 2, column, code }]);
    expect(parsed.valid).toEqual([]);
  });

  it('accepts a building of non-residential premises only', () => {
    const parsed = parseHousingStock(header, [
      row({ premises: '', non_residential: 'Н1-Н2'.replace('Н1-Н2', 'Н1, Н2') }),
    ]);
    expect(parsed.valid[0]!.value).toMatchObject({ apartments: [], nonResidential: ['Н1', 'Н2'] });
  });

  it('reports a building named twice (case-insensitive) on the later row, keeps the others', () => {
    const parsed = parseHousingStock(header, [
      row(),
      row({ house_number: '12' }),
      row({ street: 'УЛ. АБАЯ' }),
      row({ floors: 'x', house_number: '14' }),
    ]);
    expect(parsed.issues).toEqual([
      { row: 4, column: 'house_number', code: 'duplicate_row' },
      { row: 5, column: 'floors', code: 'invalid_number' },
    ]);
    expect(parsed.valid.map((v) => v.row)).toEqual([2, 3]);
    expect(parsed.rows).toBe(4);
  });
});
