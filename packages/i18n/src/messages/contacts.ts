// The contacts an application gives, per language: confirming an e-mail address with a code sent there,
// the access code a client without an account receives, and the public "track an application" page.
export const en = {
  codeSubject: 'Your confirmation code',
  codeText:
    'Your code to confirm this e-mail address for your applications: {{code}}. It is valid for 10 minutes. If you did not ask for it, ignore this message.',
  accessSubject: 'Application {{number}} has been filed for you',
  accessText:
    'Application {{number}} has been filed for you. To follow it and download the result, open “Track an application” on the city’s e-services site and enter the number and the access code {{code}}.',
  confirm: {
    title: 'Confirm your e-mail',
    intro:
      'The result and the notices of this application go to {{email}}, which is not your account’s address. We send a code there to make sure it reaches you.',
    send: 'Send code',
    resend: 'Send a new code',
    sent: 'We have sent a code to {{email}}. It is valid until {{time}}.',
    codeLabel: 'Code from the e-mail',
    codeHint: '6 digits.',
    confirm: 'Confirm',
    confirmed: '{{email}} is confirmed.',
    needed: 'Confirm the e-mail address above before sending.',
    errors: {
      code_invalid: 'The code is wrong. Check the e-mail and try again.',
      code_expired: 'The code has expired. Send a new code.',
      too_many_attempts: 'Too many wrong codes. Send a new code and try again.',
    },
  },
  callCentre: {
    nav: 'File for a caller',
    title: 'File for a caller',
    intro:
      'Take a household-size change or a meter application by phone: the caller’s name and phone, the flat, then the service’s form. The caller gets the number and an access code by SMS.',
  },
  track: {
    title: 'Track an application',
    intro:
      'Did an office (a notary, the call centre) file an application for you? Enter its number and the access code from the SMS or e-mail you received.',
    link: 'Track an application filed for you',
    number: 'Application number',
    numberHint: 'For example KZN-2026-000123.',
    code: 'Access code',
    codeHint: '10 letters and digits, for example K7QM2-XPD4R.',
    submit: 'Open',
    opening: 'Opening…',
    notFound: 'No application matches this number and code. Check both and try again.',
    status: 'Status',
    service: 'Service',
    organization: 'Decided by',
    filedBy: 'Filed by',
    submitted: 'Filed',
    deadline: 'Result by',
    decided: 'Decided',
    ground: 'Ground for refusal',
    comment: 'Reviewer’s comment',
    documents: 'Documents',
    noDocuments: 'No documents have been issued yet.',
    download: 'Download PDF',
    another: 'Open another application',
  },
};

export const ru: typeof en = {
  codeSubject: 'Код подтверждения',
  codeText:
    'Код для подтверждения этого адреса электронной почты для ваших заявлений: {{code}}. Он действует 10 минут. Если вы его не запрашивали, просто не отвечайте на это письмо.',
  accessSubject: 'Для вас подано заявление {{number}}',
  accessText:
    'Для вас подано заявление {{number}}. Чтобы следить за ним и скачать результат, откройте «Проверить заявление» на сайте электронных услуг города и введите номер и код доступа {{code}}.',
  confirm: {
    title: 'Подтвердите электронную почту',
    intro:
      'Результат и уведомления по этому заявлению придут на {{email}} — это не адрес вашей учётной записи. Мы отправим туда код, чтобы убедиться, что письма до вас дойдут.',
    send: 'Отправить код',
    resend: 'Отправить новый код',
    sent: 'Мы отправили код на {{email}}. Он действует до {{time}}.',
    codeLabel: 'Код из письма',
    codeHint: '6 цифр.',
    confirm: 'Подтвердить',
    confirmed: 'Адрес {{email}} подтверждён.',
    needed: 'Перед отправкой подтвердите адрес электронной почты выше.',
    errors: {
      code_invalid: 'Неверный код. Проверьте письмо и попробуйте ещё раз.',
      code_expired: 'Срок действия кода истёк. Отправьте новый код.',
      too_many_attempts: 'Слишком много неверных попыток. Отправьте новый код и попробуйте снова.',
    },
  },
  callCentre: {
    nav: 'Подать за звонящего',
    title: 'Подать за звонящего',
    intro:
      'Примите по телефону изменение количества жильцов или заявление по счётчику: имя и телефон звонящего, квартира, затем форма услуги. Звонящий получит номер и код доступа в SMS.',
  },
  track: {
    title: 'Проверить заявление',
    intro:
      'Заявление за вас подала организация (нотариус, колл-центр)? Введите его номер и код доступа из полученного SMS или письма.',
    link: 'Проверить заявление, поданное за вас',
    number: 'Номер заявления',
    numberHint: 'Например, KZN-2026-000123.',
    code: 'Код доступа',
    codeHint: '10 латинских букв и цифр, например K7QM2-XPD4R.',
    submit: 'Открыть',
    opening: 'Открываем…',
    notFound: 'Заявление с таким номером и кодом не найдено. Проверьте оба и попробуйте ещё раз.',
    status: 'Статус',
    service: 'Услуга',
    organization: 'Рассматривает',
    filedBy: 'Подано через',
    submitted: 'Подано',
    deadline: 'Результат до',
    decided: 'Решение принято',
    ground: 'Основание отказа',
    comment: 'Комментарий специалиста',
    documents: 'Документы',
    noDocuments: 'Документы пока не выданы.',
    download: 'Скачать PDF',
    another: 'Открыть другое заявление',
  },
};

