// The standard catalogue of housing repair categories with their SLAs: the default SLA set a new city starts
// with (`citydesk setup`, the setup page) and the demo city's catalogue. Pure data; the administrator edits
// categories and SLAs afterwards.
import type { OrganizationKind, SlaUnit } from '../../apps/api/src/generated/prisma/enums.ts';
import type { LocalisedName } from './demo-city.ts';

export interface StandardCategory {
  code: string;
  name: LocalisedName;
  slaUnit: SlaUnit;
  slaAmount: number;
  isEmergency: boolean;
  sortOrder: number;
  /** Who handles it, when not the building's management company (staff-only work orders). */
  handlingOrganizationKind?: OrganizationKind;
}

// Deadlines as the «Открытый Заинск»/Kazan housing desks and common practice set them: emergencies are
// localised within hours, common-property faults fixed within working days, upkeep within calendar days.
export const standardCategories: readonly StandardCategory[] = [
  // Ordered by the communal service centre when a registered meter is not sealed, or by the resident
  // (seed 003).
  {
    code: 'meter_sealing',
    name: {
      az: 'Sayğacın plomblanması',
      fa: 'پلمب کنتور',
      ru: 'Опломбирование счётчика',
      kk: 'Есептегішті пломбалау',
      en: 'Meter sealing',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 5,
    isEmergency: false,
    sortOrder: 190,
    handlingOrganizationKind: 'AGENCY',
  },
  // Ordered by the resident (or the call centre for a caller) to take a meter's seal off, e.g. to replace
  // the meter or take it for verification (seed 003: "опломбирование или распломбирование").
  {
    code: 'meter_unsealing',
    name: {
      az: 'Sayğacın plombunun çıxarılması',
      fa: 'برداشتن پلمب کنتور',
      ru: 'Распломбирование счётчика',
      kk: 'Есептегіштің пломбасын алу',
      en: 'Meter unsealing',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 5,
    isEmergency: false,
    sortOrder: 195,
    handlingOrganizationKind: 'AGENCY',
  },
  {
    code: 'burst_pipe',
    name: {
      az: 'Boru partlaması',
      fa: 'ترکیدگی لوله',
      ru: 'Прорыв трубы',
      kk: 'Құбырдың жарылуы',
      en: 'Burst pipe',
    },
    slaUnit: 'HOURS',
    slaAmount: 1,
    isEmergency: true,
    sortOrder: 10,
  },
  {
    code: 'gas_smell',
    name: { az: 'Qaz iyi', fa: 'بوی گاز', ru: 'Запах газа', kk: 'Газ иісі', en: 'Smell of gas' },
    slaUnit: 'HOURS',
    slaAmount: 1,
    isEmergency: true,
    sortOrder: 20,
  },
  {
    code: 'sewer_blockage',
    name: {
      az: 'Kanalizasiyanın tıxanması',
      fa: 'گرفتگی فاضلاب',
      ru: 'Засор канализации',
      kk: 'Кәріздің бітелуі',
      en: 'Sewer blockage',
    },
    slaUnit: 'HOURS',
    slaAmount: 2,
    isEmergency: true,
    sortOrder: 30,
  },
  {
    code: 'no_electricity',
    name: {
      az: 'Elektrik enerjisi yoxdur',
      fa: 'قطع برق',
      ru: 'Нет электричества',
      kk: 'Электр қуаты жоқ',
      en: 'No electricity',
    },
    slaUnit: 'HOURS',
    slaAmount: 2,
    isEmergency: true,
    sortOrder: 40,
  },
  {
    code: 'roof_leak',
    name: {
      az: 'Damdan su sızması',
      fa: 'نشت آب از بام',
      ru: 'Протечка кровли',
      kk: 'Шатырдан су ағуы',
      en: 'Roof leak',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 1,
    isEmergency: false,
    sortOrder: 50,
  },
  {
    code: 'heating',
    name: {
      az: 'İstilik sistemində nasazlıq',
      fa: 'خرابی سیستم گرمایش',
      ru: 'Неисправность отопления',
      kk: 'Жылыту жүйесінің ақауы',
      en: 'Heating fault',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 1,
    isEmergency: false,
    sortOrder: 60,
  },
  {
    code: 'elevator',
    name: {
      az: 'Liftin nasazlığı',
      fa: 'خرابی آسانسور',
      ru: 'Неисправность лифта',
      kk: 'Лифтің ақауы',
      en: 'Elevator fault',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 1,
    isEmergency: false,
    sortOrder: 70,
  },
  {
    code: 'entrance_door',
    name: {
      az: 'Blokun giriş qapısı',
      fa: 'در ورودی ساختمان',
      ru: 'Входная дверь подъезда',
      kk: 'Кіреберістің есігі',
      en: 'Entrance door',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 1,
    isEmergency: false,
    sortOrder: 80,
  },
  {
    code: 'entrance_lighting',
    name: {
      az: 'Blokda işıqlandırma',
      fa: 'روشنایی راه‌پله',
      ru: 'Освещение в подъезде',
      kk: 'Кіреберістегі жарық',
      en: 'Stairwell lighting',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 3,
    isEmergency: false,
    sortOrder: 90,
  },
  {
    code: 'downpipe',
    name: {
      az: 'Yağış suyu borusu',
      fa: 'ناودان',
      ru: 'Водосточная труба',
      kk: 'Су ағызатын құбыр',
      en: 'Downpipe',
    },
    slaUnit: 'WORKING_DAYS',
    slaAmount: 5,
    isEmergency: false,
    sortOrder: 100,
  },
  {
    code: 'yard_cleaning',
    name: {
      az: 'Həyətin təmizlənməsi',
      fa: 'نظافت حیاط',
      ru: 'Уборка двора',
      kk: 'Ауланы тазалау',
      en: 'Yard cleaning',
    },
    slaUnit: 'CALENDAR_DAYS',
    slaAmount: 3,
    isEmergency: false,
    sortOrder: 110,
  },
  {
    code: 'other',
    name: { az: 'Digər', fa: 'سایر', ru: 'Другое', kk: 'Басқа', en: 'Other' },
    slaUnit: 'CALENDAR_DAYS',
    slaAmount: 7,
    isEmergency: false,
    sortOrder: 120,
  },
];
