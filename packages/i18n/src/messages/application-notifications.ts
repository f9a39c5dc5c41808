// Notification texts (in-app and e-mail) for the steps of an e-service application, per language.
// {{number}} is the application number, {{comment}} the step's comment, {{deadline}} the date the
// result is due, {{amount}} a formatted sum of money.
type Text = { subject: string; body: string };

export const en = {
  REGISTERED: {
    subject: 'Application {{number}} registered',
    body: 'Your application {{number}} has been registered and will be dealt with by {{deadline}}. You can follow it in your cabinet under "My applications".',
  },
  REVIEW_STARTED: {
    subject: 'Application {{number}} is being reviewed',
    body: 'A specialist has started reviewing application {{number}}.',
  },
  TASK_CREATED: {
    subject: 'Field task for application {{number}}',
    body: 'A field task has been created for application {{number}}. {{comment}}',
  },
  TASK_COMPLETED: {
    subject: 'Field task done for application {{number}}',
    body: 'The field task for application {{number}} is done: {{comment}}',
  },
  PAYMENT_REQUESTED: {
    subject: 'Application {{number}}: payment needed',
    body: 'To complete application {{number}} please pay {{amount}} in your cabinet. {{comment}}',
  },
  PAID: {
    subject: 'Application {{number}}: payment received',
    body: 'The payment of {{amount}} for application {{number}} has been received.',
  },
  PAYMENT_FAILED: {
    subject: 'Application {{number}}: payment failed',
    body: 'The payment for application {{number}} did not go through. You can try again in your cabinet.',
  },
  APPROVED: {
    subject: 'Application {{number}} approved',
    body: 'Application {{number}} has been approved. The document is ready to download in your cabinet. {{comment}}',
  },
  REFUSED: {
    subject: 'Application {{number}} refused',
    body: 'Application {{number}} has been refused. The grounds are shown in your cabinet. {{comment}}',
  },
  INVALIDATED: {
    subject: 'Application {{number}} is invalid',
    body: 'Application {{number}} cannot be processed because its data is wrong: {{comment}}',
  },
  SEALING_ORDERED: {
    subject: 'Application {{number}}: meter sealing ordered',
    body: 'A sealing work order has been created for the meter of application {{number}}; a contractor will contact you.',
  },
  ESCALATED_APPLICATION: {
    subject: 'Application {{number}} is overdue',
    body: 'Application {{number}} has passed its deadline and is still open.',
  },
  LIST_ENTRY_REMOVED: {
    subject: 'Application {{number}}: removed from the waiting list',
    body: 'Your entry on the waiting list (application {{number}}) has been removed: {{comment}}',
  },
  DOCUMENT_REVOKED: {
    subject: 'Application {{number}}: document revoked',
    body: 'A document issued for application {{number}} has been revoked and is no longer valid. {{comment}}',
  },
} satisfies Record<string, Text>;

export type ApplicationNotificationTexts = Record<keyof typeof en, Text>;