export const az: typeof en = {
  codeSubject: 'Təsdiq kodu',
  codeText:
    'Müraciətləriniz üçün bu e-poçt ünvanını təsdiqləmək kodu: {{code}}. Kod 10 dəqiqə etibarlıdır. Onu siz istəməmisinizsə, bu məktuba fikir verməyin.',
  accessSubject: 'Sizin üçün {{number}} nömrəli müraciət verilib',
  accessText:
    'Sizin üçün {{number}} nömrəli müraciət verilib. Onu izləmək və nəticəni yükləmək üçün şəhərin elektron xidmətlər saytında «Müraciəti yoxla» bölməsini açın, nömrəni və {{code}} giriş kodunu daxil edin.',
  confirm: {
    title: 'E-poçtunuzu təsdiqləyin',
    intro:
      'Bu müraciətin nəticəsi və bildirişləri {{email}} ünvanına göndəriləcək; bu, hesabınızın ünvanı deyil. Məktubların sizə çatdığına əmin olmaq üçün ora kod göndəririk.',
    send: 'Kodu göndər',
    resend: 'Yeni kod göndər',
    sent: 'Kodu {{email}} ünvanına göndərdik. O, {{time}} qədər etibarlıdır.',
    codeLabel: 'Məktubdakı kod',
    codeHint: '6 rəqəm.',
    confirm: 'Təsdiqlə',
    confirmed: '{{email}} təsdiqləndi.',
    needed: 'Göndərməzdən əvvəl yuxarıdakı e-poçt ünvanını təsdiqləyin.',
    errors: {
      code_invalid: 'Kod yanlışdır. Məktubu yoxlayıb yenidən cəhd edin.',
      code_expired: 'Kodun vaxtı bitib. Yeni kod göndərin.',
      too_many_attempts: 'Çox sayda yanlış kod daxil edildi. Yeni kod göndərib yenidən cəhd edin.',
    },
  },
  callCentre: {
    nav: 'Zəng edən üçün müraciət',
    title: 'Zəng edən üçün müraciət',
    intro:
      'Telefonla sakinlərin sayının dəyişməsi və ya sayğac üzrə müraciət qəbul edin: zəng edənin adı və telefonu, mənzil, sonra xidmətin forması. Zəng edən nömrəni və giriş kodunu SMS ilə alacaq.',
  },
  track: {
    title: 'Müraciəti yoxla',
    intro:
      'Müraciəti sizin adınızdan bir təşkilat (notarius, çağrı mərkəzi) verib? Onun nömrəsini və aldığınız SMS və ya məktubdakı giriş kodunu daxil edin.',
    link: 'Sizin üçün verilmiş müraciəti yoxlayın',
    number: 'Müraciətin nömrəsi',
    numberHint: 'Məsələn, KZN-2026-000123.',
    code: 'Giriş kodu',
    codeHint: '10 latın hərfi və rəqəm, məsələn K7QM2-XPD4R.',
    submit: 'Aç',
    opening: 'Açılır…',
    notFound: 'Bu nömrə və kodla müraciət tapılmadı. Hər ikisini yoxlayıb yenidən cəhd edin.',
    status: 'Vəziyyət',
    service: 'Xidmət',
    organization: 'Baxan təşkilat',
    filedBy: 'Verən təşkilat',
    submitted: 'Verilib',
    deadline: 'Nəticə tarixi',
    decided: 'Qərar verilib',
    ground: 'İmtinanın əsası',
    comment: 'Mütəxəssisin şərhi',
    documents: 'Sənədlər',
    noDocuments: 'Hələ sənəd verilməyib.',
    download: 'PDF yüklə',
    another: 'Başqa müraciəti aç',
  },
};

