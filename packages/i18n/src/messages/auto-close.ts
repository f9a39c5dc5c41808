// A repair request the platform closed because the resident did not answer in time (CLOSED_UNCONFIRMED): what
// the resident's page and the timeline say about it, and the resident's reopening, per language.
export const en = {
  title: 'Closed without your confirmation',
  text: 'You did not confirm or reject the work in time, so the request was closed without your confirmation.',
  until: 'If the problem is not solved, you can reopen the request until {{date}}.',
  final: 'The time to reopen it has passed. If the problem is still there, please file a new request.',
  reopen: 'Reopen the request',
  reopenTitle: 'What is still wrong?',
  reopenSubmit: 'Reopen the request',
  reopened: 'Request {{number}} has been reopened.',
  timelineUntil: 'The resident may reopen it until {{date}}.',
};

export const ru: typeof en = {
  title: 'Закрыта без вашего подтверждения',
  text: 'Вы не подтвердили и не отклонили выполнение работ в срок, поэтому заявка закрыта без вашего подтверждения.',
  until: 'Если проблема не решена, вы можете возобновить заявку до {{date}}.',
  final:
    'Срок, в который заявку можно было возобновить, истёк. Если проблема осталась, подайте новую заявку.',
  reopen: 'Возобновить заявку',
  reopenTitle: 'Что по-прежнему не так?',
  reopenSubmit: 'Возобновить заявку',
  reopened: 'Заявка {{number}} возобновлена.',
  timelineUntil: 'Житель может возобновить её до {{date}}.',
};

export const az: typeof en = {
  title: 'Sizin təsdiqiniz olmadan bağlanıb',
  text: 'İşləri vaxtında təsdiqləmədiniz və rədd etmədiniz, buna görə müraciət sizin təsdiqiniz olmadan bağlandı.',
  until: 'Problem həll olunmayıbsa, müraciəti {{date}} tarixinədək yenidən aça bilərsiniz.',
  final: 'Müraciəti yenidən açmaq üçün müddət bitib. Problem qalıbsa, yeni müraciət göndərin.',
  reopen: 'Müraciəti yenidən aç',
  reopenTitle: 'Hələ də nə düzgün deyil?',
  reopenSubmit: 'Müraciəti yenidən aç',
  reopened: '{{number}} nömrəli müraciət yenidən açıldı.',
  timelineUntil: 'Sakin onu {{date}} tarixinədək yenidən aça bilər.',
};

export const kk: typeof en = {
  title: 'Сіздің растауыңызсыз жабылды',
  text: 'Жұмысты уақтылы растамадыңыз және қабылдамадыңыз, сондықтан өтінім сіздің растауыңызсыз жабылды.',
  until: 'Мәселе шешілмесе, өтінімді {{date}} дейін қайта аша аласыз.',
  final: 'Өтінімді қайта ашу мерзімі өтті. Мәселе шешілмесе, жаңа өтінім беріңіз.',
  reopen: 'Өтінімді қайта ашу',
  reopenTitle: 'Әлі де не дұрыс емес?',
  reopenSubmit: 'Өтінімді қайта ашу',
  reopened: '{{number}} өтінімі қайта ашылды.',
  timelineUntil: 'Тұрғын оны {{date}} дейін қайта аша алады.',
};

export const fa: typeof en = {
  title: 'بدون تأیید شما بسته شد',
  text: 'شما انجام کار را به‌موقع تأیید یا رد نکردید، بنابراین درخواست بدون تأیید شما بسته شد.',
  until: 'اگر مشکل حل نشده است، می‌توانید تا {{date}} درخواست را دوباره باز کنید.',
  final: 'مهلت بازگشایی درخواست به پایان رسیده است. اگر مشکل هنوز باقی است، لطفاً درخواست تازه‌ای ثبت کنید.',
  reopen: 'بازگشایی درخواست',
  reopenTitle: 'چه چیزی هنوز درست نیست؟',
  reopenSubmit: 'بازگشایی درخواست',
  reopened: 'درخواست {{number}} دوباره باز شد.',
  timelineUntil: 'ساکن می‌تواند تا {{date}} آن را دوباره باز کند.',
};