export const ru: ApplicationNotificationTexts = {
  REGISTERED: {
    subject: 'Заявление {{number}} зарегистрировано',
    body: 'Ваше заявление {{number}} зарегистрировано и будет рассмотрено до {{deadline}}. Следить за ним можно в личном кабинете, в разделе «Мои заявления».',
  },
  REVIEW_STARTED: {
    subject: 'Заявление {{number}} на рассмотрении',
    body: 'Специалист приступил к рассмотрению заявления {{number}}.',
  },
  TASK_CREATED: {
    subject: 'Выездная проверка по заявлению {{number}}',
    body: 'По заявлению {{number}} назначена выездная проверка. {{comment}}',
  },
  TASK_COMPLETED: {
    subject: 'Проверка по заявлению {{number}} выполнена',
    body: 'Выездная проверка по заявлению {{number}} выполнена: {{comment}}',
  },
  PAYMENT_REQUESTED: {
    subject: 'Заявление {{number}}: требуется оплата',
    body: 'Чтобы завершить заявление {{number}}, оплатите {{amount}} в личном кабинете. {{comment}}',
  },
  PAID: {
    subject: 'Заявление {{number}}: оплата получена',
    body: 'Оплата {{amount}} по заявлению {{number}} получена.',
  },
  PAYMENT_FAILED: {
    subject: 'Заявление {{number}}: оплата не прошла',
    body: 'Оплата по заявлению {{number}} не прошла. Повторите попытку в личном кабинете.',
  },
  APPROVED: {
    subject: 'Заявление {{number}} одобрено',
    body: 'Заявление {{number}} одобрено. Документ можно скачать в личном кабинете. {{comment}}',
  },
  REFUSED: {
    subject: 'В заявлении {{number}} отказано',
    body: 'По заявлению {{number}} принят отказ. Основание указано в личном кабинете. {{comment}}',
  },
  INVALIDATED: {
    subject: 'Заявление {{number}} недействительно',
    body: 'Заявление {{number}} не может быть рассмотрено: в нём неверные данные. {{comment}}',
  },
  SEALING_ORDERED: {
    subject: 'Заявление {{number}}: заказано опломбирование',
    body: 'Для счётчика по заявлению {{number}} оформлен наряд на опломбирование; подрядчик свяжется с вами.',
  },
  ESCALATED_APPLICATION: {
    subject: 'Срок по заявлению {{number}} истёк',
    body: 'Срок рассмотрения заявления {{number}} истёк, а оно ещё не решено.',
  },
  LIST_ENTRY_REMOVED: {
    subject: 'Заявление {{number}}: снятие с учёта',
    body: 'Вы сняты с очереди (заявление {{number}}): {{comment}}',
  },
  DOCUMENT_REVOKED: {
    subject: 'Заявление {{number}}: документ отозван',
    body: 'Документ, выданный по заявлению {{number}}, отозван и больше не действителен. {{comment}}',
  },
};

export const az: ApplicationNotificationTexts = {
  REGISTERED: {
    subject: '{{number}} nömrəli müraciət qeydiyyata alındı',
    body: '{{number}} nömrəli müraciətiniz qeydiyyata alındı və {{deadline}} tarixinədək icra ediləcək. Onu şəxsi kabinetdə, «Müraciətlərim» bölməsində izləyə bilərsiniz.',
  },
  REVIEW_STARTED: {
    subject: '{{number}} nömrəli müraciətə baxılır',
    body: 'Mütəxəssis {{number}} nömrəli müraciətə baxmağa başladı.',
  },
  TASK_CREATED: {
    subject: '{{number}} nömrəli müraciət üzrə yerində baxış',
    body: '{{number}} nömrəli müraciət üzrə yerində baxış təyin edildi. {{comment}}',
  },
  TASK_COMPLETED: {
    subject: '{{number}} nömrəli müraciət üzrə baxış başa çatdı',
    body: '{{number}} nömrəli müraciət üzrə yerində baxış başa çatdı: {{comment}}',
  },
  PAYMENT_REQUESTED: {
    subject: '{{number}} nömrəli müraciət: ödəniş tələb olunur',
    body: '{{number}} nömrəli müraciəti tamamlamaq üçün şəxsi kabinetdə {{amount}} ödəyin. {{comment}}',
  },
  PAID: {
    subject: '{{number}} nömrəli müraciət: ödəniş qəbul edildi',
    body: '{{number}} nömrəli müraciət üzrə {{amount}} məbləğində ödəniş qəbul edildi.',
  },
  PAYMENT_FAILED: {
    subject: '{{number}} nömrəli müraciət: ödəniş baş tutmadı',
    body: '{{number}} nömrəli müraciət üzrə ödəniş baş tutmadı. Şəxsi kabinetdə yenidən cəhd edin.',
  },
  APPROVED: {
    subject: '{{number}} nömrəli müraciət təsdiqləndi',
    body: '{{number}} nömrəli müraciət təsdiqləndi. Sənədi şəxsi kabinetdən yükləyə bilərsiniz. {{comment}}',
  },
  REFUSED: {
    subject: '{{number}} nömrəli müraciət rədd edildi',
    body: '{{number}} nömrəli müraciət rədd edildi. Əsas şəxsi kabinetdə göstərilib. {{comment}}',
  },
  INVALIDATED: {
    subject: '{{number}} nömrəli müraciət etibarsızdır',
    body: '{{number}} nömrəli müraciətə baxıla bilməz: məlumatlar səhvdir. {{comment}}',
  },
  SEALING_ORDERED: {
    subject: '{{number}} nömrəli müraciət: plomblanma sifariş edildi',
    body: '{{number}} nömrəli müraciət üzrə sayğacın plomblanması üçün iş sifarişi yaradıldı; podratçı sizinlə əlaqə saxlayacaq.',
  },
  ESCALATED_APPLICATION: {
    subject: '{{number}} nömrəli müraciətin müddəti keçib',
    body: '{{number}} nömrəli müraciətə baxılma müddəti keçib, lakin o hələ həll edilməyib.',
  },
  LIST_ENTRY_REMOVED: {
    subject: '{{number}} nömrəli müraciət: növbədən çıxarılma',
    body: 'Növbədən çıxarıldınız ({{number}} nömrəli müraciət): {{comment}}',
  },
  DOCUMENT_REVOKED: {
    subject: '{{number}} nömrəli müraciət: sənəd ləğv edildi',
    body: '{{number}} nömrəli müraciət üzrə verilmiş sənəd ləğv edilib və artıq etibarlı deyil. {{comment}}',
  },
};