export const fa: typeof en = {
  codeSubject: 'کد تأیید',
  codeText:
    'کد تأیید این نشانی ایمیل برای درخواست‌های شما: {{code}}. این کد ۱۰ دقیقه اعتبار دارد. اگر آن را درخواست نکرده‌اید، این پیام را نادیده بگیرید.',
  accessSubject: 'درخواست {{number}} برای شما ثبت شد',
  accessText:
    'درخواست {{number}} برای شما ثبت شده است. برای پیگیری و دریافت نتیجه، بخش «پیگیری درخواست» را در پایگاه خدمات الکترونیکی شهر باز کنید و شماره و کد دسترسی {{code}} را وارد کنید.',
  confirm: {
    title: 'ایمیل خود را تأیید کنید',
    intro:
      'نتیجه و اعلان‌های این درخواست به {{email}} فرستاده می‌شود که نشانی حساب شما نیست. کدی به آن نشانی می‌فرستیم تا مطمئن شویم پیام‌ها به شما می‌رسد.',
    send: 'ارسال کد',
    resend: 'ارسال کد جدید',
    sent: 'کد را به {{email}} فرستادیم. تا {{time}} اعتبار دارد.',
    codeLabel: 'کد داخل ایمیل',
    codeHint: '۶ رقم.',
    confirm: 'تأیید',
    confirmed: 'نشانی {{email}} تأیید شد.',
    needed: 'پیش از ارسال، نشانی ایمیل بالا را تأیید کنید.',
    errors: {
      code_invalid: 'کد نادرست است. ایمیل را بررسی کنید و دوباره تلاش کنید.',
      code_expired: 'اعتبار کد تمام شده است. کد جدیدی بفرستید.',
      too_many_attempts: 'کدهای نادرست زیادی وارد شد. کد جدیدی بفرستید و دوباره تلاش کنید.',
    },
  },
  callCentre: {
    nav: 'ثبت برای تماس‌گیرنده',
    title: 'ثبت برای تماس‌گیرنده',
    intro:
      'تغییر تعداد ساکنان یا درخواست کنتور را تلفنی بپذیرید: نام و تلفن تماس‌گیرنده، واحد، سپس فرم خدمت. تماس‌گیرنده شماره و کد دسترسی را با پیامک دریافت می‌کند.',
  },
  track: {
    title: 'پیگیری درخواست',
    intro:
      'سازمانی (دفتر اسناد رسمی، مرکز تماس) برای شما درخواستی ثبت کرده است؟ شماره آن و کد دسترسی پیامک یا ایمیل دریافتی را وارد کنید.',
    link: 'پیگیری درخواستی که برای شما ثبت شده',
    number: 'شماره درخواست',
    numberHint: 'برای نمونه KZN-2026-000123.',
    code: 'کد دسترسی',
    codeHint: '۱۰ حرف لاتین و رقم، برای نمونه K7QM2-XPD4R.',
    submit: 'باز کردن',
    opening: 'در حال باز کردن…',
    notFound: 'درخواستی با این شماره و کد پیدا نشد. هر دو را بررسی کنید و دوباره تلاش کنید.',
    status: 'وضعیت',
    service: 'خدمت',
    organization: 'رسیدگی‌کننده',
    filedBy: 'ثبت‌شده توسط',
    submitted: 'تاریخ ثبت',
    deadline: 'مهلت نتیجه',
    decided: 'تاریخ تصمیم',
    ground: 'دلیل رد',
    comment: 'توضیح کارشناس',
    documents: 'اسناد',
    noDocuments: 'هنوز سندی صادر نشده است.',
    download: 'دریافت PDF',
    another: 'باز کردن درخواست دیگر',
  },
};

