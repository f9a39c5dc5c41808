// Signing an application with a one-time SMS code, per language.
export const en = {
  smsSubject: 'Signing code',
  smsText:
    'citydesk: your code to sign application {{number}} is {{code}}. It is valid for 10 minutes. Do not tell it to anyone.',
};

export const ru: typeof en = {
  smsSubject: 'Код подписи',
  smsText:
    'citydesk: код для подписи заявления {{number}} — {{code}}. Действует 10 минут. Никому не сообщайте его.',
};

export const az: typeof en = {
  smsSubject: 'İmza kodu',
  smsText:
    'citydesk: {{number}} nömrəli müraciəti imzalamaq üçün kodunuz {{code}}. Kod 10 dəqiqə etibarlıdır. Onu heç kimə deməyin.',
};

export const fa: typeof en = {
  smsSubject: 'کد امضا',
  smsText:
    'citydesk: کد امضای درخواست {{number}}: {{code}}. این کد ۱۰ دقیقه اعتبار دارد. آن را به کسی ندهید.',
};

export const kk: typeof en = {
  smsSubject: 'Қол қою коды',
  smsText:
    'citydesk: {{number}} өтінішке қол қою коды — {{code}}. Код 10 минут жарамды. Оны ешкімге айтпаңыз.',
};
