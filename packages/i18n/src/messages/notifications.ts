// Notification texts (in-app and e-mail) for each step of a repair request, per language.
// {{number}} is the request number; {{comment}} the step's comment (may be empty); {{reopenUntil}} (AUTO_CLOSED) the
// last moment the resident may reopen the request. `<TYPE>_RESIDENT` is what the resident reads of that step.
type Text = { subject: string; body: string };

export const en = {
  FILED: {
    subject: 'Request {{number}} received',
    body: 'Your request {{number}} has been registered. You can follow every step in your cabinet.',
  },
  ROUTED: {
    subject: 'New request {{number}}',
    body: 'Request {{number}} has been routed to your company. Please assign a contractor.',
  },
  UNROUTED: {
    subject: 'Request {{number}} needs routing',
    body: 'No management company serves the address of request {{number}}. Please route it.',
  },
  ASSIGNED: {
    subject: 'Request {{number}}: contractor assigned',
    body: 'A contractor has been assigned to request {{number}}. {{comment}}',
  },
  STARTED: {
    subject: 'Request {{number}}: work started',
    body: 'The contractor has started work on request {{number}}.',
  },
  WORK_DONE: {
    subject: 'Request {{number}}: work done, please verify',
    body: 'The contractor reports request {{number}} done. Please check the signed work order. {{comment}}',
  },
  VERIFIED: {
    subject: 'Request {{number}}: please confirm the work',
    body: 'The work on request {{number}} has been checked. Please confirm it or tell us what is wrong.',
  },
  RETURNED: {
    subject: 'Request {{number}} returned for rework',
    body: 'The management company returned request {{number}} for rework: {{comment}}',
  },
  CONFIRMED: {
    subject: 'Request {{number}} closed',
    body: 'The resident confirmed the work on request {{number}}; it is closed.',
  },
  REOPENED: {
    subject: 'Request {{number}} reopened by the resident',
    body: 'The resident did not accept the work on request {{number}}: {{comment}}',
  },
  CANCELLED: {
    subject: 'Request {{number}} cancelled',
    body: 'Request {{number}} has been cancelled. {{comment}}',
  },
  AUTO_CLOSED: {
    subject: 'Request {{number}} closed without the resident’s confirmation',
    body: 'Request {{number}} was closed without the resident’s confirmation: the work was neither confirmed nor rejected in time. The resident may reopen it until {{reopenUntil}}.',
  },
  AUTO_CLOSED_RESIDENT: {
    subject: 'Request {{number}} closed without your confirmation',
    body: 'You did not confirm or reject the work on request {{number}} in time, so it was closed without your confirmation. If the problem is not solved, you may reopen the request in your cabinet until {{reopenUntil}}.',
  },
  RATED: {
    subject: 'Request {{number}} rated',
    body: 'The resident rated the work on request {{number}}. {{comment}}',
  },
  ESCALATED: {
    subject: 'Request {{number}} is overdue',
    body: 'Request {{number}} has passed its deadline and is still open.',
  },
} satisfies Record<string, Text>;

/** Every language has exactly English's steps. */
export type NotificationTexts = Record<keyof typeof en, Text>;

