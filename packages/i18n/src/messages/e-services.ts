// E-services in the web app: catalogue, application form, application pages, reviewer desk.
// Each screen keeps its words in its own group (`form` = the application wizard); others add sibling groups.
export const en = {
  form: {
    stepOf: 'Step {{current}} of {{total}}',
    back: 'Back',
    continue: 'Continue',
    choose: 'Choose…',
    yes: 'Yes',
    no: 'No',
    documentsTitle: 'Documents',
    documentsIntro: 'Attach the documents listed below. Scans or clear photos are fine.',
    documentLimits: 'Accepted: {{types}}, up to {{size}} per file.',
    fileTooLarge: '“{{name}}” is larger than {{size}}.',
    fileTypeNotAllowed: '“{{name}}” is not an accepted type of file ({{types}}).',
    checkTitle: 'Check your answers before sending your application',
    change: 'Change',
    changeLabel: 'Change: {{label}}',
    notAnswered: 'Not answered',
    noDocuments: 'No files attached',
    sendTitle: 'Now send your application',
    declaration:
      'By sending this application you confirm that, to the best of your knowledge, the details you are providing are correct.',
    send: 'Send application',
    sending: 'Sending…',
  },
};

export const ru: typeof en = {
  form: {
    stepOf: 'Шаг {{current}} из {{total}}',
    back: 'Назад',
    continue: 'Продолжить',
    choose: 'Выберите…',
    yes: 'Да',
    no: 'Нет',
    documentsTitle: 'Документы',
    documentsIntro: 'Приложите документы из списка ниже. Подойдут сканы или чёткие фотографии.',
    documentLimits: 'Подходят: {{types}}, до {{size}} на файл.',
    fileTooLarge: 'Файл «{{name}}» больше {{size}}.',
    fileTypeNotAllowed: 'Файлы такого типа, как «{{name}}», здесь не принимаются ({{types}}).',
    checkTitle: 'Проверьте ответы перед отправкой заявления',
    change: 'Изменить',
    changeLabel: 'Изменить: {{label}}',
    notAnswered: 'Нет ответа',
    noDocuments: 'Файлы не приложены',
    sendTitle: 'Теперь отправьте заявление',
    declaration:
      'Отправляя заявление, вы подтверждаете, что, насколько вам известно, указанные сведения верны.',
    send: 'Отправить заявление',
    sending: 'Отправка…',
  },
};

export const az: typeof en = {
  form: {
    stepOf: 'Addım {{current}} / {{total}}',
    back: 'Geri',
    continue: 'Davam et',
    choose: 'Seçin…',
    yes: 'Bəli',
    no: 'Xeyr',
    documentsTitle: 'Sənədlər',
    documentsIntro: 'Aşağıdakı siyahıdakı sənədləri əlavə edin. Skan və ya aydın foto uyğundur.',
    documentLimits: 'Qəbul edilir: {{types}}, hər fayl {{size}}-dək.',
    fileTooLarge: '“{{name}}” faylı {{size}} həcmindən böyükdür.',
    fileTypeNotAllowed: '“{{name}}” faylının növü burada qəbul edilmir ({{types}}).',
    checkTitle: 'Ərizəni göndərməzdən əvvəl cavablarınızı yoxlayın',
    change: 'Dəyişdir',
    changeLabel: 'Dəyişdir: {{label}}',
    notAnswered: 'Cavab verilməyib',
    noDocuments: 'Fayl əlavə edilməyib',
    sendTitle: 'İndi ərizənizi göndərin',
    declaration:
      'Bu ərizəni göndərməklə bildiyiniz qədər verdiyiniz məlumatların düzgün olduğunu təsdiq edirsiniz.',
    send: 'Ərizəni göndər',
    sending: 'Göndərilir…',
  },
};

export const fa: typeof en = {
  form: {
    stepOf: 'مرحلهٔ {{current}} از {{total}}',
    back: 'بازگشت',
    continue: 'ادامه',
    choose: 'انتخاب کنید…',
    yes: 'بله',
    no: 'خیر',
    documentsTitle: 'مدارک',
    documentsIntro: 'مدارک فهرست‌شدهٔ زیر را پیوست کنید. اسکن یا عکس واضح کافی است.',
    documentLimits: 'قالب‌های پذیرفته: {{types}}، حداکثر {{size}} برای هر فایل.',
    fileTooLarge: 'فایل «{{name}}» بزرگ‌تر از {{size}} است.',
    fileTypeNotAllowed: 'نوع فایل «{{name}}» در اینجا پذیرفته نمی‌شود ({{types}}).',
    checkTitle: 'پیش از فرستادن درخواست، پاسخ‌های خود را بررسی کنید',
    change: 'تغییر',
    changeLabel: 'تغییر: {{label}}',
    notAnswered: 'بدون پاسخ',
    noDocuments: 'فایلی پیوست نشده است',
    sendTitle: 'اکنون درخواست خود را بفرستید',
    declaration:
      'با فرستادن این درخواست تأیید می‌کنید که تا جایی که می‌دانید، اطلاعاتی که وارد کرده‌اید درست است.',
    send: 'فرستادن درخواست',
    sending: 'در حال فرستادن…',
  },
};

export const kk: typeof en = {
  form: {
    stepOf: '{{total}} қадамның {{current}}-қадамы',
    back: 'Артқа',
    continue: 'Жалғастыру',
    choose: 'Таңдаңыз…',
    yes: 'Иә',
    no: 'Жоқ',
    documentsTitle: 'Құжаттар',
    documentsIntro: 'Төмендегі тізімдегі құжаттарды тіркеңіз. Скан немесе анық фотосурет жарайды.',
    documentLimits: 'Қабылданады: {{types}}, әр файл {{size}} дейін.',
    fileTooLarge: '«{{name}}» файлы {{size}} көлемінен үлкен.',
    fileTypeNotAllowed: '«{{name}}» файлының түрі мұнда қабылданбайды ({{types}}).',
    checkTitle: 'Өтінішті жібермес бұрын жауаптарыңызды тексеріңіз',
    change: 'Өзгерту',
    changeLabel: 'Өзгерту: {{label}}',
    notAnswered: 'Жауап берілмеген',
    noDocuments: 'Файл тіркелмеген',
    sendTitle: 'Енді өтінішіңізді жіберіңіз',
    declaration:
      'Осы өтінішті жібере отырып, өзіңіз білетіндей берген мәліметтеріңіздің дұрыс екенін растайсыз.',
    send: 'Өтінішті жіберу',
    sending: 'Жіберілуде…',
  },
};
