// The demo city: Kazan with three districts, its management companies (УК/ТСЖ), contractors, the city
// administration, ~40 apartment buildings and demo users (the repair catalogue is standard-categories.ts).
// Pure data, no I/O: apps/api/src/seed/seed.ts writes it to the database, the start-up banner prints
// `demoLogins`. Everything is deterministic (no Math.random), so every machine gets the same city.
import type {
  Locale,
  MeterKind,
  MeterReadingSource,
  OrganizationKind,
  Role,
} from '../../apps/api/src/generated/prisma/enums.ts';
import { defaultVerificationIntervalMonths } from '../../packages/domain/src/meters/verification.ts';

/** A name in every language citydesk speaks; stored as the Json `name` column. (A type literal, not an
 * interface, so it is assignable to Prisma's JSON input type.) */
export type LocalisedName = {
  az: string;
  fa: string;
  ru: string;
  kk: string;
  en: string;
};

/** Every user below logs in with this password. */
export const DEMO_PASSWORD = 'demo12345';

export interface DemoCity {
  code: string;
  countryCode: string;
  timeZone: string;
  name: LocalisedName;
  /** ISO 4217; fees and debts are in its minor units (kopecks). */
  currency: string;
}

export const demoCity: DemoCity = {
  code: 'KZN',
  countryCode: 'RU',
  timeZone: 'Europe/Moscow',
  name: { az: 'Kazan', fa: 'کازان', ru: 'Казань', kk: 'Қазан', en: 'Kazan' },
  currency: 'RUB',
};

export type DemoDistrictCode = 'vakhitovsky' | 'sovetsky' | 'privolzhsky';

export interface DemoDistrict {
  code: DemoDistrictCode;
  name: LocalisedName;
}

export const demoDistricts: readonly DemoDistrict[] = [
  {
    code: 'vakhitovsky',
    name: {
      az: 'Vaxitov rayonu',
      fa: 'ناحیه واخیتوف',
      ru: 'Вахитовский район',
      kk: 'Вахитов ауданы',
      en: 'Vakhitovsky District',
    },
  },
  {
    code: 'sovetsky',
    name: {
      az: 'Sovet rayonu',
      fa: 'ناحیه سووتسکی',
      ru: 'Советский район',
      kk: 'Совет ауданы',
      en: 'Sovetsky District',
    },
  },
  {
    code: 'privolzhsky',
    name: {
      az: 'Privoljski rayonu',
      fa: 'ناحیه پریولژسکی',
      ru: 'Приволжский район',
      kk: 'Приволжск ауданы',
      en: 'Privolzhsky District',
    },
  },
];

export type DemoOrganizationSlug =
  | 'zhilservis'
  | 'uyutnydom'
  | 'solnechny'
  | 'privolzhye'
  | 'akvaservis'
  | 'elektromontazh'
  | 'krovlya'
  | 'ispolkom'
  | 'vodokanal'
  | 'kzio'
  | 'kcs'
  | 'housing'
  | 'notary';

export interface DemoOrganization {
  /** The seed's own key (used in demo e-mail addresses); the database key is (city, name). */
  slug: DemoOrganizationSlug;
  kind: OrganizationKind;
  name: string;
  phone: string;
  email: string;
}

