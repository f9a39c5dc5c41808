// An issued document's life in words, per language: its status, why it was revoked (the category shown
// publicly), what the reviewer sees to revoke it, and why an approval is blocked (an outstanding debt).
export const en = {
  status: { ISSUED: 'Valid', REVOKED: 'Revoked', EXPIRED: 'Expired' },
  reasons: {
    BASIS_REMOVED: 'What it certified no longer holds',
    APPLICATION_INVALIDATED: 'The application was declared invalid',
    SUPERSEDED: 'Replaced by a newer document',
    ISSUED_IN_ERROR: 'Issued in error',
    FALSE_DOCUMENTS: 'Issued on false documents',
    OTHER: 'Withdrawn by the issuer',
  },
  validUntil: 'Valid until {{date}}',
  revokedOn: 'Revoked on {{date}}: {{reason}}',
  expired: 'Document expired',
  expiredText: 'A document with this code was issued, but its validity ended on {{date}}.',
  revokedReason: 'Reason: {{reason}}',
  revoke: {
    action: 'Revoke',
    title: 'Revoke document {{number}}',
    intro: 'A revoked document verifies as revoked from now on. The applicant is told.',
    reason: 'Reason',
    note: 'Note for the file (not shown publicly)',
    noteRequired: 'Say why, for the reason “{{reason}}”.',
    confirm: 'Revoke the document',
    done: 'Document {{number}} has been revoked.',
  },
  blocked: {
    DEBT_OUTSTANDING:
      'Account {{account}} owes {{amount}}. The certificate cannot be issued while there is a debt: ask for payment instead.',
    ACCOUNT_NOT_FOUND:
      'No account {{account}} was found. Nothing can be certified about it: refuse the application on that ground.',
  },
};

export const ru: typeof en = {
  status: { ISSUED: 'Действителен', REVOKED: 'Отозван', EXPIRED: 'Срок действия истёк' },
  reasons: {
    BASIS_REMOVED: 'Удостоверенное им обстоятельство больше не существует',
    APPLICATION_INVALIDATED: 'Заявление признано недействительным',
    SUPERSEDED: 'Заменён более новым документом',
    ISSUED_IN_ERROR: 'Выдан ошибочно',
    FALSE_DOCUMENTS: 'Выдан на основании недостоверных документов',
    OTHER: 'Отозван выдавшей организацией',
  },
  validUntil: 'Действителен до {{date}}',
  revokedOn: 'Отозван {{date}}: {{reason}}',
  expired: 'Срок действия документа истёк',
  expiredText: 'Документ с этим кодом был выдан, но срок его действия истёк {{date}}.',
  revokedReason: 'Причина: {{reason}}',
  revoke: {
    action: 'Отозвать',
    title: 'Отзыв документа {{number}}',
    intro: 'С этого момента проверка покажет, что документ отозван. Заявитель получит уведомление.',
    reason: 'Причина',
    note: 'Примечание для дела (публично не показывается)',
    noteRequired: 'Укажите, почему: причина «{{reason}}».',
    confirm: 'Отозвать документ',
    done: 'Документ {{number}} отозван.',
  },
  blocked: {
    DEBT_OUTSTANDING:
      'По лицевому счёту {{account}} задолженность {{amount}}. Пока есть долг, справку выдать нельзя: запросите оплату.',
    ACCOUNT_NOT_FOUND:
      'Лицевой счёт {{account}} не найден. Удостоверить по нему ничего нельзя: откажите по этому основанию.',
  },
};

export const az: typeof en = {
  status: { ISSUED: 'Etibarlıdır', REVOKED: 'Ləğv edilib', EXPIRED: 'Müddəti bitib' },
  reasons: {
    BASIS_REMOVED: 'Təsdiq etdiyi hal artıq mövcud deyil',
    APPLICATION_INVALIDATED: 'Müraciət etibarsız sayılıb',
    SUPERSEDED: 'Daha yeni sənədlə əvəz olunub',
    ISSUED_IN_ERROR: 'Səhvən verilib',
    FALSE_DOCUMENTS: 'Saxta sənədlər əsasında verilib',
    OTHER: 'Verən təşkilat tərəfindən geri götürülüb',
  },
  validUntil: '{{date}} tarixinədək etibarlıdır',
  revokedOn: '{{date}} tarixində ləğv edilib: {{reason}}',
  expired: 'Sənədin etibarlılıq müddəti bitib',
  expiredText: 'Bu kodla sənəd verilib, lakin onun etibarlılıq müddəti {{date}} tarixində bitib.',
  revokedReason: 'Səbəb: {{reason}}',
  revoke: {
    action: 'Ləğv et',
    title: '{{number}} nömrəli sənədin ləğvi',
    intro: 'Bundan sonra yoxlama sənədin ləğv edildiyini göstərəcək. Müraciət edənə bildiriş göndəriləcək.',
    reason: 'Səbəb',
    note: 'İş üçün qeyd (ictimaiyyətə göstərilmir)',
    noteRequired: '“{{reason}}” səbəbi üçün izah yazın.',
    confirm: 'Sənədi ləğv et',
    done: '{{number}} nömrəli sənəd ləğv edildi.',
  },
  blocked: {
    DEBT_OUTSTANDING:
      '{{account}} hesabı üzrə {{amount}} borc var. Borc olduqca arayış verilə bilməz: ödəniş tələb edin.',
    ACCOUNT_NOT_FOUND:
      '{{account}} hesabı tapılmadı. Onun barəsində heç nə təsdiq edilə bilməz: bu əsasla imtina edin.',
  },
};

