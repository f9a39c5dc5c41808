// The demo city's data is consistent on its own, before any database sees it.
import { describe, expect, it } from 'vitest';
import {
  demoBuildings,
  demoCity,
  demoDistricts,
  demoLogins,
  demoOrganizations,
  demoUsers,
  type LocalisedName,
} from '../../../../prisma/seed/demo-city.ts';
import { standardCategories } from '../../../../prisma/seed/standard-categories.ts';

const hasLatin = /[A-Za-z]/;
const hasCyrillic = /[\u0400-\u04FF]/;
const hasArabicScript = /[\u0600-\u06FF]/;

function expectScripts(name: LocalisedName, label: string): void {
  expect(hasLatin.test(name.az) && !hasCyrillic.test(name.az), `${label} az is Latin`).toBe(true);
  expect(hasArabicScript.test(name.fa) && !hasLatin.test(name.fa), `${label} fa is Persian`).toBe(true);
  expect(hasCyrillic.test(name.ru) && !hasLatin.test(name.ru), `${label} ru is Cyrillic`).toBe(true);
  expect(hasCyrillic.test(name.kk) && !hasLatin.test(name.kk), `${label} kk is Cyrillic`).toBe(true);
  expect(hasLatin.test(name.en) && !hasCyrillic.test(name.en), `${label} en is Latin`).toBe(true);
}

describe('demo city data', () => {
  it('names the city, districts and categories in each language in its own script', () => {
    expectScripts(demoCity.name, demoCity.code);
    for (const d of demoDistricts) expectScripts(d.name, d.code);
    for (const c of standardCategories) expectScripts(c.name, c.code);
  });

  it('has unique natural keys', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(demoDistricts.map((d) => d.code));
    unique(demoOrganizations.map((o) => o.name));
    unique(demoOrganizations.map((o) => o.slug));
    unique(demoBuildings.map((b) => `${b.street} ${b.houseNumber}`));
    unique(standardCategories.map((c) => c.code));
    unique(standardCategories.map((c) => String(c.sortOrder)));
    unique(demoUsers.map((u) => u.email));
  });

  it('gives buildings 6 to 40 apartments and leaves exactly two without a management company', () => {
    expect(demoBuildings.length).toBeGreaterThanOrEqual(36);
    for (const b of demoBuildings) {
      expect(b.apartments).toBeGreaterThanOrEqual(6);
      expect(b.apartments).toBeLessThanOrEqual(40);
      expect(demoDistricts.some((d) => d.code === b.district)).toBe(true);
    }
    expect(demoBuildings.filter((b) => b.managedBy === null)).toHaveLength(2);
    for (const o of demoOrganizations.filter((o) => o.kind === 'MANAGEMENT_COMPANY')) {
      expect(
        demoBuildings.some((b) => b.managedBy === o.slug),
        o.name,
      ).toBe(true);
    }
    for (const d of demoDistricts) expect(demoBuildings.some((b) => b.district === d.code)).toBe(true);
  });

  it('houses every resident in an existing apartment, and only residents', () => {
    for (const u of demoUsers) {
      expect(u.role === 'RESIDENT', u.email).toBe(u.home !== undefined);
      expect(u.role === 'RESIDENT', u.email).toBe(u.organization === undefined);
      if (!u.home) continue;
      const { street, houseNumber, apartment } = u.home;
      const building = demoBuildings.find((b) => b.street === street && b.houseNumber === houseNumber);
      expect(building, u.email).toBeDefined();
      expect(apartment).toBeGreaterThanOrEqual(1);
      expect(apartment).toBeLessThanOrEqual(building!.apartments);
    }
  });

  it('puts staff in organizations of the kind their role works for', () => {
    // Dispatchers staff every desk: management companies' repair queues, and the utility, municipality,
    // agency and notary desks of the e-services.
    const kindsFor: Record<string, string[]> = {
      DISPATCHER: ['MANAGEMENT_COMPANY', 'UTILITY', 'MUNICIPALITY', 'AGENCY', 'NOTARY_OFFICE'],
      CONTRACTOR: ['CONTRACTOR'],
      ADMINISTRATOR: ['CITY_ADMINISTRATION'],
    };
    for (const u of demoUsers) {
      if (u.role === 'RESIDENT') continue;
      const organization = demoOrganizations.find((o) => o.slug === u.organization);
      expect(kindsFor[u.role], u.email).toContain(organization?.kind);
    }
    // Every kind of desk has someone to sign in as.
    const staffed = new Set(
      demoUsers
        .filter((u) => u.role === 'DISPATCHER')
        .map((u) => demoOrganizations.find((o) => o.slug === u.organization)?.kind),
    );
    expect([...staffed].sort()).toEqual([...kindsFor.DISPATCHER!].sort());
  });

  it('uses lower-case logins, +7 phone numbers and all four staff languages', () => {
    for (const u of demoUsers) {
      expect(u.email).toBe(u.email.toLowerCase());
      expect(u.phone).toMatch(/^\+7\d{10}$/);
    }
    for (const o of demoOrganizations) expect(o.phone).toMatch(/^\+7\d{10}$/);
    expect(new Set(demoUsers.map((u) => u.locale))).toEqual(new Set(['ru', 'az', 'fa', 'kk']));
  });

  it('lists the demo logins, the four main ones first, which exist as users in their roles', () => {
    expect(demoLogins.map((l) => l.email)).toEqual([
      'resident@demo.citydesk',
      'dispatcher@demo.citydesk',
      'contractor@demo.citydesk',
      'admin@demo.citydesk',
      'dispatcher.vodokanal@demo.citydesk',
      'notary@demo.citydesk',
    ]);
    for (const login of demoLogins) {
      expect(demoUsers.find((u) => u.email === login.email)?.role).toBe(login.role);
    }
  });
});