export const demoOrganizations: readonly DemoOrganization[] = [
  {
    slug: 'zhilservis',
    kind: 'MANAGEMENT_COMPANY',
    name: 'УК Жилсервис Вахитовский',
    phone: '+78432365101',
    email: 'office@zhilservis.demo.citydesk',
  },
  {
    slug: 'uyutnydom',
    kind: 'MANAGEMENT_COMPANY',
    name: 'УК Уютный дом',
    phone: '+78432724410',
    email: 'office@uyutnydom.demo.citydesk',
  },
  {
    slug: 'solnechny',
    kind: 'MANAGEMENT_COMPANY',
    name: 'ТСЖ Солнечный',
    phone: '+78432951277',
    email: 'pravlenie@solnechny.demo.citydesk',
  },
  {
    slug: 'privolzhye',
    kind: 'MANAGEMENT_COMPANY',
    name: 'УК Приволжье',
    phone: '+78432785530',
    email: 'office@privolzhye.demo.citydesk',
  },
  // Contractors: plumbing, electrics, roofing.
  {
    slug: 'akvaservis',
    kind: 'CONTRACTOR',
    name: 'ООО «Аквасервис»',
    phone: '+78432114408',
    email: 'orders@akvaservis.demo.citydesk',
  },
  {
    slug: 'elektromontazh',
    kind: 'CONTRACTOR',
    name: 'ООО «Электромонтаж-Казань»',
    phone: '+78432567712',
    email: 'orders@elektromontazh.demo.citydesk',
  },
  {
    slug: 'krovlya',
    kind: 'CONTRACTOR',
    name: 'ООО «КровляСтрой»',
    phone: '+78432408863',
    email: 'orders@krovlya.demo.citydesk',
  },
  {
    slug: 'ispolkom',
    kind: 'CITY_ADMINISTRATION',
    name: 'Исполнительный комитет г. Казани',
    phone: '+78432993600',
    email: 'zhkh@ispolkom.demo.citydesk',
  },
  // E-services (prisma/seed/e-services.ts): the water utility, the municipal property committee, the
  // communal service centre, the housing department, and a notary office that files for its clients.
  {
    slug: 'vodokanal',
    kind: 'UTILITY',
    name: 'МУП «Водоканал» г. Казани',
    phone: '+78432310101',
    email: 'abonent@vodokanal.demo.citydesk',
  },
  {
    slug: 'kzio',
    kind: 'MUNICIPALITY',
    name: 'Комитет земельных и имущественных отношений г. Казани',
    phone: '+78432994520',
    email: 'priem@kzio.demo.citydesk',
  },
  {
    slug: 'kcs',
    kind: 'AGENCY',
    name: 'Центр коммунального сервиса',
    phone: '+78432474040',
    email: 'info@kcs.demo.citydesk',
  },
  {
    slug: 'housing',
    kind: 'AGENCY',
    name: 'Управление жилищной политики',
    phone: '+78432993710',
    email: 'uchet@housing.demo.citydesk',
  },
  {
    slug: 'notary',
    kind: 'NOTARY_OFFICE',
    name: 'Нотариальная контора Галиевой Р. Ф.',
    phone: '+78432925318',
    email: 'notarius@galieva.demo.citydesk',
  },
];

export type DemoManagementCompanySlug = 'zhilservis' | 'uyutnydom' | 'solnechny' | 'privolzhye';

/**
 * Which contractors each organization gives work to (its dispatchers assign them and see their workers).
 * The homeowners' association repairs its roofs itself; the communal service centre has meters sealed by
 * the plumbers and the electricians.
 */
export const demoContracts: readonly (readonly [DemoOrganizationSlug, DemoOrganizationSlug])[] = [
  ...(['zhilservis', 'uyutnydom', 'privolzhye'] as const).flatMap((company) =>
    (['akvaservis', 'elektromontazh', 'krovlya'] as const).map(
      (contractor) => [company, contractor] as const,
    ),
  ),
  ['solnechny', 'akvaservis'],
  ['solnechny', 'elektromontazh'],
  ['kcs', 'akvaservis'],
  ['kcs', 'elektromontazh'],
];

export interface DemoBuilding {
  district: DemoDistrictCode;
  street: string;
  houseNumber: string;
  floors: number;
  /** Apartments numbered 1..apartments. */
  apartments: number;
  /** null: no management company serves it, so its requests land in the administrator's unrouted queue. */
  managedBy: DemoManagementCompanySlug | null;
}

/** FNV-1a: a stable number from an address, so a building's size never depends on list order. */
function addressHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

// [street, house number, floors]; one section per building, 3 or 4 apartments a floor (6..40 in all).
type BuildingRow = readonly [street: string, houseNumber: string, floors: 2 | 3 | 4 | 5 | 9 | 10];

