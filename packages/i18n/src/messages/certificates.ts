// The issued documents' (certificates, receipts) words per language, printed on their PDF
// ({{…}} values are bidi-isolated when filled).
export const en = {
  number: 'No. {{number}}',
  issuedAt: 'Issued {{date}}',
  applicant: 'Applicant',
  requestNumber: 'Application number',
  service: 'Service',
  details: 'Details',
  verification: 'Verification',
  verificationCode: 'Verification code',
  verifyCaption:
    'Check that this document is genuine: scan the code or open {{url}} and enter the code {{code}}.',
  electronic: 'This document was issued electronically and needs no signature or stamp.',
  continued: '{{title}} No. {{number}} (continued)',
  page: 'Page {{page}} of {{pages}}',
};

export const ru: typeof en = {
  number: '№ {{number}}',
  issuedAt: 'Дата выдачи: {{date}}',
  applicant: 'Заявитель',
  requestNumber: 'Номер заявления',
  service: 'Услуга',
  details: 'Сведения',
  verification: 'Проверка подлинности',
  verificationCode: 'Код проверки',
  verifyCaption:
    'Проверьте подлинность документа: отсканируйте код или откройте {{url}} и введите код {{code}}.',
  electronic: 'Документ выдан в электронном виде и не требует подписи и печати.',
  continued: '{{title}} № {{number}} (продолжение)',
  page: 'Страница {{page}} из {{pages}}',
};

export const az: typeof en = {
  number: '№ {{number}}',
  issuedAt: 'Verilmə tarixi: {{date}}',
  applicant: 'Ərizəçi',
  requestNumber: 'Ərizənin nömrəsi',
  service: 'Xidmət',
  details: 'Məlumatlar',
  verification: 'Həqiqiliyin yoxlanılması',
  verificationCode: 'Yoxlama kodu',
  verifyCaption:
    'Sənədin həqiqiliyini yoxlayın: kodu skan edin və ya {{url}} ünvanını açıb {{code}} kodunu daxil edin.',
  electronic: 'Sənəd elektron qaydada verilib, imza və möhür tələb etmir.',
  continued: '{{title}} № {{number}} (davamı)',
  page: 'Səhifə {{page}} / {{pages}}',
};

export const fa: typeof en = {
  number: 'شماره {{number}}',
  issuedAt: 'تاریخ صدور: {{date}}',
  applicant: 'متقاضی',
  requestNumber: 'شماره درخواست',
  service: 'خدمت',
  details: 'مشخصات',
  verification: 'استعلام اصالت',
  verificationCode: 'کد استعلام',
  verifyCaption:
    'برای اطمینان از اصالت این سند، کد را اسکن کنید یا نشانی {{url}} را باز کنید و کد {{code}} را وارد کنید.',
  electronic: 'این سند به‌صورت الکترونیکی صادر شده است و به امضا و مهر نیاز ندارد.',
  continued: '{{title}} شماره {{number}} (ادامه)',
  page: 'صفحه {{page}} از {{pages}}',
};

export const kk: typeof en = {
  number: '№ {{number}}',
  issuedAt: 'Берілген күні: {{date}}',
  applicant: 'Өтініш беруші',
  requestNumber: 'Өтініш нөмірі',
  service: 'Қызмет',
  details: 'Мәліметтер',
  verification: 'Түпнұсқалығын тексеру',
  verificationCode: 'Тексеру коды',
  verifyCaption:
    'Құжаттың түпнұсқалығын тексеріңіз: кодты сканерлеңіз немесе {{url}} мекенжайын ашып, {{code}} кодын енгізіңіз.',
  electronic: 'Құжат электрондық түрде берілген, қол қоюды және мөр басуды қажет етпейді.',
  continued: '{{title}} № {{number}} (жалғасы)',
  page: 'Бет {{page}} / {{pages}}',
};