export const fa: ApplicationNotificationTexts = {
  REGISTERED: {
    subject: 'درخواست {{number}} ثبت شد',
    body: 'درخواست {{number}} شما ثبت شد و تا {{deadline}} رسیدگی می‌شود. می‌توانید آن را در «درخواست‌های من» در کارتابل خود دنبال کنید.',
  },
  REVIEW_STARTED: {
    subject: 'درخواست {{number}} در حال بررسی است',
    body: 'کارشناس بررسی درخواست {{number}} را آغاز کرد.',
  },
  TASK_CREATED: {
    subject: 'بازدید میدانی برای درخواست {{number}}',
    body: 'برای درخواست {{number}} بازدید میدانی تعیین شد. {{comment}}',
  },
  TASK_COMPLETED: {
    subject: 'بازدید درخواست {{number}} انجام شد',
    body: 'بازدید میدانی درخواست {{number}} انجام شد: {{comment}}',
  },
  PAYMENT_REQUESTED: {
    subject: 'درخواست {{number}}: نیاز به پرداخت',
    body: 'برای تکمیل درخواست {{number}} لطفاً مبلغ {{amount}} را در کارتابل خود بپردازید. {{comment}}',
  },
  PAID: {
    subject: 'درخواست {{number}}: پرداخت دریافت شد',
    body: 'پرداخت {{amount}} برای درخواست {{number}} دریافت شد.',
  },
  PAYMENT_FAILED: {
    subject: 'درخواست {{number}}: پرداخت ناموفق بود',
    body: 'پرداخت درخواست {{number}} انجام نشد. می‌توانید در کارتابل خود دوباره تلاش کنید.',
  },
  APPROVED: {
    subject: 'درخواست {{number}} تأیید شد',
    body: 'درخواست {{number}} تأیید شد. سند را می‌توانید از کارتابل خود دریافت کنید. {{comment}}',
  },
  REFUSED: {
    subject: 'درخواست {{number}} رد شد',
    body: 'درخواست {{number}} رد شد. دلیل آن در کارتابل شما آمده است. {{comment}}',
  },
  INVALIDATED: {
    subject: 'درخواست {{number}} نامعتبر است',
    body: 'درخواست {{number}} به دلیل نادرستی اطلاعات قابل رسیدگی نیست: {{comment}}',
  },
  SEALING_ORDERED: {
    subject: 'درخواست {{number}}: پلمب کنتور سفارش داده شد',
    body: 'برای کنتور درخواست {{number}} دستور کار پلمب صادر شد؛ پیمانکار با شما تماس می‌گیرد.',
  },
  ESCALATED_APPLICATION: {
    subject: 'مهلت درخواست {{number}} گذشته است',
    body: 'مهلت رسیدگی به درخواست {{number}} گذشته و هنوز تصمیمی گرفته نشده است.',
  },
  LIST_ENTRY_REMOVED: {
    subject: 'درخواست {{number}}: حذف از فهرست انتظار',
    body: 'نام شما از فهرست انتظار حذف شد (درخواست {{number}}): {{comment}}',
  },
  DOCUMENT_REVOKED: {
    subject: 'درخواست {{number}}: سند باطل شد',
    body: 'سندی که برای درخواست {{number}} صادر شده بود باطل شده و دیگر معتبر نیست. {{comment}}',
  },
};