function buildings(
  district: DemoDistrictCode,
  managedBy: DemoManagementCompanySlug | null,
  rows: readonly BuildingRow[],
): DemoBuilding[] {
  return rows.map(([street, houseNumber, floors]) => ({
    district,
    street,
    houseNumber,
    floors,
    apartments: floors * (3 + (addressHash(`${street} ${houseNumber}`) % 2)),
    managedBy,
  }));
}

export const demoBuildings: readonly DemoBuilding[] = [
  // Vakhitovsky: the historic centre, low and mid-rise.
  ...buildings('vakhitovsky', 'zhilservis', [
    ['ул. Баумана', '7', 5],
    ['ул. Баумана', '19', 4],
    ['ул. Пушкина', '12', 5],
    ['ул. Пушкина', '26', 5],
    ['ул. Карла Маркса', '42', 4],
    ['ул. Карла Маркса', '51', 5],
    ['ул. Островского', '38', 5],
    ['ул. Бутлерова', '30', 5],
    ['ул. Габдуллы Тукая', '58', 9],
    ['ул. Щапова', '13', 3],
    ['ул. Гоголя', '21', 5],
    ['ул. Достоевского', '52', 9],
    ['ул. Калинина', '48', 10],
  ]),
  ...buildings('vakhitovsky', null, [['ул. Некрасова', '34', 3]]),
  // Sovetsky: panel blocks of the 1970s–80s and a newer housing association.
  ...buildings('sovetsky', 'uyutnydom', [
    ['ул. Гвардейская', '33', 9],
    ['ул. Гвардейская', '54', 5],
    ['ул. Патриса Лумумбы', '47', 9],
    ['ул. Академика Сахарова', '25', 10],
    ['ул. Академика Глушко', '12', 9],
    ['ул. Аделя Кутуя', '86', 10],
    ['ул. Космонавтов', '41', 5],
    ['ул. Ломжинская', '14', 9],
    ['ул. Карбышева', '37', 5],
  ]),
  ...buildings('sovetsky', 'solnechny', [
    ['ул. Ершова', '55', 10],
    ['ул. Ершова', '55А', 10],
    ['ул. Ершова', '55Б', 9],
    ['ул. Ершова', '57', 2],
  ]),
  ...buildings('sovetsky', null, [['ул. Халитова', '9', 4]]),
  // Privolzhsky.
  ...buildings('privolzhsky', 'privolzhye', [
    ['ул. Закиева', '19', 9],
    ['ул. Закиева', '41', 10],
    ['ул. Гарифьянова', '28', 9],
    ['пр. Победы', '78', 10],
    ['пр. Победы', '100', 9],
    ['ул. Рихарда Зорге', '66', 9],
    ['ул. Рихарда Зорге', '95', 5],
    ['ул. Дубравная', '51', 10],
    ['ул. Юлиуса Фучика', '14', 9],
    ['ул. Кул Гали', '27', 10],
    ['ул. Танковая', '20', 5],
    ['ул. Павлюхина', '110', 5],
  ]),
];

/** A resident's apartment, by address (street + house number are unique across the demo city). */
export interface DemoHome {
  street: string;
  houseNumber: string;
  apartment: number;
}

export interface DemoUser {
  /** Lower-case: the login. */
  email: string;
  displayName: string;
  phone: string;
  locale: Locale;
  role: Role;
  /** The organization a dispatcher, contractor or administrator acts for; none for residents. */
  organization?: DemoOrganizationSlug;
  /** Residents only: the apartment they live in. */
  home?: DemoHome;
}

const DEMO_DOMAIN = 'demo.citydesk';