export const ru: NotificationTexts = {
  FILED: {
    subject: 'Заявка {{number}} принята',
    body: 'Ваша заявка {{number}} зарегистрирована. Следить за каждым шагом можно в личном кабинете.',
  },
  ROUTED: {
    subject: 'Новая заявка {{number}}',
    body: 'Заявка {{number}} направлена в вашу управляющую компанию. Назначьте подрядчика.',
  },
  UNROUTED: {
    subject: 'Заявку {{number}} нужно направить',
    body: 'Адрес заявки {{number}} не обслуживает ни одна управляющая компания. Направьте её вручную.',
  },
  ASSIGNED: {
    subject: 'Заявка {{number}}: назначен подрядчик',
    body: 'По заявке {{number}} назначен подрядчик. {{comment}}',
  },
  STARTED: {
    subject: 'Заявка {{number}}: работы начаты',
    body: 'Подрядчик приступил к работам по заявке {{number}}.',
  },
  WORK_DONE: {
    subject: 'Заявка {{number}}: работы выполнены, проверьте',
    body: 'Подрядчик сообщил о выполнении заявки {{number}}. Проверьте подписанный наряд. {{comment}}',
  },
  VERIFIED: {
    subject: 'Заявка {{number}}: подтвердите выполнение',
    body: 'Работы по заявке {{number}} проверены. Подтвердите выполнение или сообщите, что не так.',
  },
  RETURNED: {
    subject: 'Заявка {{number}} возвращена на доработку',
    body: 'Управляющая компания вернула заявку {{number}} на доработку: {{comment}}',
  },
  CONFIRMED: {
    subject: 'Заявка {{number}} закрыта',
    body: 'Житель подтвердил выполнение работ по заявке {{number}}; заявка закрыта.',
  },
  REOPENED: {
    subject: 'Житель вернул заявку {{number}}',
    body: 'Житель не принял работы по заявке {{number}}: {{comment}}',
  },
  CANCELLED: { subject: 'Заявка {{number}} отменена', body: 'Заявка {{number}} отменена. {{comment}}' },
  AUTO_CLOSED: {
    subject: 'Заявка {{number}} закрыта без подтверждения жителя',
    body: 'Заявка {{number}} закрыта без подтверждения жителя: выполнение не было подтверждено или отклонено в срок. Житель может возобновить её до {{reopenUntil}}.',
  },
  AUTO_CLOSED_RESIDENT: {
    subject: 'Заявка {{number}} закрыта без вашего подтверждения',
    body: 'Вы не подтвердили и не отклонили выполнение работ по заявке {{number}} в срок, поэтому она закрыта без вашего подтверждения. Если проблема не решена, вы можете возобновить заявку в личном кабинете до {{reopenUntil}}.',
  },
  RATED: {
    subject: 'Заявка {{number}} оценена',
    body: 'Житель оценил работы по заявке {{number}}. {{comment}}',
  },
  ESCALATED: {
    subject: 'Заявка {{number}} просрочена',
    body: 'Срок исполнения заявки {{number}} истёк, а она всё ещё открыта.',
  },
};

export const az: NotificationTexts = {
  FILED: {
    subject: '{{number}} nömrəli müraciət qəbul edildi',
    body: '{{number}} nömrəli müraciətiniz qeydə alındı. Hər addımı şəxsi kabinetinizdə izləyə bilərsiniz.',
  },
  ROUTED: {
    subject: 'Yeni müraciət {{number}}',
    body: '{{number}} nömrəli müraciət şirkətinizə yönləndirildi. Podratçı təyin edin.',
  },
  UNROUTED: {
    subject: '{{number}} nömrəli müraciət yönləndirilməlidir',
    body: '{{number}} nömrəli müraciətin ünvanına heç bir idarəetmə şirkəti xidmət göstərmir. Onu yönləndirin.',
  },
  ASSIGNED: {
    subject: '{{number}}: podratçı təyin edildi',
    body: '{{number}} nömrəli müraciətə podratçı təyin edildi. {{comment}}',
  },
  STARTED: {
    subject: '{{number}}: işlərə başlanıldı',
    body: 'Podratçı {{number}} nömrəli müraciət üzrə işlərə başladı.',
  },
  WORK_DONE: {
    subject: '{{number}}: işlər görüldü, yoxlayın',
    body: 'Podratçı {{number}} nömrəli müraciətin icra edildiyini bildirdi. İmzalanmış iş sifarişini yoxlayın. {{comment}}',
  },
  VERIFIED: {
    subject: '{{number}}: işləri təsdiqləyin',
    body: '{{number}} nömrəli müraciət üzrə işlər yoxlanıldı. Təsdiqləyin və ya nəyin düz olmadığını bildirin.',
  },
  RETURNED: {
    subject: '{{number}} yenidən işlənməyə qaytarıldı',
    body: 'İdarəetmə şirkəti {{number}} nömrəli müraciəti yenidən işlənməyə qaytardı: {{comment}}',
  },
  CONFIRMED: {
    subject: '{{number}} nömrəli müraciət bağlandı',
    body: 'Sakin {{number}} nömrəli müraciət üzrə işləri təsdiqlədi; müraciət bağlandı.',
  },
  REOPENED: {
    subject: 'Sakin {{number}} nömrəli müraciəti qaytardı',
    body: 'Sakin {{number}} nömrəli müraciət üzrə işləri qəbul etmədi: {{comment}}',
  },
  CANCELLED: {
    subject: '{{number}} nömrəli müraciət ləğv edildi',
    body: '{{number}} nömrəli müraciət ləğv edildi. {{comment}}',
  },
  AUTO_CLOSED: {
    subject: '{{number}} sakinin təsdiqi olmadan bağlandı',
    body: '{{number}} nömrəli müraciət sakinin təsdiqi olmadan bağlandı: işlər vaxtında təsdiqlənmədi və rədd edilmədi. Sakin onu {{reopenUntil}} tarixinədək yenidən aça bilər.',
  },
  AUTO_CLOSED_RESIDENT: {
    subject: '{{number}} sizin təsdiqiniz olmadan bağlandı',
    body: '{{number}} nömrəli müraciət üzrə işləri vaxtında təsdiqləmədiniz və rədd etmədiniz, buna görə müraciət sizin təsdiqiniz olmadan bağlandı. Problem həll olunmayıbsa, müraciəti {{reopenUntil}} tarixinədək şəxsi kabinetinizdə yenidən aça bilərsiniz.',
  },
  RATED: {
    subject: '{{number}} qiymətləndirildi',
    body: 'Sakin {{number}} nömrəli müraciət üzrə işləri qiymətləndirdi. {{comment}}',
  },
  ESCALATED: {
    subject: '{{number}} nömrəli müraciət gecikir',
    body: '{{number}} nömrəli müraciətin icra müddəti bitib, lakin o hələ açıqdır.',
  },
};