export const fa: typeof en = {
  status: { ISSUED: 'معتبر', REVOKED: 'باطل‌شده', EXPIRED: 'منقضی‌شده' },
  reasons: {
    BASIS_REMOVED: 'آنچه گواهی کرده بود دیگر برقرار نیست',
    APPLICATION_INVALIDATED: 'درخواست نامعتبر اعلام شد',
    SUPERSEDED: 'با سند جدیدتری جایگزین شد',
    ISSUED_IN_ERROR: 'به اشتباه صادر شده بود',
    FALSE_DOCUMENTS: 'بر پایهٔ مدارک نادرست صادر شده بود',
    OTHER: 'از سوی صادرکننده پس گرفته شد',
  },
  validUntil: 'معتبر تا {{date}}',
  revokedOn: 'باطل‌شده در {{date}}: {{reason}}',
  expired: 'اعتبار سند به پایان رسیده است',
  expiredText: 'سندی با این کد صادر شده بود، اما اعتبار آن در {{date}} به پایان رسید.',
  revokedReason: 'دلیل: {{reason}}',
  revoke: {
    action: 'ابطال',
    title: 'ابطال سند {{number}}',
    intro: 'از این پس بررسی سند نشان می‌دهد که باطل شده است. به متقاضی اطلاع داده می‌شود.',
    reason: 'دلیل',
    note: 'یادداشت برای پرونده (به‌صورت عمومی نمایش داده نمی‌شود)',
    noteRequired: 'برای دلیل «{{reason}}» توضیح بنویسید.',
    confirm: 'ابطال سند',
    done: 'سند {{number}} باطل شد.',
  },
  blocked: {
    DEBT_OUTSTANDING:
      'اشتراک {{account}} مبلغ {{amount}} بدهی دارد. تا بدهی هست گواهی صادر نمی‌شود: پرداخت را درخواست کنید.',
    ACCOUNT_NOT_FOUND:
      'اشتراک {{account}} پیدا نشد. دربارهٔ آن چیزی قابل گواهی نیست: درخواست را با همین دلیل رد کنید.',
  },
};

export const kk: typeof en = {
  status: { ISSUED: 'Жарамды', REVOKED: 'Кері қайтарылған', EXPIRED: 'Мерзімі өткен' },
  reasons: {
    BASIS_REMOVED: 'Ол куәландырған жағдай енді жоқ',
    APPLICATION_INVALIDATED: 'Өтініш жарамсыз деп танылды',
    SUPERSEDED: 'Жаңа құжатпен ауыстырылды',
    ISSUED_IN_ERROR: 'Қателікпен берілген',
    FALSE_DOCUMENTS: 'Жалған құжаттар негізінде берілген',
    OTHER: 'Берген ұйым кері қайтарып алды',
  },
  validUntil: '{{date}} дейін жарамды',
  revokedOn: '{{date}} кері қайтарылды: {{reason}}',
  expired: 'Құжаттың жарамдылық мерзімі өтті',
  expiredText: 'Осы кодпен құжат берілген, бірақ оның жарамдылық мерзімі {{date}} аяқталды.',
  revokedReason: 'Себебі: {{reason}}',
  revoke: {
    action: 'Кері қайтару',
    title: '{{number}} құжатын кері қайтару',
    intro: 'Бұдан былай тексеру құжаттың кері қайтарылғанын көрсетеді. Өтініш берушіге хабарланады.',
    reason: 'Себебі',
    note: 'Іске арналған ескертпе (жария көрсетілмейді)',
    noteRequired: '«{{reason}}» себебі үшін түсіндірме жазыңыз.',
    confirm: 'Құжатты кері қайтару',
    done: '{{number}} құжаты кері қайтарылды.',
  },
  blocked: {
    DEBT_OUTSTANDING:
      '{{account}} дербес шоты бойынша {{amount}} берешек бар. Берешек тұрғанда анықтама берілмейді: төлемді сұраңыз.',
    ACCOUNT_NOT_FOUND:
      '{{account}} дербес шоты табылмады. Ол туралы ештеңе куәландыруға болмайды: осы негізбен бас тартыңыз.',
  },
};