// [login, display name, locale, street, house number, apartment]. Residents of every management company
// (resident2 lives outside the main dispatcher's company), two in the unmanaged buildings, and a few who
// use citydesk in Azerbaijani, Persian and Kazakh.
type ResidentRow = readonly [string, string, Locale, string, string, number];
const residentRows: readonly ResidentRow[] = [
  ['resident', 'Алия Сафина', 'ru', 'ул. Баумана', '7', 12],
  ['resident2', 'Ринат Хабибуллин', 'ru', 'ул. Гвардейская', '33', 21],
  ['resident3', 'Гульнара Закирова', 'ru', 'ул. Закиева', '19', 7],
  ['resident4', 'Дмитрий Козлов', 'ru', 'ул. Ершова', '55', 23],
  ['resident5', 'Эльвира Галиева', 'ru', 'ул. Пушкина', '12', 5],
  ['resident6', 'Артём Морозов', 'ru', 'ул. Патриса Лумумбы', '47', 18],
  ['resident7', 'Лейсан Нуриева', 'ru', 'пр. Победы', '78', 22],
  ['resident8', 'Ильдар Шакиров', 'ru', 'ул. Карла Маркса', '42', 9],
  ['resident9', 'Марат Гарипов', 'ru', 'ул. Академика Сахарова', '25', 29],
  ['resident10', 'Наталья Смирнова', 'ru', 'ул. Рихарда Зорге', '66', 14],
  ['resident11', 'Айдар Валиев', 'ru', 'ул. Ершова', '57', 2],
  ['resident12', 'Резеда Миннуллина', 'ru', 'ул. Островского', '38', 4],
  ['resident13', 'Сергей Волков', 'ru', 'ул. Космонавтов', '41', 11],
  ['resident14', 'Чулпан Хайруллина', 'ru', 'ул. Дубравная', '51', 27],
  ['resident15', 'Тимур Ахметов', 'ru', 'ул. Некрасова', '34', 6],
  ['resident16', 'Ольга Фёдорова', 'ru', 'ул. Халитова', '9', 8],
  ['resident17', 'Рамиль Исхаков', 'ru', 'ул. Габдуллы Тукая', '58', 19],
  ['resident18', 'Алсу Мухаметшина', 'ru', 'ул. Юлиуса Фучика', '14', 16],
  ['resident.az', 'Elvin Məmmədov', 'az', 'ул. Аделя Кутуя', '86', 20],
  ['resident.fa', 'سارا احمدی', 'fa', 'ул. Бутлерова', '30', 3],
  ['resident.kk', 'Айгерім Нұрланқызы', 'kk', 'ул. Кул Гали', '27', 13],
];

// [login, display name, locale, role, organization]: the main dispatcher, contractor and administrator,
// one more dispatcher for every management company and two field workers for every contractor.
type StaffRow = readonly [string, string, Locale, Exclude<Role, 'RESIDENT'>, DemoOrganizationSlug];
const staffRows: readonly StaffRow[] = [
  ['dispatcher', 'Зарина Ахмадуллина', 'ru', 'DISPATCHER', 'zhilservis'],
  ['contractor', 'Олег Петров', 'ru', 'CONTRACTOR', 'akvaservis'],
  ['admin', 'Роза Латыпова', 'ru', 'ADMINISTRATOR', 'ispolkom'],
  ['dispatcher.zhilservis', 'Елена Кузнецова', 'ru', 'DISPATCHER', 'zhilservis'],
  ['dispatcher.uyutnydom', 'Гузель Сабирова', 'ru', 'DISPATCHER', 'uyutnydom'],
  ['dispatcher.solnechny', 'Ирина Павлова', 'ru', 'DISPATCHER', 'solnechny'],
  ['dispatcher.privolzhye', 'Әсел Жұмабаева', 'kk', 'DISPATCHER', 'privolzhye'],
  ['akvaservis.worker1', 'Руслан Сафиуллин', 'ru', 'CONTRACTOR', 'akvaservis'],
  ['akvaservis.worker2', 'Kamran Əliyev', 'az', 'CONTRACTOR', 'akvaservis'],
  ['elektromontazh.worker1', 'Андрей Соколов', 'ru', 'CONTRACTOR', 'elektromontazh'],
  ['elektromontazh.worker2', 'Ильнур Ибрагимов', 'ru', 'CONTRACTOR', 'elektromontazh'],
  ['krovlya.worker1', 'Фарид Хасанов', 'ru', 'CONTRACTOR', 'krovlya'],
  ['krovlya.worker2', 'Виктор Николаев', 'ru', 'CONTRACTOR', 'krovlya'],
  // E-service desks: each organization's reviewer, the water utility's field inspector (meter checks,
  // household checks) and the notary who files applications for clients.
  ['dispatcher.vodokanal', 'Лилия Гарифуллина', 'ru', 'DISPATCHER', 'vodokanal'],
  ['vodokanal.inspector', 'Азат Мингазов', 'ru', 'DISPATCHER', 'vodokanal'],
  ['dispatcher.kzio', 'Альберт Зиннатуллин', 'ru', 'DISPATCHER', 'kzio'],
  ['dispatcher.kcs', 'Татьяна Ефимова', 'ru', 'DISPATCHER', 'kcs'],
  ['dispatcher.housing', 'Ерлан Сәрсенбаев', 'kk', 'DISPATCHER', 'housing'],
  ['notary', 'Римма Галиева', 'ru', 'DISPATCHER', 'notary'],
];

