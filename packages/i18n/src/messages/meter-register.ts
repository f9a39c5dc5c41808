// The meter register (seed 003), per language: verification due dates and their reminder, sealing and
// unsealing work the resident or the call centre orders, what replacement and re-verification documents
// state, and the register's error and validation messages (merged into `errors` and `validation`).
export const en = {
  errors: {
    METER_NOT_SEALED:
      'This meter has no seal now, so its readings cannot be accepted. Order its sealing; readings are taken again once it is sealed.',
    METER_WORK_OPEN:
      'A sealing or unsealing of this meter is already ordered. Wait until that work order is closed.',
    METER_RETIRED: 'This meter has been removed from the register meanwhile.',
    METER_ALREADY_REGISTERED: 'A meter with the serial number {{serial}} is already on the register.',
  },
  validation: {
    unknown_meter: 'No meter of this type with this serial number is registered for these premises.',
    meter_already_registered: 'A meter with this serial number is already registered.',
  },
  register: {
    verificationDueOn: 'Next verification due',
    verificationState: {
      VALID: 'Verified',
      DUE_SOON: 'Verification due soon',
      EXPIRED: 'Verification overdue',
    },
    reminder: {
      subject: 'Meter verification due on {{date}}',
      body: 'Your {{kind}} meter No. {{serial}} ({{address}}) must be verified again by {{date}}. Have it verified, then send the verification certificate through E-services (“Re-verification of a meter”).',
    },
    sealWork: {
      SEAL: 'Order sealing',
      UNSEAL: 'Order unsealing',
      ordered: 'Work order {{number}} has been created; the communal service centre will contact you.',
      open: 'Work order {{number}} is open for this meter.',
    },
    /** The description of the work order (what the contractor reads). */
    workDescription: {
      SEAL: 'Sealing of the meter: {{kind}}, No. {{serial}}.',
      UNSEAL: 'Removal of the seal of the meter: {{kind}}, No. {{serial}}.',
    },
    /** A sealing work order the reviewer orders for a replacement or re-verification application. */
    applicationSealing: 'Sealing of the meter: {{kind}}, No. {{serial}} (application {{number}}).',
    facts: {
      oldSerialNumber: 'Serial number of the removed meter',
      finalReading: 'Final reading of the removed meter',
      initialReading: 'Initial reading',
      verificationDueOn: 'Next verification due',
    },
  },
};

export const ru: typeof en = {
  errors: {
    METER_NOT_SEALED:
      'Счётчик сейчас без пломбы, поэтому его показания принять нельзя. Закажите опломбирование: после него показания снова принимаются.',
    METER_WORK_OPEN:
      'Опломбирование или распломбирование этого счётчика уже заказано. Дождитесь, пока этот наряд будет закрыт.',
    METER_RETIRED: 'Этот счётчик тем временем снят с учёта.',
    METER_ALREADY_REGISTERED: 'Счётчик с заводским номером {{serial}} уже стоит на учёте.',
  },
  validation: {
    unknown_meter: 'Счётчик этого типа с таким заводским номером по этому адресу на учёте не стоит.',
    meter_already_registered: 'Счётчик с таким заводским номером уже стоит на учёте.',
  },
  register: {
    verificationDueOn: 'Следующая поверка',
    verificationState: {
      VALID: 'Поверен',
      DUE_SOON: 'Скоро поверка',
      EXPIRED: 'Срок поверки истёк',
    },
    reminder: {
      subject: 'Срок поверки счётчика — {{date}}',
      body: 'Счётчик «{{kind}}» № {{serial}} ({{address}}) нужно поверить до {{date}}. Проведите поверку и отправьте свидетельство о поверке через электронные услуги («Поверка счётчика»).',
    },
    sealWork: {
      SEAL: 'Заказать опломбирование',
      UNSEAL: 'Заказать распломбирование',
      ordered: 'Создан наряд {{number}}; Центр коммунального сервиса свяжется с вами.',
      open: 'По этому счётчику открыт наряд {{number}}.',
    },
    workDescription: {
      SEAL: 'Опломбирование счётчика: {{kind}}, № {{serial}}.',
      UNSEAL: 'Снятие пломбы со счётчика: {{kind}}, № {{serial}}.',
    },
    applicationSealing: 'Опломбирование счётчика: {{kind}}, № {{serial}} (заявление {{number}}).',
    facts: {
      oldSerialNumber: 'Заводской номер снятого счётчика',
      finalReading: 'Конечные показания снятого счётчика',
      initialReading: 'Начальные показания',
      verificationDueOn: 'Следующая поверка',
    },
  },
};

