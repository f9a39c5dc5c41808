// The meter desk of the organization that keeps the city's meters (seed 003: the communal service centre and
// its call centre): finding a caller's meters, a meter's register data and history, and taking a reading by
// phone. Meter kinds, statuses and reading sources are in meters.ts.
export const en = {
  nav: 'Meters',
  title: 'Meter desk',
  intro:
    'Find a caller’s meters by subscriber code or address, read their history and take this month’s reading by phone.',
  unavailable: {
    title: 'Your organization does not keep meters',
    text: 'The meter desk is for the organization that registers the city’s meters.',
  },
  search: {
    label: 'Subscriber code or address',
    hint: 'A subscriber code (4 or more digits) or an address: street, house, flat — e.g. “{{example}}”.',
    tooShort: 'Type at least 2 characters to search.',
    searching: 'Searching…',
    found: 'Meters found: {{count}}',
    results: 'Meters found',
    emptyTitle: 'No meters found',
    emptyText: 'Nothing matches “{{search}}”. Check the subscriber code, or type only the street and house.',
    place: '{{address}}, flat {{flat}}',
    account: 'Account {{code}}',
    noAccount: 'No account',
  },
  placeholder: {
    title: 'Choose a meter',
    text: 'Search for the caller’s meters and pick one to see its history and take a reading.',
  },
  back: 'Back to the search results',
  detail: {
    register: 'Register data',
    accounts: 'Account',
    holder: 'Account holder',
    noSeal: 'Not sealed yet',
    status: 'Status',
    initialReading: 'Reading at registration',
    downloadCsv: 'Download the readings (CSV)',
  },
  take: {
    title: 'Take a reading by phone',
    intro:
      'Enter the figure the caller reads from the meter. It is recorded as taken by the call centre, in your name.',
    label: 'Reading for {{month}}',
    hint: 'Up to 3 decimals, e.g. 1234.567. The last reading: {{previous}}.',
    submit: 'Record the reading',
    correct: 'Correct this month’s reading',
    submitting: 'Recording…',
    current: 'This month’s reading is already {{value}}; a new one corrects it.',
    saved: 'Reading {{value}} recorded for {{month}}.',
    windowClosedError: 'Readings are accepted only from day {{from}} to day {{to}} of each month.',
    retired: 'This meter has been removed: no readings are taken.',
    belowPrevious: 'Lower than the last reading ({{previous}}): a meter only counts up.',
    needsConfirmation:
      'This reading is {{jump}} above the last one, while the meter usually uses {{average}} a month. Read the figure back to the caller and confirm it.',
    confirm: 'The caller has confirmed the figure {{value}}',
    confirmRequired: 'Tick the box once the caller has confirmed the figure.',
  },
};

export const ru: typeof en = {
  nav: 'Счётчики',
  title: 'Счётчики абонентов',
  intro:
    'Найдите счётчики абонента по коду или адресу, посмотрите историю показаний и примите показания за этот месяц по телефону.',
  unavailable: {
    title: 'Ваша организация не ведёт учёт счётчиков',
    text: 'Раздел счётчиков доступен организации, которая регистрирует счётчики города.',
  },
  search: {
    label: 'Код абонента или адрес',
    hint: 'Код абонента (от 4 цифр) или адрес: улица, дом, квартира — например «{{example}}».',
    tooShort: 'Для поиска введите не меньше 2 символов.',
    searching: 'Поиск…',
    found: 'Найдено счётчиков: {{count}}',
    results: 'Найденные счётчики',
    emptyTitle: 'Счётчики не найдены',
    emptyText: 'По запросу «{{search}}» ничего нет. Проверьте код абонента или введите только улицу и дом.',
    place: '{{address}}, кв. {{flat}}',
    account: 'Лицевой счёт {{code}}',
    noAccount: 'Нет лицевого счёта',
  },
  placeholder: {
    title: 'Выберите счётчик',
    text: 'Найдите счётчики абонента и выберите один, чтобы увидеть историю и принять показания.',
  },
  back: 'К результатам поиска',
  detail: {
    register: 'Учётные данные',
    accounts: 'Лицевой счёт',
    holder: 'Владелец счёта',
    noSeal: 'Ещё не опломбирован',
    status: 'Состояние',
    initialReading: 'Показания при постановке на учёт',
    downloadCsv: 'Скачать показания (CSV)',
  },
  take: {
    title: 'Принять показания по телефону',
    intro:
      'Введите число, которое абонент видит на счётчике. Показания будут записаны как принятые call-центром, от вашего имени.',
    label: 'Показания за {{month}}',
    hint: 'До 3 знаков после запятой, например 1234,567. Последние показания: {{previous}}.',
    submit: 'Записать показания',
    correct: 'Исправить показания за месяц',
    submitting: 'Запись…',
    current: 'Показания за этот месяц уже есть: {{value}}; новые их исправят.',
    saved: 'Показания {{value}} за {{month}} записаны.',
    windowClosedError: 'Показания принимаются только с {{from}} по {{to}} число каждого месяца.',
    retired: 'Счётчик снят с учёта: показания не принимаются.',
    belowPrevious: 'Меньше последних показаний ({{previous}}): счётчик не может идти назад.',
    needsConfirmation:
      'Это на {{jump}} больше последних показаний, а обычный расход — {{average}} в месяц. Повторите число абоненту и подтвердите его.',
    confirm: 'Абонент подтвердил число {{value}}',
    confirmRequired: 'Отметьте, когда абонент подтвердит число.',
  },
};

