// The demo e-service catalogue is valid data before any database sees it: every definition parses, every
// text is written in all five languages, and the codes other code depends on are there.
import { answersSchema, locales, serviceSpecSchema, type ServiceSpec } from '@citydesk/domain';
import { describe, expect, it } from 'vitest';
import { demoDistricts, demoOrganizations } from '../../../../prisma/seed/demo-city.ts';
import { demoEServices, serviceHousingRefusalGrounds } from '../../../../prisma/seed/e-services.ts';

const parsed = demoEServices.map((e) => ({ service: e, spec: serviceSpecSchema.parse(e.spec) }));
const byCode = new Map(parsed.map((p) => [p.service.code, p]));

function spec(code: string): ServiceSpec {
  const found = byCode.get(code);
  if (!found) throw new Error(`no service ${code}`);
  return found.spec;
}

/** Every localized text of a service, with where it is. */
function localizedTexts(name: unknown, s: ServiceSpec): [string, Record<string, string>][] {
  const texts: [string, Record<string, string> | undefined][] = [
    ['name', name as Record<string, string>],
    ['summary', s.summary],
    ['whatHappensNext', s.whatHappensNext],
  ];
  for (const step of s.steps) {
    texts.push([`step ${step.id}`, step.title]);
    for (const f of step.fields) {
      texts.push([`field ${f.name} label`, f.label], [`field ${f.name} help`, f.help]);
      for (const o of f.options ?? []) texts.push([`option ${f.name}.${o.value}`, o.label]);
    }
  }
  for (const d of s.documents)
    texts.push([`document ${d.kind}`, d.label], [`document ${d.kind} help`, d.help]);
  for (const g of s.refusalGrounds) texts.push([`refusal ${g.code}`, g.label]);
  return texts.filter((t): t is [string, Record<string, string>] => t[1] !== undefined);
}