export const kk: NotificationTexts = {
  FILED: {
    subject: '{{number}} өтінімі қабылданды',
    body: '{{number}} өтініміңіз тіркелді. Әр қадамын жеке кабинетіңізден бақылай аласыз.',
  },
  ROUTED: {
    subject: 'Жаңа өтінім {{number}}',
    body: '{{number}} өтінімі сіздің басқарушы компанияңызға жіберілді. Мердігерді тағайындаңыз.',
  },
  UNROUTED: {
    subject: '{{number}} өтінімін бағыттау керек',
    body: '{{number}} өтінімінің мекенжайына ешбір басқарушы компания қызмет көрсетпейді. Оны бағыттаңыз.',
  },
  ASSIGNED: {
    subject: '{{number}}: мердігер тағайындалды',
    body: '{{number}} өтінімі бойынша мердігер тағайындалды. {{comment}}',
  },
  STARTED: {
    subject: '{{number}}: жұмыс басталды',
    body: 'Мердігер {{number}} өтінімі бойынша жұмысты бастады.',
  },
  WORK_DONE: {
    subject: '{{number}}: жұмыс орындалды, тексеріңіз',
    body: 'Мердігер {{number}} өтінімінің орындалғанын хабарлады. Қол қойылған нарядты тексеріңіз. {{comment}}',
  },
  VERIFIED: {
    subject: '{{number}}: жұмысты растаңыз',
    body: '{{number}} өтінімі бойынша жұмыс тексерілді. Растаңыз немесе не дұрыс емес екенін хабарлаңыз.',
  },
  RETURNED: {
    subject: '{{number}} пысықтауға қайтарылды',
    body: 'Басқарушы компания {{number}} өтінімін пысықтауға қайтарды: {{comment}}',
  },
  CONFIRMED: {
    subject: '{{number}} өтінімі жабылды',
    body: 'Тұрғын {{number}} өтінімі бойынша жұмысты растады; өтінім жабылды.',
  },
  REOPENED: {
    subject: 'Тұрғын {{number}} өтінімін қайтарды',
    body: 'Тұрғын {{number}} өтінімі бойынша жұмысты қабылдамады: {{comment}}',
  },
  CANCELLED: { subject: '{{number}} өтінімі жойылды', body: '{{number}} өтінімі жойылды. {{comment}}' },
  AUTO_CLOSED: {
    subject: '{{number}} тұрғынның растауынсыз жабылды',
    body: '{{number}} өтінімі тұрғынның растауынсыз жабылды: жұмыс уақтылы расталмады және қабылданбады. Тұрғын оны {{reopenUntil}} дейін қайта аша алады.',
  },
  AUTO_CLOSED_RESIDENT: {
    subject: '{{number}} сіздің растауыңызсыз жабылды',
    body: '{{number}} өтінімі бойынша жұмысты уақтылы растамадыңыз және қабылдамадыңыз, сондықтан өтінім сіздің растауыңызсыз жабылды. Мәселе шешілмесе, өтінімді жеке кабинетіңізде {{reopenUntil}} дейін қайта аша аласыз.',
  },
  RATED: {
    subject: '{{number}} бағаланды',
    body: 'Тұрғын {{number}} өтінімі бойынша жұмысты бағалады. {{comment}}',
  },
  ESCALATED: {
    subject: '{{number}} өтінімінің мерзімі өтті',
    body: '{{number}} өтінімінің орындалу мерзімі өтті, бірақ ол әлі ашық.',
  },
};

