// The work order's words in every language. Temporary home: these move into the i18n catalogue
// (packages/i18n, under `documents.workOrder.<key>`) and this file then reads them from there.
// Placeholders use the catalogue's i18next syntax, {{name}}.
import type { Locale } from '@citydesk/i18n';

export interface WorkOrderLabels {
  /** Document title, printed large. */
  title: string;
  /** Second line of the title. */
  subtitle: string;
  /** The work order's number under the title. */
  number: string;
  issuedAt: string;
  requestNumber: string;
  workOrderNumber: string;
  address: string;
  /** Street and house. */
  addressLine: string;
  apartment: string;
  nonResidential: string;
  commonArea: string;
  resident: string;
  phone: string;
  category: string;
  deadline: string;
  contractor: string;
  worker: string;
  managementCompany: string;
  description: string;
  workPerformed: string;
  residentSignature: string;
  workerSignature: string;
  /** Captions under the signature lines. */
  signature: string;
  date: string;
  fullName: string;
  qrCaption: string;
  priorityHigh: string;
  priorityEmergency: string;
  /** Heading of a continuation page. */
  continued: string;
  printed: string;
  page: string;
}

export const workOrderLabels: Record<Locale, WorkOrderLabels> = {
  en: {
    title: 'Work order',
    subtitle: 'for repair work',
    number: 'No. {{number}}',
    issuedAt: 'Issued {{date}}',
    requestNumber: 'Request number',
    workOrderNumber: 'Work order number',
    address: 'Address',
    addressLine: '{{street}}, {{house}}',
    apartment: 'apt. {{number}}',
    nonResidential: 'premises {{number}}',
    commonArea: 'common area: {{name}}',
    resident: 'Resident',
    phone: 'Phone',
    category: 'Category',
    deadline: 'Deadline',
    contractor: 'Contractor',
    worker: 'Worker',
    managementCompany: 'Management company',
    description: 'Description of the problem',
    workPerformed: 'Work performed and materials used',
    residentSignature: 'Work accepted (resident)',
    workerSignature: 'Work done (worker)',
    signature: 'signature',
    date: 'date',
    fullName: 'full name',
    qrCaption: 'Scan to open the request',
    priorityHigh: 'High priority',
    priorityEmergency: 'Emergency',
    continued: 'Work order {{number}} (continued)',
    printed: 'Printed from citydesk on {{date}}',
    page: 'Page {{page}} of {{pages}}',
  },
  ru: {
    title: 'Наряд-заказ',
    subtitle: 'на выполнение ремонтных работ',
    number: '№ {{number}}',
    issuedAt: 'Выдан {{date}}',
    requestNumber: 'Номер заявки',
    workOrderNumber: 'Номер наряда',
    address: 'Адрес',
    addressLine: '{{street}}, д. {{house}}',
    apartment: 'кв. {{number}}',
    nonResidential: 'пом. {{number}}',
    commonArea: 'место общего пользования: {{name}}',
    resident: 'Заявитель',
    phone: 'Телефон',
    category: 'Категория',
    deadline: 'Срок выполнения',
    contractor: 'Подрядчик',
    worker: 'Мастер',
    managementCompany: 'Управляющая компания',
    description: 'Описание проблемы',
    workPerformed: 'Выполненные работы и использованные материалы',
    residentSignature: 'Работу принял (заявитель)',
    workerSignature: 'Работу выполнил (мастер)',
    signature: 'подпись',
    date: 'дата',
    fullName: 'Ф. И. О.',
    qrCaption: 'Отсканируйте, чтобы открыть заявку',
    priorityHigh: 'Высокий приоритет',
    priorityEmergency: 'Аварийная заявка',
    continued: 'Наряд-заказ № {{number}} (продолжение)',
    printed: 'Распечатано из citydesk {{date}}',
    page: 'Страница {{page}} из {{pages}}',
  },
  kk: {
    title: 'Наряд-тапсырыс',
    subtitle: 'жөндеу жұмыстарын орындауға',
    number: '№ {{number}}',
    issuedAt: 'Берілген күні: {{date}}',
    requestNumber: 'Өтінім нөмірі',
    workOrderNumber: 'Наряд нөмірі',
    address: 'Мекенжай',
    addressLine: '{{street}}, {{house}} үй',
    apartment: '{{number}} пәтер',
    nonResidential: '{{number}} үй-жай',
    commonArea: 'ортақ пайдаланылатын орын: {{name}}',
    resident: 'Өтініш беруші',
    phone: 'Телефон',
    category: 'Санат',
    deadline: 'Орындау мерзімі',
    contractor: 'Мердігер',
    worker: 'Шебер',
    managementCompany: 'Басқарушы компания',
    description: 'Мәселенің сипаттамасы',
    workPerformed: 'Орындалған жұмыстар және пайдаланылған материалдар',
    residentSignature: 'Жұмысты қабылдадым (өтініш беруші)',
    workerSignature: 'Жұмысты орындадым (шебер)',
    signature: 'қолы',
    date: 'күні',
    fullName: 'аты-жөні',
    qrCaption: 'Өтінімді ашу үшін сканерлеңіз',
    priorityHigh: 'Жоғары басымдық',
    priorityEmergency: 'Апаттық өтінім',
    continued: 'Наряд-тапсырыс № {{number}} (жалғасы)',
    printed: 'citydesk жүйесінен басып шығарылды: {{date}}',
    page: 'Бет {{page}} / {{pages}}',
  },
  az: {
    title: 'İş sifarişi',
    subtitle: 'təmir işlərinin yerinə yetirilməsi üçün',
    number: '№ {{number}}',
    issuedAt: 'Verilib: {{date}}',
    requestNumber: 'Müraciətin nömrəsi',
    workOrderNumber: 'İş sifarişinin nömrəsi',
    address: 'Ünvan',
    addressLine: '{{street}}, ev {{house}}',
    apartment: 'mənzil {{number}}',
    nonResidential: 'qeyri-yaşayış sahəsi {{number}}',
    commonArea: 'ümumi istifadə yeri: {{name}}',
    resident: 'Müraciət edən',
    phone: 'Telefon',
    category: 'Kateqoriya',
    deadline: 'İcra müddəti',
    contractor: 'Podratçı',
    worker: 'Usta',
    managementCompany: 'İdarəedici şirkət',
    description: 'Problemin təsviri',
    workPerformed: 'Görülmüş işlər və istifadə olunmuş materiallar',
    residentSignature: 'İşi qəbul etdim (müraciət edən)',
    workerSignature: 'İşi yerinə yetirdim (usta)',
    signature: 'imza',
    date: 'tarix',
    fullName: 'soyadı, adı',
    qrCaption: 'Müraciəti açmaq üçün skan edin',
    priorityHigh: 'Yüksək prioritet',
    priorityEmergency: 'Qəza müraciəti',
    continued: 'İş sifarişi № {{number}} (davamı)',
    printed: 'citydesk sistemindən çap edilib: {{date}}',
    page: 'Səhifə {{page}} / {{pages}}',
  },
  fa: {
    title: 'دستور کار',
    subtitle: 'برای انجام تعمیرات',
    number: 'شماره {{number}}',
    issuedAt: 'تاریخ صدور: {{date}}',
    requestNumber: 'شماره درخواست',
    workOrderNumber: 'شماره دستور کار',
    address: 'نشانی',
    addressLine: '{{street}}، پلاک {{house}}',
    apartment: 'واحد {{number}}',
    nonResidential: 'واحد غیرمسکونی {{number}}',
    commonArea: 'مشاعات: {{name}}',
    resident: 'متقاضی',
    phone: 'تلفن',
    category: 'دسته‌بندی',
    deadline: 'مهلت انجام',
    contractor: 'پیمانکار',
    worker: 'تعمیرکار',
    managementCompany: 'شرکت مدیریت ساختمان',
    description: 'شرح مشکل',
    workPerformed: 'کارهای انجام‌شده و مصالح مصرفی',
    residentSignature: 'کار را تحویل گرفتم (متقاضی)',
    workerSignature: 'کار را انجام دادم (تعمیرکار)',
    signature: 'امضا',
    date: 'تاریخ',
    fullName: 'نام و نام خانوادگی',
    qrCaption: 'برای باز کردن درخواست اسکن کنید',
    priorityHigh: 'اولویت بالا',
    priorityEmergency: 'درخواست اضطراری',
    continued: 'دستور کار شماره {{number}} (ادامه)',
    printed: 'چاپ‌شده از citydesk در {{date}}',
    page: 'صفحه {{page}} از {{pages}}',
  },
};

/**
 * Fills `{{name}}` placeholders. Each value is a bidi isolate (FSI…PDI, as HTML's <bdi>): a Cyrillic
 * street or a Latin number keeps its own order inside a Persian sentence and does not pull the
 * punctuation next to it out of place.
 */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? isolate(params[name]!) : whole,
  );
}

/** Wraps text in a first-strong bidi isolate (FSI…PDI). */
export const isolate = (text: string) => `\u2068${text}\u2069`;