// Mobile numbers in +7 format, numbered in list order: residents +7 917 234-56-01…, staff +7 903 341-77-01….
const mobile = (prefix: string, index: number) => `+7${prefix}${String(index + 1).padStart(2, '0')}`;

export const demoUsers: readonly DemoUser[] = [
  ...residentRows.map(([login, displayName, locale, street, houseNumber, apartment], i): DemoUser => ({
    email: `${login}@${DEMO_DOMAIN}`,
    displayName,
    phone: mobile('91723456', i),
    locale,
    role: 'RESIDENT',
    home: { street, houseNumber, apartment },
  })),
  ...staffRows.map(([login, displayName, locale, role, organization], i): DemoUser => ({
    email: `${login}@${DEMO_DOMAIN}`,
    displayName,
    phone: mobile('90334177', i),
    locale,
    role,
    organization,
  })),
];

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  description: string;
}

/** The logins the start-up banner and the README print: the four main ones first. */
export const demoLogins: readonly DemoLogin[] = [
  {
    email: 'resident@demo.citydesk',
    password: DEMO_PASSWORD,
    role: 'RESIDENT',
    description: 'Алия Сафина, ул. Баумана 7, кв. 12 — files requests and watches them live',
  },
  {
    email: 'dispatcher@demo.citydesk',
    password: DEMO_PASSWORD,
    role: 'DISPATCHER',
    description:
      'УК Жилсервис Вахитовский — routes, assigns and verifies requests (serves the resident above)',
  },
  {
    email: 'contractor@demo.citydesk',
    password: DEMO_PASSWORD,
    role: 'CONTRACTOR',
    description: 'ООО «Аквасервис» (plumbing) — receives work orders and marks them done',
  },
  {
    email: 'admin@demo.citydesk',
    password: DEMO_PASSWORD,
    role: 'ADMINISTRATOR',
    description: 'Исполнительный комитет г. Казани — every company, the unrouted queue, the catalogue',
  },
  {
    email: 'dispatcher.vodokanal@demo.citydesk',
    password: DEMO_PASSWORD,
    role: 'DISPATCHER',
    description:
      'МУП «Водоканал» — reviews no-debt certificate applications (resident@: subscriber code 100000000001)',
  },
  {
    email: 'notary@demo.citydesk',
    password: DEMO_PASSWORD,
    role: 'DISPATCHER',
    description: 'Нотариальная контора Галиевой Р. Ф. — files inquiry-response applications for clients',
  },
];

export interface DemoUtilityAccount {
  organization: DemoOrganizationSlug;
  /** Unique per organization; what the applicant types into the no-debt certificate form. */
  subscriberCode: string;
  /** The resident whose home flat the account is for. */
  residentEmail: string;
  holderName: string;
  /** Outstanding debt in kopecks. */
  debt: number;
}

/** Subscriber code of the n-th resident (1-based, in `demoUsers` order): '1000' + n padded to 8 digits. */
const subscriberCode = (index: number) => `1000${String(index + 1).padStart(8, '0')}`;