export const kk: typeof en = {
  codeSubject: 'Растау коды',
  codeText:
    'Өтініштеріңіз үшін осы электрондық пошта мекенжайын растау коды: {{code}}. Код 10 минут жарамды. Егер оны сұрамаған болсаңыз, бұл хатқа мән бермеңіз.',
  accessSubject: 'Сіз үшін {{number}} өтініші берілді',
  accessText:
    'Сіз үшін {{number}} өтініші берілді. Оны бақылап, нәтижесін жүктеп алу үшін қаланың электрондық қызметтер сайтында «Өтінішті тексеру» бөлімін ашып, нөмірін және {{code}} кіру кодын енгізіңіз.',
  confirm: {
    title: 'Электрондық поштаңызды растаңыз',
    intro:
      'Бұл өтініштің нәтижесі мен хабарламалары {{email}} мекенжайына келеді — бұл тіркелгіңіздің мекенжайы емес. Хаттар сізге жететініне көз жеткізу үшін сол жерге код жібереміз.',
    send: 'Код жіберу',
    resend: 'Жаңа код жіберу',
    sent: 'Кодты {{email}} мекенжайына жібердік. Ол {{time}} дейін жарамды.',
    codeLabel: 'Хаттағы код',
    codeHint: '6 цифр.',
    confirm: 'Растау',
    confirmed: '{{email}} расталды.',
    needed: 'Жібермес бұрын жоғарыдағы электрондық пошта мекенжайын растаңыз.',
    errors: {
      code_invalid: 'Код қате. Хатты тексеріп, қайталап көріңіз.',
      code_expired: 'Кодтың мерзімі өтті. Жаңа код жіберіңіз.',
      too_many_attempts: 'Қате код тым көп енгізілді. Жаңа код жіберіп, қайталап көріңіз.',
    },
  },
  callCentre: {
    nav: 'Қоңырау шалушы үшін беру',
    title: 'Қоңырау шалушы үшін беру',
    intro:
      'Тұрғындар санының өзгеруін немесе есептегіш бойынша өтінішті телефонмен қабылдаңыз: қоңырау шалушының аты мен телефоны, пәтер, содан кейін қызмет формасы. Қоңырау шалушы нөмір мен кіру кодын SMS арқылы алады.',
  },
  track: {
    title: 'Өтінішті тексеру',
    intro:
      'Өтінішті сіз үшін ұйым (нотариус, байланыс орталығы) берді ме? Оның нөмірін және алған SMS не хаттағы кіру кодын енгізіңіз.',
    link: 'Сіз үшін берілген өтінішті тексеру',
    number: 'Өтініш нөмірі',
    numberHint: 'Мысалы, KZN-2026-000123.',
    code: 'Кіру коды',
    codeHint: '10 латын әрпі мен цифр, мысалы K7QM2-XPD4R.',
    submit: 'Ашу',
    opening: 'Ашылуда…',
    notFound: 'Бұл нөмір мен кодқа сәйкес өтініш табылмады. Екеуін де тексеріп, қайталап көріңіз.',
    status: 'Мәртебесі',
    service: 'Қызмет',
    organization: 'Қарайтын ұйым',
    filedBy: 'Берген ұйым',
    submitted: 'Берілген күні',
    deadline: 'Нәтиже мерзімі',
    decided: 'Шешім күні',
    ground: 'Бас тарту негізі',
    comment: 'Маманның түсініктемесі',
    documents: 'Құжаттар',
    noDocuments: 'Әзірге құжат берілмеген.',
    download: 'PDF жүктеу',
    another: 'Басқа өтінішті ашу',
  },
};