export const az: typeof en = {
  errors: {
    METER_NOT_SEALED:
      'Bu sayğacın hazırda plombu yoxdur, ona görə də göstəriciləri qəbul edilə bilməz. Plomblanmasını sifariş edin: plomblandıqdan sonra göstəricilər yenidən qəbul olunur.',
    METER_WORK_OPEN:
      'Bu sayğacın plomblanması və ya plombunun çıxarılması artıq sifariş edilib. Həmin iş sifarişi bağlanana qədər gözləyin.',
    METER_RETIRED: 'Bu sayğac artıq uçotdan çıxarılıb.',
    METER_ALREADY_REGISTERED: '{{serial}} zavod nömrəli sayğac artıq uçotdadır.',
  },
  validation: {
    unknown_meter: 'Bu ünvanda bu növdə və bu zavod nömrəsi ilə uçotda sayğac yoxdur.',
    meter_already_registered: 'Bu zavod nömrəli sayğac artıq uçota alınıb.',
  },
  register: {
    verificationDueOn: 'Növbəti yoxlama',
    verificationState: {
      VALID: 'Yoxlanılıb',
      DUE_SOON: 'Yoxlama vaxtı yaxınlaşır',
      EXPIRED: 'Yoxlama müddəti bitib',
    },
    reminder: {
      subject: 'Sayğacın yoxlama müddəti: {{date}}',
      body: '“{{kind}}” sayğacı № {{serial}} ({{address}}) {{date}} tarixinədək yenidən yoxlanılmalıdır. Yoxlamadan keçirin və yoxlama haqqında şəhadətnaməni elektron xidmətlər vasitəsilə (“Sayğacın təkrar yoxlanılması”) göndərin.',
    },
    sealWork: {
      SEAL: 'Plomblanmanı sifariş et',
      UNSEAL: 'Plombun çıxarılmasını sifariş et',
      ordered: '{{number}} nömrəli iş sifarişi yaradıldı; Kommunal Xidmət Mərkəzi sizinlə əlaqə saxlayacaq.',
      open: 'Bu sayğac üzrə {{number}} nömrəli iş sifarişi açıqdır.',
    },
    workDescription: {
      SEAL: 'Sayğacın plomblanması: {{kind}}, № {{serial}}.',
      UNSEAL: 'Sayğacın plombunun çıxarılması: {{kind}}, № {{serial}}.',
    },
    applicationSealing: 'Sayğacın plomblanması: {{kind}}, № {{serial}} (müraciət {{number}}).',
    facts: {
      oldSerialNumber: 'Çıxarılan sayğacın zavod nömrəsi',
      finalReading: 'Çıxarılan sayğacın son göstəricisi',
      initialReading: 'İlkin göstərici',
      verificationDueOn: 'Növbəti yoxlama',
    },
  },
};