export const az: typeof en = {
  nav: 'Sayğaclar',
  title: 'Abunəçi sayğacları',
  intro:
    'Zəng edənin sayğaclarını abunəçi kodu və ya ünvan üzrə tapın, göstərici tarixçəsinə baxın və bu ayın göstəricisini telefonla qəbul edin.',
  unavailable: {
    title: 'Təşkilatınız sayğacların uçotunu aparmır',
    text: 'Sayğaclar bölməsi şəhərin sayğaclarını qeydiyyata alan təşkilat üçündür.',
  },
  search: {
    label: 'Abunəçi kodu və ya ünvan',
    hint: 'Abunəçi kodu (4 və daha çox rəqəm) və ya ünvan: küçə, ev, mənzil — məsələn «{{example}}».',
    tooShort: 'Axtarış üçün ən azı 2 simvol yazın.',
    searching: 'Axtarılır…',
    found: 'Tapılan sayğaclar: {{count}}',
    results: 'Tapılan sayğaclar',
    emptyTitle: 'Sayğac tapılmadı',
    emptyText: '«{{search}}» üzrə heç nə yoxdur. Abunəçi kodunu yoxlayın və ya yalnız küçə və evi yazın.',
    place: '{{address}}, mənzil {{flat}}',
    account: 'Hesab {{code}}',
    noAccount: 'Hesab yoxdur',
  },
  placeholder: {
    title: 'Sayğac seçin',
    text: 'Zəng edənin sayğaclarını tapın və tarixçəni görmək, göstərici qəbul etmək üçün birini seçin.',
  },
  back: 'Axtarış nəticələrinə qayıt',
  detail: {
    register: 'Uçot məlumatları',
    accounts: 'Hesab',
    holder: 'Hesab sahibi',
    noSeal: 'Hələ plomblanmayıb',
    status: 'Vəziyyət',
    initialReading: 'Qeydiyyat zamanı göstərici',
    downloadCsv: 'Göstəriciləri yüklə (CSV)',
  },
  take: {
    title: 'Göstəricini telefonla qəbul edin',
    intro:
      'Zəng edənin sayğacda gördüyü rəqəmi yazın. Göstərici sizin adınızdan, zəng mərkəzi tərəfindən qəbul edilmiş kimi qeyd olunur.',
    label: '{{month}} üçün göstərici',
    hint: 'Vergüldən sonra 3 rəqəmə qədər, məsələn 1234,567. Son göstərici: {{previous}}.',
    submit: 'Göstəricini qeyd et',
    correct: 'Bu ayın göstəricisini düzəlt',
    submitting: 'Qeyd edilir…',
    current: 'Bu ayın göstəricisi artıq var: {{value}}; yenisi onu düzəldəcək.',
    saved: '{{month}} üçün {{value}} göstəricisi qeyd edildi.',
    windowClosedError: 'Göstəricilər yalnız hər ayın {{from}}-dən {{to}}-dək qəbul edilir.',
    retired: 'Sayğac uçotdan çıxarılıb: göstəricilər qəbul edilmir.',
    belowPrevious: 'Son göstəricidən azdır ({{previous}}): sayğac geri gedə bilməz.',
    needsConfirmation:
      'Bu, son göstəricidən {{jump}} çoxdur, adi sərfiyyat isə ayda {{average}}-dir. Rəqəmi zəng edənə təkrarlayın və təsdiqləyin.',
    confirm: 'Zəng edən {{value}} rəqəmini təsdiqlədi',
    confirmRequired: 'Zəng edən rəqəmi təsdiqlədikdə qutunu işarələyin.',
  },
};