export const kk: ApplicationNotificationTexts = {
  REGISTERED: {
    subject: '{{number}} өтініш тіркелді',
    body: '{{number}} өтінішіңіз тіркелді және {{deadline}} дейін қаралады. Оны жеке кабинетте, «Менің өтініштерім» бөлімінде бақылай аласыз.',
  },
  REVIEW_STARTED: {
    subject: '{{number}} өтініш қаралуда',
    body: 'Маман {{number}} өтінішті қарауды бастады.',
  },
  TASK_CREATED: {
    subject: '{{number}} өтініш бойынша барып тексеру',
    body: '{{number}} өтініш бойынша барып тексеру тағайындалды. {{comment}}',
  },
  TASK_COMPLETED: {
    subject: '{{number}} өтініш бойынша тексеру орындалды',
    body: '{{number}} өтініш бойынша барып тексеру орындалды: {{comment}}',
  },
  PAYMENT_REQUESTED: {
    subject: '{{number}} өтініш: төлем қажет',
    body: '{{number}} өтінішті аяқтау үшін жеке кабинетте {{amount}} төлеңіз. {{comment}}',
  },
  PAID: {
    subject: '{{number}} өтініш: төлем алынды',
    body: '{{number}} өтініш бойынша {{amount}} төлем алынды.',
  },
  PAYMENT_FAILED: {
    subject: '{{number}} өтініш: төлем өтпеді',
    body: '{{number}} өтініш бойынша төлем өтпеді. Жеке кабинетте қайталап көріңіз.',
  },
  APPROVED: {
    subject: '{{number}} өтініш мақұлданды',
    body: '{{number}} өтініш мақұлданды. Құжатты жеке кабинеттен жүктеп алуға болады. {{comment}}',
  },
  REFUSED: {
    subject: '{{number}} өтініш бойынша бас тартылды',
    body: '{{number}} өтініш бойынша бас тартылды. Негізі жеке кабинетте көрсетілген. {{comment}}',
  },
  INVALIDATED: {
    subject: '{{number}} өтініш жарамсыз',
    body: '{{number}} өтініш қаралмайды: деректері қате. {{comment}}',
  },
  SEALING_ORDERED: {
    subject: '{{number}} өтініш: пломбалауға тапсырыс берілді',
    body: '{{number}} өтініш бойынша есептегішті пломбалауға жұмыс нарядын ресімделді; мердігер сізбен байланысады.',
  },
  ESCALATED_APPLICATION: {
    subject: '{{number}} өтініштің мерзімі өтті',
    body: '{{number}} өтінішті қарау мерзімі өтті, бірақ ол әлі шешілмеген.',
  },
  LIST_ENTRY_REMOVED: {
    subject: '{{number}} өтініш: кезектен шығару',
    body: 'Сіз кезектен шығарылдыңыз ({{number}} өтініш): {{comment}}',
  },
  DOCUMENT_REVOKED: {
    subject: '{{number}} өтініш: құжат кері қайтарылды',
    body: '{{number}} өтініш бойынша берілген құжат кері қайтарылды және енді жарамсыз. {{comment}}',
  },
};
