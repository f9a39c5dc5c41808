// Holiday calendars per language: the administrator's warning about a year without one, and the page that sets
// a year's days off. {{year}} is formatted by the caller (fa: Persian digits).
export const en = {
  nav: 'Holiday calendars',
  warnings: {
    title: 'Holiday calendar missing',
    noCalendar: 'No holiday calendar for {{year}}: working-day deadlines in that year skip weekends only.',
    deadlinesAffected: 'Deadlines in {{year}} have already been computed without it.',
    action: 'Add a holiday calendar',
  },
  page: {
    title: 'Holiday calendars',
    intro: 'Public holidays of the country by year. Working-day deadlines skip the days off listed here.',
    caption: 'Holiday calendars by year',
    year: 'Year',
    daysOff: 'Days off',
    workingDays: 'Working weekend days',
    source: 'Source',
    updatedAt: 'Updated',
    empty: 'No holiday calendars yet.',
    edit: 'Edit {{year}}',
  },
  form: {
    title: 'Add or replace a year',
    year: 'Year',
    daysOff: 'Days off',
    daysOffHint: 'One date per line, YYYY-MM-DD: public holidays and the days off they are moved to.',
    workingDays: 'Working weekend days',
    workingDaysHint: 'Weekend dates declared working days, one per line (may be left empty).',
    source: 'Source',
    sourceHint: 'The law, decree or published calendar the dates come from.',
    notes: 'Notes',
    save: 'Save the calendar',
    saving: 'Saving…',
    saved: 'The holiday calendar for {{year}} is saved.',
    line: 'Line {{line}}: {{message}}',
  },
};

export const ru: typeof en = {
  nav: 'Производственные календари',
  warnings: {
    title: 'Нет производственного календаря',
    noCalendar:
      'Нет производственного календаря на {{year}} год: сроки в рабочих днях в этом году учитывают только выходные.',
    deadlinesAffected: 'Сроки в {{year}} году уже рассчитаны без него.',
    action: 'Добавить календарь',
  },
  page: {
    title: 'Производственные календари',
    intro: 'Праздничные дни страны по годам. Сроки в рабочих днях не учитывают перечисленные здесь выходные.',
    caption: 'Производственные календари по годам',
    year: 'Год',
    daysOff: 'Нерабочие дни',
    workingDays: 'Рабочие выходные',
    source: 'Источник',
    updatedAt: 'Обновлён',
    empty: 'Производственных календарей пока нет.',
    edit: 'Изменить {{year}}',
  },
  form: {
    title: 'Добавить или заменить год',
    year: 'Год',
    daysOff: 'Нерабочие дни',
    daysOffHint: 'По одной дате в строке, ГГГГ-ММ-ДД: праздники и перенесённые на другие дни выходные.',
    workingDays: 'Рабочие выходные',
    workingDaysHint: 'Выходные дни, объявленные рабочими, по одному в строке (можно оставить пустым).',
    source: 'Источник',
    sourceHint: 'Закон, постановление или опубликованный календарь, откуда взяты даты.',
    notes: 'Примечания',
    save: 'Сохранить календарь',
    saving: 'Сохранение…',
    saved: 'Производственный календарь на {{year}} год сохранён.',
    line: 'Строка {{line}}: {{message}}',
  },
};

export const az: typeof en = {
  nav: 'Bayram təqvimləri',
  warnings: {
    title: 'Bayram təqvimi yoxdur',
    noCalendar:
      '{{year}} ili üçün bayram təqvimi yoxdur: həmin ildə iş günləri ilə müddətlər yalnız həftəsonlarını nəzərə alır.',
    deadlinesAffected: '{{year}} ili üçün müddətlər artıq onsuz hesablanıb.',
    action: 'Bayram təqvimi əlavə edin',
  },
  page: {
    title: 'Bayram təqvimləri',
    intro:
      'Ölkənin illər üzrə bayram günləri. İş günləri ilə müddətlər burada göstərilən istirahət günlərini keçir.',
    caption: 'İllər üzrə bayram təqvimləri',
    year: 'İl',
    daysOff: 'İstirahət günləri',
    workingDays: 'İş günü olan həftəsonları',
    source: 'Mənbə',
    updatedAt: 'Yeniləndi',
    empty: 'Hələ bayram təqvimi yoxdur.',
    edit: '{{year}} ilini dəyişin',
  },
  form: {
    title: 'İli əlavə edin və ya əvəz edin',
    year: 'İl',
    daysOff: 'İstirahət günləri',
    daysOffHint: 'Hər sətirdə bir tarix, İİİİ-AA-GG: bayramlar və onların köçürüldüyü istirahət günləri.',
    workingDays: 'İş günü olan həftəsonları',
    workingDaysHint: 'İş günü elan edilmiş həftəsonu tarixləri, hər sətirdə bir (boş qala bilər).',
    source: 'Mənbə',
    sourceHint: 'Tarixlərin götürüldüyü qanun, qərar və ya dərc olunmuş təqvim.',
    notes: 'Qeydlər',
    save: 'Təqvimi saxlayın',
    saving: 'Saxlanılır…',
    saved: '{{year}} ili üçün bayram təqvimi saxlanıldı.',
    line: 'Sətir {{line}}: {{message}}',
  },
};