export const fa: NotificationTexts = {
  FILED: {
    subject: 'درخواست {{number}} دریافت شد',
    body: 'درخواست شما با شمارهٔ {{number}} ثبت شد. همهٔ مراحل را می‌توانید در پیشخوان خود دنبال کنید.',
  },
  ROUTED: {
    subject: 'درخواست تازه {{number}}',
    body: 'درخواست {{number}} به شرکت شما ارجاع شد. لطفاً پیمانکار تعیین کنید.',
  },
  UNROUTED: {
    subject: 'درخواست {{number}} نیاز به ارجاع دارد',
    body: 'هیچ شرکت مدیریت ساختمانی نشانی درخواست {{number}} را پوشش نمی‌دهد. لطفاً آن را ارجاع دهید.',
  },
  ASSIGNED: {
    subject: 'درخواست {{number}}: پیمانکار تعیین شد',
    body: 'برای درخواست {{number}} پیمانکار تعیین شد. {{comment}}',
  },
  STARTED: {
    subject: 'درخواست {{number}}: کار آغاز شد',
    body: 'پیمانکار کار روی درخواست {{number}} را آغاز کرد.',
  },
  WORK_DONE: {
    subject: 'درخواست {{number}}: کار انجام شد، بررسی کنید',
    body: 'پیمانکار انجام درخواست {{number}} را اعلام کرد. لطفاً دستورکار امضاشده را بررسی کنید. {{comment}}',
  },
  VERIFIED: {
    subject: 'درخواست {{number}}: لطفاً انجام کار را تأیید کنید',
    body: 'کار درخواست {{number}} بررسی شد. لطفاً آن را تأیید کنید یا بگویید چه ایرادی دارد.',
  },
  RETURNED: {
    subject: 'درخواست {{number}} برای اصلاح برگشت داده شد',
    body: 'شرکت مدیریت ساختمان درخواست {{number}} را برای اصلاح برگرداند: {{comment}}',
  },
  CONFIRMED: {
    subject: 'درخواست {{number}} بسته شد',
    body: 'ساکن انجام کار درخواست {{number}} را تأیید کرد و درخواست بسته شد.',
  },
  REOPENED: {
    subject: 'ساکن درخواست {{number}} را بازگشایی کرد',
    body: 'ساکن کار انجام‌شده برای درخواست {{number}} را نپذیرفت: {{comment}}',
  },
  CANCELLED: { subject: 'درخواست {{number}} لغو شد', body: 'درخواست {{number}} لغو شد. {{comment}}' },
  AUTO_CLOSED: {
    subject: 'درخواست {{number}} بدون تأیید ساکن بسته شد',
    body: 'درخواست {{number}} بدون تأیید ساکن بسته شد، چون انجام کار به‌موقع تأیید یا رد نشد. ساکن می‌تواند تا {{reopenUntil}} آن را دوباره باز کند.',
  },
  AUTO_CLOSED_RESIDENT: {
    subject: 'درخواست {{number}} بدون تأیید شما بسته شد',
    body: 'شما انجام کار درخواست {{number}} را به‌موقع تأیید یا رد نکردید، بنابراین درخواست بدون تأیید شما بسته شد. اگر مشکل حل نشده است، می‌توانید تا {{reopenUntil}} درخواست را در پیشخوان خود دوباره باز کنید.',
  },
  RATED: {
    subject: 'به درخواست {{number}} امتیاز داده شد',
    body: 'ساکن به کار انجام‌شده برای درخواست {{number}} امتیاز داد. {{comment}}',
  },
  ESCALATED: {
    subject: 'مهلت درخواست {{number}} گذشته است',
    body: 'مهلت انجام درخواست {{number}} گذشته و هنوز باز است.',
  },
};