describe('demo e-service catalogue', () => {
  it('has the eight services, each a valid definition', () => {
    expect(demoEServices.map((e) => e.code)).toEqual([
      'no_debt_certificate',
      'inquiry_response',
      'renovation_fee',
      'household_size_change',
      'meter_registration',
      'meter_replacement',
      'meter_reverification',
      'service_housing_waiting_list',
    ]);
    for (const e of demoEServices) {
      const result = serviceSpecSchema.safeParse(e.spec);
      expect(result.error?.issues ?? [], e.code).toEqual([]);
    }
  });

  it('has unique codes and sort orders, handled by known organizations in known districts', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(demoEServices.map((e) => e.code));
    unique(demoEServices.map((e) => String(e.sortOrder)));
    for (const e of demoEServices) {
      expect(
        demoOrganizations.some((o) => o.slug === e.handlingOrganization),
        e.code,
      ).toBe(true);
      expect(e.slaAmount, e.code).toBeGreaterThan(0);
      for (const d of e.enabledDistricts ?? []) expect(demoDistricts.some((x) => x.code === d)).toBe(true);
      // Districts are enabled only for a service that is rolled out district by district.
      expect(e.enabledDistricts === undefined || byCode.get(e.code)!.spec.districtRollout, e.code).toBe(true);
    }
  });

  it('writes every text in all five languages', () => {
    for (const { service, spec: s } of parsed) {
      for (const [where, text] of localizedTexts(service.name, s)) {
        for (const locale of locales) {
          expect(text[locale]?.trim(), `${service.code} ${where} ${locale}`).toBeTruthy();
        }
        // A translation that is the English text copied is a missing translation (a few words like
        // "Gas" may legitimately coincide in Latin-script az; those are never full sentences).
        expect(text.ru, `${service.code} ${where} ru`).not.toBe(text.en);
        expect(text.kk, `${service.code} ${where} kk`).not.toBe(text.en);
        expect(text.fa, `${service.code} ${where} fa`).not.toBe(text.en);
      }
    }
  });

  it('labels every option of every select field, with unique values', () => {
    for (const { service, spec: s } of parsed) {
      for (const field of s.steps.flatMap((step) => step.fields)) {
        if (field.type !== 'select') continue;
        const options = field.options ?? [];
        expect(options.length, `${service.code}.${field.name}`).toBeGreaterThan(1);
        expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
        for (const o of options) for (const l of locales) expect(o.label[l].trim()).not.toBe('');
      }
    }
  });

  it('accepts scans up to the upload limit and has unique document kinds and refusal codes', () => {
    for (const { service, spec: s } of parsed) {
      const kinds = s.documents.map((d) => d.kind);
      expect(new Set(kinds).size, service.code).toBe(kinds.length);
      for (const d of s.documents) expect(d.maxBytes).toBe(10 * 1024 * 1024);
      const grounds = s.refusalGrounds.map((g) => g.code);
      expect(new Set(grounds).size, service.code).toBe(grounds.length);
    }
  });

  it('refuses service housing only on the three legal grounds', () => {
    const s = spec('service_housing_waiting_list');
    expect(s.refusalGrounds.map((g) => g.code)).toEqual([...serviceHousingRefusalGrounds]);
    expect(serviceHousingRefusalGrounds).toEqual([
      'falseDocuments',
      'noPersonalDataConsent',
      'housingLawRequirements',
    ]);
    expect(s.signing).toBe('ONE_TIME_CODE');
    expect(s.outcome).toBe('WAITING_LIST');
    expect(s.subject).toBe('NONE');
  });

  it('keeps the field names and settings the lifecycle relies on', () => {
    const fields = (code: string) =>
      Object.fromEntries(spec(code).steps.flatMap((st) => st.fields.map((f) => [f.name, f])));
    expect(Object.keys(fields('no_debt_certificate'))).toEqual(['subscriberCode', 'idPin', 'email', 'phone']);
    expect(spec('no_debt_certificate').taskKinds).toEqual(['METER_INSPECTION', 'HOUSEHOLD_CHECK']);
    expect(spec('inquiry_response').districtRollout).toBe(true);
    expect(byCode.get('inquiry_response')!.service.enabledDistricts).toEqual(['vakhitovsky']);
    expect(spec('renovation_fee').fee).toEqual({ kind: 'ASSESSED' });
    expect(spec('renovation_fee').documents).toEqual([]);
    expect(byCode.get('household_size_change')!.service).toMatchObject({
      slaUnit: 'DAY_OF_NEXT_MONTH',
      slaAmount: 10,
    });
    expect(fields('meter_registration').meterKind!.options!.map((o) => o.value)).toEqual([
      'COLD_WATER',
      'HOT_WATER',
      'HEATING',
      'ELECTRICITY',
      'GAS',
    ]);
    expect(fields('meter_registration').sealNumber!.required).toBe(false);
  });

  it('asks the meter services for what seed 003 lists, and lets the call centre file them', () => {
    const documents = (code: string) => spec(code).documents.map((d) => [d.kind, d.required]);
    // Replacement: acts of dismantling and installation, the new meter's passport, seal act, photo of meters.
    expect(documents('meter_replacement')).toEqual([
      ['dismantlingAct', true],
      ['installationAct', true],
      ['meterPassport', true],
      ['sealAct', true],
      ['meterPhoto', true],
    ]);
    // Re-verification: the certificate, the acts only if the meter was removed, a photo with the reading.
    expect(documents('meter_reverification')).toEqual([
      ['verificationCertificate', true],
      ['dismantlingAct', false],
      ['installationAct', false],
      ['unsealAct', false],
      ['sealAct', false],
      ['meterPhoto', true],
    ]);
    expect(spec('meter_replacement').outcome).toBe('METER_REPLACEMENT');
    expect(spec('meter_reverification').outcome).toBe('METER_REVERIFICATION');
    const provider = (code: string) => byCode.get(code)!.service.handlingOrganization;
    for (const code of [
      'household_size_change',
      'meter_registration',
      'meter_replacement',
      'meter_reverification',
    ]) {
      expect(spec(code).callCentreIntake, code).toBe(true);
      expect(provider(code), code).toBe('kcs');
    }
    expect(demoEServices.filter((e) => spec(e.code).callCentreIntake).map((e) => e.code)).toHaveLength(4);
  });

  it('accepts plausible answers and rejects malformed ones', () => {
    const check = (code: string, answers: Record<string, unknown>) =>
      answersSchema(spec(code).steps).safeParse(answers).success;
    const noDebt = {
      subscriberCode: '100000000001',
      idPin: '5ZK7Q2M',
      email: 'resident@demo.citydesk',
      phone: '+79172345601',
    };
    expect(check('no_debt_certificate', noDebt)).toBe(true);
    expect(check('no_debt_certificate', { ...noDebt, subscriberCode: '12345' })).toBe(false);
    const property = { cadastralNumber: '16:50:011105:123', floorArea: '54,3' };
    expect(check('renovation_fee', property)).toBe(true);
    expect(check('renovation_fee', { ...property, cadastralNumber: '16-50-011105-123' })).toBe(false);
    const housing = {
      iin: '900101300123',
      employer: 'ГУ «Аппарат акима»',
      jobTitle: 'Главный специалист',
      familySize: 3,
      currentHousing: 'renting',
      personalDataConsent: true,
    };
    expect(check('service_housing_waiting_list', housing)).toBe(true);
    expect(check('service_housing_waiting_list', { ...housing, personalDataConsent: false })).toBe(false);
    const meter = {
      meterKind: 'COLD_WATER',
      serialNumber: 'SVK-15-123456',
      verificationDate: '2025-11-03',
      initialReading: '123.456',
    };
    expect(check('meter_registration', meter)).toBe(true);
    expect(check('meter_registration', { ...meter, sealNumber: 'ПЛ-1' })).toBe(false);
    const replacement = {
      meterKind: 'COLD_WATER',
      oldSerialNumber: 'SV-120701',
      finalReading: '141,2',
      serialNumber: 'SV-230001',
      verificationDate: '2026-10-01',
      sealNumber: 'PL-230001',
      initialReading: '0,012',
    };
    expect(check('meter_replacement', replacement)).toBe(true);
    expect(check('meter_replacement', { ...replacement, sealNumber: '' })).toBe(false);
    const reverification = {
      meterKind: 'HOT_WATER',
      serialNumber: 'GV-120702',
      verificationDate: '2026-11-20',
      currentReading: '80',
    };
    expect(check('meter_reverification', reverification)).toBe(true);
    expect(check('meter_reverification', { ...reverification, removedForVerification: true })).toBe(true);
    expect(check('meter_reverification', { ...reverification, currentReading: '' })).toBe(false);
  });
});