export const fa: typeof en = {
  nav: 'تقویم‌های تعطیلات',
  warnings: {
    title: 'تقویم تعطیلات موجود نیست',
    noCalendar:
      'تقویم تعطیلات سال {{year}} موجود نیست: مهلت‌های روز کاری در آن سال فقط تعطیلات هفتگی را در نظر می‌گیرند.',
    deadlinesAffected: 'مهلت‌های سال {{year}} پیش‌تر بدون آن محاسبه شده‌اند.',
    action: 'افزودن تقویم تعطیلات',
  },
  page: {
    title: 'تقویم‌های تعطیلات',
    intro: 'تعطیلات رسمی کشور به تفکیک سال. مهلت‌های روز کاری روزهای تعطیل فهرست‌شده در اینجا را نمی‌شمارند.',
    caption: 'تقویم‌های تعطیلات به تفکیک سال',
    year: 'سال',
    daysOff: 'روزهای تعطیل',
    workingDays: 'روزهای کاری در تعطیلات هفتگی',
    source: 'منبع',
    updatedAt: 'به‌روزرسانی',
    empty: 'هنوز تقویم تعطیلاتی ثبت نشده است.',
    edit: 'ویرایش {{year}}',
  },
  form: {
    title: 'افزودن یا جایگزینی یک سال',
    year: 'سال (میلادی)',
    daysOff: 'روزهای تعطیل',
    daysOffHint: 'در هر سطر یک تاریخ میلادی به شکل YYYY-MM-DD: تعطیلات رسمی و روزهای تعطیل جابه‌جاشده.',
    workingDays: 'روزهای کاری در تعطیلات هفتگی',
    workingDaysHint:
      'تاریخ روزهای تعطیل هفتگی که روز کاری اعلام شده‌اند، در هر سطر یکی (می‌تواند خالی بماند).',
    source: 'منبع',
    sourceHint: 'قانون، مصوبه یا تقویم رسمی منتشرشده‌ای که تاریخ‌ها از آن گرفته شده است.',
    notes: 'یادداشت‌ها',
    save: 'ذخیرهٔ تقویم',
    saving: 'در حال ذخیره…',
    saved: 'تقویم تعطیلات سال {{year}} ذخیره شد.',
    line: 'سطر {{line}}: {{message}}',
  },
};

export const kk: typeof en = {
  nav: 'Мереке күнтізбелері',
  warnings: {
    title: 'Мереке күнтізбесі жоқ',
    noCalendar:
      '{{year}} жылға мереке күнтізбесі жоқ: сол жылы жұмыс күндерімен есептелетін мерзімдер тек демалыс күндерін ескереді.',
    deadlinesAffected: '{{year}} жылғы мерзімдер онсыз есептеліп қойған.',
    action: 'Мереке күнтізбесін қосу',
  },
  page: {
    title: 'Мереке күнтізбелері',
    intro:
      'Елдің жылдар бойынша мереке күндері. Жұмыс күндерімен есептелетін мерзімдер мұнда көрсетілген демалыс күндерін өткізіп жібереді.',
    caption: 'Жылдар бойынша мереке күнтізбелері',
    year: 'Жыл',
    daysOff: 'Демалыс күндері',
    workingDays: 'Жұмыс күні болған демалыстар',
    source: 'Дереккөз',
    updatedAt: 'Жаңартылды',
    empty: 'Мереке күнтізбелері әлі жоқ.',
    edit: '{{year}} жылды өзгерту',
  },
  form: {
    title: 'Жылды қосу немесе ауыстыру',
    year: 'Жыл',
    daysOff: 'Демалыс күндері',
    daysOffHint: 'Әр жолға бір күн, ЖЖЖЖ-АА-КК: мерекелер және олар ауыстырылған демалыс күндері.',
    workingDays: 'Жұмыс күні болған демалыстар',
    workingDaysHint: 'Жұмыс күні деп жарияланған демалыс күндері, әр жолға біреу (бос қалдыруға болады).',
    source: 'Дереккөз',
    sourceHint: 'Күндер алынған заң, қаулы немесе жарияланған күнтізбе.',
    notes: 'Ескертпелер',
    save: 'Күнтізбені сақтау',
    saving: 'Сақталуда…',
    saved: '{{year}} жылға мереке күнтізбесі сақталды.',
    line: '{{line}}-жол: {{message}}',
  },
};