export const fa: typeof en = {
  errors: {
    METER_NOT_SEALED:
      'این کنتور اکنون پلمب ندارد و کارکرد آن پذیرفته نمی‌شود. پلمب آن را سفارش دهید؛ پس از پلمب، کارکرد دوباره پذیرفته می‌شود.',
    METER_WORK_OPEN:
      'پلمب یا برداشتن پلمب این کنتور قبلاً سفارش داده شده است. تا بسته شدن آن دستور کار صبر کنید.',
    METER_RETIRED: 'این کنتور در این فاصله از فهرست کنتورهای ثبت‌شده حذف شده است.',
    METER_ALREADY_REGISTERED: 'کنتوری با شماره سریال {{serial}} قبلاً ثبت شده است.',
  },
  validation: {
    unknown_meter: 'کنتوری از این نوع با این شماره سریال برای این ملک ثبت نشده است.',
    meter_already_registered: 'کنتوری با این شماره سریال قبلاً ثبت شده است.',
  },
  register: {
    verificationDueOn: 'کالیبراسیون بعدی',
    verificationState: {
      VALID: 'کالیبره‌شده',
      DUE_SOON: 'نزدیک به موعد کالیبراسیون',
      EXPIRED: 'موعد کالیبراسیون گذشته است',
    },
    reminder: {
      subject: 'موعد کالیبراسیون کنتور: {{date}}',
      body: 'کنتور «{{kind}}» شماره {{serial}} ({{address}}) باید تا {{date}} دوباره کالیبره شود. آن را کالیبره کنید و گواهی کالیبراسیون را از طریق خدمات الکترونیکی («کالیبراسیون مجدد کنتور») بفرستید.',
    },
    sealWork: {
      SEAL: 'سفارش پلمب',
      UNSEAL: 'سفارش برداشتن پلمب',
      ordered: 'دستور کار {{number}} ایجاد شد؛ مرکز خدمات شهری با شما تماس می‌گیرد.',
      open: 'دستور کار {{number}} برای این کنتور باز است.',
    },
    workDescription: {
      SEAL: 'پلمب کنتور: {{kind}}، شماره {{serial}}.',
      UNSEAL: 'برداشتن پلمب کنتور: {{kind}}، شماره {{serial}}.',
    },
    applicationSealing: 'پلمب کنتور: {{kind}}، شماره {{serial}} (درخواست {{number}}).',
    facts: {
      oldSerialNumber: 'شماره سریال کنتور برداشته‌شده',
      finalReading: 'کارکرد پایانی کنتور برداشته‌شده',
      initialReading: 'کارکرد اولیه',
      verificationDueOn: 'کالیبراسیون بعدی',
    },
  },
};

export const kk: typeof en = {
  errors: {
    METER_NOT_SEALED:
      'Бұл есептегіште қазір пломба жоқ, сондықтан оның көрсеткіштері қабылданбайды. Пломбалауға тапсырыс беріңіз: пломбаланғаннан кейін көрсеткіштер қайта қабылданады.',
    METER_WORK_OPEN:
      'Бұл есептегішті пломбалауға немесе пломбасын алуға тапсырыс берілген. Сол жұмыс наряды жабылғанша күтіңіз.',
    METER_RETIRED: 'Бұл есептегіш осы аралықта есептен шығарылды.',
    METER_ALREADY_REGISTERED: '{{serial}} зауыттық нөмірлі есептегіш есепте тұр.',
  },
  validation: {
    unknown_meter: 'Бұл мекенжай бойынша осы түрдегі осындай зауыттық нөмірлі есептегіш есепте тұрмайды.',
    meter_already_registered: 'Осындай зауыттық нөмірлі есептегіш есепке қойылған.',
  },
  register: {
    verificationDueOn: 'Келесі тексеру',
    verificationState: {
      VALID: 'Тексерілген',
      DUE_SOON: 'Тексеру мерзімі жақындады',
      EXPIRED: 'Тексеру мерзімі өтті',
    },
    reminder: {
      subject: 'Есептегішті тексеру мерзімі: {{date}}',
      body: '«{{kind}}» есептегішін № {{serial}} ({{address}}) {{date}} дейін қайта тексеру қажет. Тексеруден өткізіп, тексеру туралы куәлікті электрондық қызметтер арқылы («Есептегішті қайта тексеру») жіберіңіз.',
    },
    sealWork: {
      SEAL: 'Пломбалауға тапсырыс беру',
      UNSEAL: 'Пломбаны алуға тапсырыс беру',
      ordered: '{{number}} жұмыс наряды жасалды; Коммуналдық қызмет көрсету орталығы сізбен байланысады.',
      open: 'Бұл есептегіш бойынша {{number}} жұмыс наряды ашық.',
    },
    workDescription: {
      SEAL: 'Есептегішті пломбалау: {{kind}}, № {{serial}}.',
      UNSEAL: 'Есептегіштің пломбасын алу: {{kind}}, № {{serial}}.',
    },
    applicationSealing: 'Есептегішті пломбалау: {{kind}}, № {{serial}} (өтініш {{number}}).',
    facts: {
      oldSerialNumber: 'Алынған есептегіштің зауыттық нөмірі',
      finalReading: 'Алынған есептегіштің соңғы көрсеткіші',
      initialReading: 'Бастапқы көрсеткіш',
      verificationDueOn: 'Келесі тексеру',
    },
  },
};