// A water account for every resident's home flat. resident@demo.citydesk (Алия Сафина, ул. Баумана 7,
// кв. 12) has subscriber code 100000000001 and owes nothing, so the no-debt certificate is issued at once;
// resident2@demo.citydesk (Ринат Хабибуллин) has 100000000002 and owes 1 843,50 ₽, so he must pay first.
// resident.fa@ (سارا احمدی) has 100000000020 and owes 960,40 ₽: the same path in Persian.
const DEBTS: Readonly<Record<string, number>> = {
  [`resident2@${DEMO_DOMAIN}`]: 184_350,
  [`resident.fa@${DEMO_DOMAIN}`]: 96_040,
};

export const demoUtilityAccounts: readonly DemoUtilityAccount[] = demoUsers
  .filter((u) => u.home !== undefined)
  .map((u, i) => ({
    organization: 'vodokanal',
    subscriberCode: subscriberCode(i),
    residentEmail: u.email,
    holderName: u.displayName,
    debt: DEBTS[u.email] ?? 0,
  }));

export interface DemoHouseholdSize {
  /** The resident whose home flat it is. */
  residentEmail: string;
  size: number;
  /** Local date, `YYYY-MM-DD`. */
  effectiveFrom: string;
}

/** The number of registered residents of every resident's home flat from 2026-01-01 (1 to 4). */
export const demoHouseholdSizes: readonly DemoHouseholdSize[] = demoUsers
  .filter((u) => u.home !== undefined)
  .map((u, i) => ({ residentEmail: u.email, size: 1 + ((i * 3 + 1) % 4), effectiveFrom: '2026-01-01' }));

/** The verification intervals of the demo city, in months: the domain's defaults, stored as the city's data. */
export const demoVerificationIntervals: Readonly<Record<MeterKind, number>> =
  defaultVerificationIntervalMonths;

export interface DemoMeter {
  /** The resident whose home flat it is in. */
  residentEmail: string;
  kind: MeterKind;
  serialNumber: string;
  sealNumber: string;
  initialReading: number;
  /** Registered this many months before the month the demo is seeded in. */
  registeredMonthsAgo: number;
  /** Verified this many months before the seed day, or due for verification this many days after it. */
  verification: { monthsAgo: number } | { dueInDays: number };
  /** The readings of the months before the seed's month, oldest first (the seed's own month is left open). */
  readings: readonly { value: number; source: MeterReadingSource }[];
}

/** Who took the demo's call-centre readings: the communal service centre's reviewer. */
export const demoCallCentreLogin = `dispatcher.kcs@${DEMO_DOMAIN}`;

// resident@demo.citydesk (Алия Сафина, ул. Баумана 7, кв. 12) has a cold- and a hot-water meter with five
// months of readings, one of them taken by the call centre; the hot-water meter is due for verification in
// 20 days, so the resident's page, the meter desk and the reminder have something to show. Dates are
// relative to the day the demo is seeded.
export const demoMeters: readonly DemoMeter[] = [
  {
    residentEmail: `resident@${DEMO_DOMAIN}`,
    kind: 'COLD_WATER',
    serialNumber: 'SV-120701',
    sealNumber: 'PL-120701',
    initialReading: 112.4,
    registeredMonthsAgo: 8,
    verification: { monthsAgo: 26 },
    readings: [
      { value: 118.9, source: 'CABINET' },
      { value: 124.6, source: 'CABINET' },
      { value: 130.2, source: 'CABINET' },
      { value: 135.8, source: 'CALL_CENTRE' },
      { value: 141.1, source: 'CABINET' },
    ],
  },
  {
    residentEmail: `resident@${DEMO_DOMAIN}`,
    kind: 'HOT_WATER',
    serialNumber: 'GV-120702',
    sealNumber: 'PL-120702',
    initialReading: 64,
    registeredMonthsAgo: 8,
    verification: { dueInDays: 20 },
    readings: [
      { value: 67.2, source: 'CABINET' },
      { value: 70.1, source: 'CABINET' },
      { value: 73.4, source: 'CABINET' },
      { value: 76, source: 'CABINET' },
      { value: 78.9, source: 'CABINET' },
    ],
  },
];