export const fa: typeof en = {
  nav: 'کنتورها',
  title: 'میز کنتورها',
  intro:
    'کنتورهای تماس‌گیرنده را با شماره اشتراک یا نشانی پیدا کنید، سابقه کارکرد را ببینید و کارکرد این ماه را تلفنی ثبت کنید.',
  unavailable: {
    title: 'سازمان شما کنتورها را نگهداری نمی‌کند',
    text: 'میز کنتورها برای سازمانی است که کنتورهای شهر را ثبت می‌کند.',
  },
  search: {
    label: 'شماره اشتراک یا نشانی',
    hint: 'شماره اشتراک (۴ رقم یا بیشتر) یا نشانی: خیابان، پلاک، واحد — مثلاً «{{example}}».',
    tooShort: 'برای جست‌وجو دست‌کم ۲ نویسه وارد کنید.',
    searching: 'در حال جست‌وجو…',
    found: 'کنتورهای یافت‌شده: {{count}}',
    results: 'کنتورهای یافت‌شده',
    emptyTitle: 'کنتوری پیدا نشد',
    emptyText:
      'برای «{{search}}» چیزی پیدا نشد. شماره اشتراک را بررسی کنید یا فقط خیابان و پلاک را وارد کنید.',
    place: '{{address}}، واحد {{flat}}',
    account: 'اشتراک {{code}}',
    noAccount: 'بدون اشتراک',
  },
  placeholder: {
    title: 'یک کنتور را انتخاب کنید',
    text: 'کنتورهای تماس‌گیرنده را جست‌وجو کنید و یکی را برای دیدن سابقه و ثبت کارکرد انتخاب کنید.',
  },
  back: 'بازگشت به نتایج جست‌وجو',
  detail: {
    register: 'اطلاعات ثبت',
    accounts: 'شماره اشتراک',
    holder: 'صاحب اشتراک',
    noSeal: 'هنوز پلمب نشده',
    status: 'وضعیت',
    initialReading: 'کارکرد هنگام ثبت',
    downloadCsv: 'دریافت کارکردها (CSV)',
  },
  take: {
    title: 'ثبت تلفنی کارکرد',
    intro:
      'عددی را که تماس‌گیرنده از روی کنتور می‌خواند وارد کنید. کارکرد به نام شما و به‌عنوان ثبت‌شده توسط مرکز تماس ذخیره می‌شود.',
    label: 'کارکرد ماه {{month}}',
    hint: 'حداکثر ۳ رقم اعشار، مثلاً ۱۲۳۴٫۵۶۷. آخرین کارکرد: {{previous}}.',
    submit: 'ثبت کارکرد',
    correct: 'اصلاح کارکرد این ماه',
    submitting: 'در حال ثبت…',
    current: 'کارکرد این ماه قبلاً {{value}} ثبت شده است؛ کارکرد جدید آن را اصلاح می‌کند.',
    saved: 'کارکرد {{value}} برای ماه {{month}} ثبت شد.',
    windowClosedError: 'کارکرد فقط از روز {{from}} تا روز {{to}} هر ماه پذیرفته می‌شود.',
    retired: 'این کنتور برچیده شده است: کارکردی ثبت نمی‌شود.',
    belowPrevious: 'کمتر از آخرین کارکرد ({{previous}}) است: کنتور به عقب برنمی‌گردد.',
    needsConfirmation:
      'این کارکرد {{jump}} بیشتر از آخرین کارکرد است، در حالی که مصرف معمول {{average}} در ماه است. عدد را برای تماس‌گیرنده تکرار کنید و تأیید کنید.',
    confirm: 'تماس‌گیرنده عدد {{value}} را تأیید کرد',
    confirmRequired: 'پس از تأیید عدد توسط تماس‌گیرنده، این گزینه را علامت بزنید.',
  },
};

export const kk: typeof en = {
  nav: 'Есептегіштер',
  title: 'Абонент есептегіштері',
  intro:
    'Қоңырау шалушының есептегіштерін абонент коды немесе мекенжай бойынша табыңыз, көрсеткіштер тарихын қараңыз және осы айдың көрсеткішін телефон арқылы қабылдаңыз.',
  unavailable: {
    title: 'Ұйымыңыз есептегіштерді есепке алмайды',
    text: 'Есептегіштер бөлімі қаланың есептегіштерін тіркейтін ұйымға арналған.',
  },
  search: {
    label: 'Абонент коды немесе мекенжай',
    hint: 'Абонент коды (4 және одан көп цифр) немесе мекенжай: көше, үй, пәтер — мысалы «{{example}}».',
    tooShort: 'Іздеу үшін кемінде 2 таңба енгізіңіз.',
    searching: 'Ізделуде…',
    found: 'Табылған есептегіштер: {{count}}',
    results: 'Табылған есептегіштер',
    emptyTitle: 'Есептегіш табылмады',
    emptyText:
      '«{{search}}» бойынша ештеңе жоқ. Абонент кодын тексеріңіз немесе тек көше мен үйді енгізіңіз.',
    place: '{{address}}, {{flat}} пәтер',
    account: 'Дербес шот {{code}}',
    noAccount: 'Дербес шот жоқ',
  },
  placeholder: {
    title: 'Есептегішті таңдаңыз',
    text: 'Қоңырау шалушының есептегіштерін тауып, тарихын көру және көрсеткіш қабылдау үшін біреуін таңдаңыз.',
  },
  back: 'Іздеу нәтижелеріне оралу',
  detail: {
    register: 'Есепке алу деректері',
    accounts: 'Дербес шот',
    holder: 'Шот иесі',
    noSeal: 'Әлі пломбаланбаған',
    status: 'Күйі',
    initialReading: 'Тіркеу кезіндегі көрсеткіш',
    downloadCsv: 'Көрсеткіштерді жүктеу (CSV)',
  },
  take: {
    title: 'Көрсеткішті телефон арқылы қабылдау',
    intro:
      'Қоңырау шалушы есептегіштен көретін санды енгізіңіз. Көрсеткіш сіздің атыңыздан, байланыс орталығы қабылдаған ретінде жазылады.',
    label: '{{month}} көрсеткіші',
    hint: 'Үтірден кейін 3 таңбаға дейін, мысалы 1234,567. Соңғы көрсеткіш: {{previous}}.',
    submit: 'Көрсеткішті жазу',
    correct: 'Осы айдың көрсеткішін түзету',
    submitting: 'Жазылуда…',
    current: 'Осы айдың көрсеткіші бар: {{value}}; жаңасы оны түзетеді.',
    saved: '{{month}} үшін {{value}} көрсеткіші жазылды.',
    windowClosedError: 'Көрсеткіштер әр айдың тек {{from}} бастап {{to}} дейін қабылданады.',
    retired: 'Есептегіш есептен шығарылған: көрсеткіштер қабылданбайды.',
    belowPrevious: 'Соңғы көрсеткіштен аз ({{previous}}): есептегіш кері жүрмейді.',
    needsConfirmation:
      'Бұл соңғы көрсеткіштен {{jump}} артық, ал әдеттегі шығын айына {{average}}. Санды қоңырау шалушыға қайталап, растаңыз.',
    confirm: 'Қоңырау шалушы {{value}} санын растады',
    confirmRequired: 'Қоңырау шалушы санды растағанда белгілеңіз.',
  },
};
