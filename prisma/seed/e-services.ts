// The demo city's e-service catalogue: eight services from the seed documents, each one data (a
// `ServiceSpec` from @citydesk/domain), not code. apps/api/src/seed/seed.ts stores `spec` as the catalogue
// row's `definition`, links the service to its organization and, for a district rollout, to its districts.
//   000 Azərsu          → no_debt_certificate
//   001 Urmia           → inquiry_response (rolled out district by district), renovation_fee
//   003 Kyiv ЦКС        → household_size_change, meter_registration, meter_replacement, meter_reverification
//                         (the last two in meter-e-services.ts)
//   004 Kazakhstan eGov → service_housing_waiting_list
// Every text is in all five languages; amounts are in minor units (kopecks). Pure data, no I/O.
import type { SlaUnit } from '../../apps/api/src/generated/prisma/enums.ts';
import { maxAttachmentBytes } from '../../packages/domain/src/attachments.ts';
import {
  documentMimeTypes,
  type DocumentMimeType,
  type ServiceSpecInput,
} from '../../packages/domain/src/e-services/definition.ts';
import { householdChangeSla } from '../../packages/domain/src/e-services/household-change.ts';
import type { DemoDistrictCode, DemoOrganizationSlug, LocalisedName } from './demo-city.ts';
import {
  meterKindField,
  meterReplacementService,
  meterReverificationService,
  serialNumberField,
} from './meter-e-services.ts';

export type DemoEService = {
  /** The catalogue row's unique code; the web, the API and the tests refer to services by it. */
  code: string;
  name: LocalisedName;
  /** The organization that handles it (its kind becomes the row's `handlingOrganizationKind`). */
  handlingOrganization: DemoOrganizationSlug;
  slaUnit: SlaUnit;
  slaAmount: number;
  sortOrder: number;
  spec: ServiceSpecInput;
  /** For a service with `districtRollout`: the districts it is enabled in so far. */
  enabledDistricts?: DemoDistrictCode[];
};

/** Largest file per document: the platform's upload limit (10 MB). */
const MAX_BYTES = maxAttachmentBytes;
/** Scans and photos: PDF, JPEG, PNG. */
const PDF_AND_IMAGES: DocumentMimeType[] = [...documentMimeTypes];

// Patterns are matched against the whole trimmed answer (the domain anchors them).
const CADASTRAL_NUMBER_PATTERN = String.raw`\d{2}:\d{2}:\d{6,7}:\d{1,6}`;

/** The cadastral-number field, asked by both services of the property committee. */
const cadastralNumberField = {
  name: 'cadastralNumber',
  onCertificate: true,
  type: 'text',
  required: true,
  pattern: CADASTRAL_NUMBER_PATTERN,
  label: {
    az: 'Kadastr nömrəsi',
    fa: 'شماره کاداستر (پلاک ثبتی)',
    ru: 'Кадастровый номер',
    kk: 'Кадастрлық нөмір',
    en: 'Cadastral number',
  },
  help: {
    az: 'Məsələn, 16:50:011105:123 — daşınmaz əmlak reyestrindən çıxarışda və ya mülkiyyət sənədində göstərilib.',
    fa: 'مانند 16:50:011105:123 — در گواهی ثبت ملک یا سند مالکیت درج شده است.',
    ru: 'Например, 16:50:011105:123 — указан в выписке из ЕГРН или в свидетельстве о праве собственности.',
    kk: 'Мысалы, 16:50:011105:123 — жылжымайтын мүлік тізілімінен үзіндіде немесе меншік құжатында көрсетілген.',
    en: 'For example 16:50:011105:123 — shown on the extract from the property register or on the ownership certificate.',
  },
} as const satisfies ServiceSpecInput['steps'][number]['fields'][number];

const PROPERTY_STEP_TITLE: LocalisedName = {
  az: 'Daşınmaz əmlak',
  fa: 'مشخصات ملک',
  ru: 'Объект недвижимости',
  kk: 'Жылжымайтын мүлік',
  en: 'The property',
};

const PROPERTY_DATA_MISMATCH = {
  code: 'propertyDataMismatch',
  label: {
    az: 'Əmlak haqqında göstərilən məlumatlar bələdiyyə reyestrindəki məlumatlara uyğun gəlmir',
    fa: 'اطلاعات ملک با اطلاعات ثبت‌شده در شهرداری مطابقت ندارد',
    ru: 'Сведения об объекте не совпадают с данными муниципального реестра',
    kk: 'Объект туралы мәліметтер муниципалдық тізілімдегі деректерге сәйкес келмейді',
    en: 'The property details do not match the municipal register',
  },
} as const;

/** The three legal grounds for refusing service housing registration (seed 004). */
export const serviceHousingRefusalGrounds = [
  'falseDocuments',
  'noPersonalDataConsent',
  'housingLawRequirements',
] as const;

export const demoEServices: readonly DemoEService[] = [
  // 000: Azərsu's certificate that a subscriber owes nothing for water and sewerage, needed to sell a flat.
  {
    code: 'no_debt_certificate',
    name: {
      az: 'Su təchizatı və kanalizasiya xidmətlərinə görə borcun olmaması haqqında arayış',
      fa: 'گواهی عدم بدهی آب و فاضلاب',
      ru: 'Справка об отсутствии задолженности за водоснабжение и водоотведение',
      kk: 'Сумен жабдықтау және су бұру қызметтері бойынша берешектің жоқтығы туралы анықтама',
      en: 'Certificate of no debt for water supply and sewerage',
    },
    handlingOrganization: 'vodokanal',
    slaUnit: 'WORKING_DAYS',
    slaAmount: 3,
    sortOrder: 200,
    spec: {
      summary: {
        az: 'Mənzil satılarkən və ya mülkiyyət hüququ başqasına verilərkən tələb olunur. Sukanal idarəsinə getmədən, onlayn və ödənişsiz.',
        fa: 'هنگام فروش آپارتمان یا انتقال مالکیت لازم است. بدون مراجعه به اداره آب، به‌صورت آنلاین و رایگان.',
        ru: 'Нужна при продаже квартиры или переходе права собственности. Без визита в водоканал, онлайн и бесплатно.',
        kk: 'Пәтерді сатқанда немесе меншік құқығын басқа адамға бергенде қажет. Су арнасы мекемесіне бармай, онлайн және тегін.',
        en: 'Needed when you sell a flat or transfer its ownership. Online and free, without visiting the water utility.',
      },
      whatHappensNext: {
        az: 'Müraciətiniz qeydiyyata alındı. Onun 3 iş günü ərzində icra ediləcəyi barədə elektron poçtunuza məlumat göndərəcəyik. Sukanal əməkdaşı sayğacınıza yerində baxış keçirə və ya ailə tərkibinizi dəqiqləşdirə bilər. Borcunuz yoxdursa, arayışı “Müraciətlərim” bölməsindən yükləyə bilərsiniz. Borc varsa, əvvəlcə onu onlayn ödəyin, sonra arayışı həmin bölmədən yükləyin. Xidmət ödənişsizdir.',
        fa: 'درخواست شما ثبت شد. با ایمیل به شما اطلاع می‌دهیم که ظرف ۳ روز کاری رسیدگی می‌شود. ممکن است کارشناس شرکت آب کنتور شما را در محل بازدید کند یا تعداد ساکنان را بررسی کند. اگر بدهی نداشته باشید، گواهی را از بخش «درخواست‌های من» دریافت می‌کنید. اگر بدهی داشته باشید، ابتدا آن را به‌صورت آنلاین بپردازید و سپس گواهی را از همان بخش دریافت کنید. این خدمت رایگان است.',
        ru: 'Заявление зарегистрировано. Мы сообщим вам по электронной почте, что оно будет исполнено в течение 3 рабочих дней. Специалист водоканала может проверить счётчик на месте или уточнить состав семьи. Если задолженности нет, справку можно скачать в разделе «Мои заявления». Если задолженность есть, сначала оплатите её онлайн, затем скачайте справку там же. Услуга бесплатная.',
        kk: 'Өтінішіңіз тіркелді. Оның 3 жұмыс күні ішінде орындалатыны туралы электрондық поштаңызға хабарлаймыз. Су арнасы маманы есептегішті орнында тексеруі немесе отбасы құрамын нақтылауы мүмкін. Берешек болмаса, анықтаманы «Менің өтініштерім» бөлімінен жүктеп аласыз. Берешек болса, алдымен оны онлайн төлеңіз, содан кейін анықтаманы сол бөлімнен жүктеп алыңыз. Қызмет тегін.',
        en: 'Your application is registered. We will e-mail you that it will be completed within 3 working days. The water utility may inspect your meter on site or check who lives in the flat. If you owe nothing, download the certificate under “My applications”. If there is a debt, pay it online first, then download the certificate there. The service is free.',
      },
      subject: 'PREMISES',
      steps: [
        {
          id: 'account',
          title: {
            az: 'Abunəçi məlumatları',
            fa: 'اطلاعات اشتراک',
            ru: 'Лицевой счёт',
            kk: 'Абонент деректері',
            en: 'Your water account',
          },
          fields: [
            {
              name: 'subscriberCode',
              onCertificate: true,
              type: 'text',
              required: true,
              pattern: String.raw`\d{6,12}`,
              label: {
                az: 'Abonent kodu',
                fa: 'کد اشتراک',
                ru: 'Код абонента (номер лицевого счёта)',
                kk: 'Абонент коды',
                en: 'Subscriber code',
              },
              help: {
                az: '6–12 rəqəm. Su haqqı qəbzinin yuxarı hissəsində, “Abonent kodu” sətrində göstərilib.',
                fa: '۶ تا ۱۲ رقم. در بالای قبض آب، کنار «کد اشتراک» چاپ شده است.',
                ru: 'От 6 до 12 цифр. Указан в верхней части квитанции за воду, в строке «Лицевой счёт».',
                kk: '6–12 цифр. Су үшін төлем түбіртегінің жоғарғы жағында, «Абонент коды» жолында көрсетілген.',
                en: '6 to 12 digits, printed at the top of your water bill next to “Subscriber code”.',
              },
            },
            {
              name: 'idPin',
              type: 'text',
              required: true,
              pattern: '[A-Za-z0-9]{5,14}',
              label: {
                az: 'Şəxsiyyət vəsiqəsinin FİN kodu',
                fa: 'شماره شناسایی شخصی',
                ru: 'Персональный идентификационный номер',
                kk: 'Жеке сәйкестендіру нөмірі',
                en: 'Personal ID number',
              },
              help: {
                az: 'Şəxsiyyət vəsiqənizdəki fərdi identifikasiya nömrəsi: 5–14 latın hərfi və rəqəm.',
                fa: 'شماره شناسایی شخصی مندرج در کارت شناسایی شما: ۵ تا ۱۴ حرف لاتین و رقم.',
                ru: 'Персональный идентификационный номер из вашего удостоверения личности: от 5 до 14 латинских букв и цифр.',
                kk: 'Жеке куәлігіңіздегі жеке сәйкестендіру нөмірі: 5–14 латын әрпі мен цифр.',
                en: 'The personal ID number from your ID card: 5 to 14 letters and digits.',
              },
            },
          ],
        },
        {
          id: 'contacts',
          title: {
            az: 'Əlaqə məlumatları',
            fa: 'اطلاعات تماس',
            ru: 'Контактные данные',
            kk: 'Байланыс деректері',
            en: 'Contact details',
          },
          fields: [
            {
              name: 'email',
              type: 'email',
              required: true,
              prefill: 'email',
              label: {
                az: 'Elektron poçt',
                fa: 'ایمیل',
                ru: 'Электронная почта',
                kk: 'Электрондық пошта',
                en: 'E-mail',
              },
              help: {
                az: 'Nəticə bu ünvana göndəriləcək. Ünvan doğru və aktiv olmalıdır, əks halda müraciət etibarsız sayılacaq.',
                fa: 'نتیجه به این نشانی فرستاده می‌شود. نشانی باید درست و فعال باشد، وگرنه درخواست نامعتبر شناخته می‌شود.',
                ru: 'Сюда придёт результат. Адрес должен быть верным и действующим, иначе заявление будет признано недействительным.',
                kk: 'Нәтиже осы мекенжайға жіберіледі. Мекенжай дұрыс әрі қолданыстағы болуы керек, әйтпесе өтініш жарамсыз деп танылады.',
                en: 'We send the result to this address. It must be correct and in use, otherwise the application is invalid.',
              },
            },
            {
              name: 'phone',
              type: 'phone',
              required: true,
              prefill: 'phone',
              label: {
                az: 'Mobil telefon',
                fa: 'تلفن همراه',
                ru: 'Мобильный телефон',
                kk: 'Ұялы телефон',
                en: 'Mobile phone',
              },
            },
          ],
        },
      ],
      documents: [
        {
          kind: 'propertyDocuments',
          required: true,
          accept: PDF_AND_IMAGES,
          maxBytes: MAX_BYTES,
          maxFiles: 5,
          label: {
            az: 'Obyektə aid sənədlər',
            fa: 'اسناد ملک',
            ru: 'Документы на квартиру',
            kk: 'Пәтерге қатысты құжаттар',
            en: 'Documents for the flat',
          },
          help: {
            az: 'Mülkiyyət hüququnu təsdiq edən sənədin və ya reyestrdən çıxarışın skan surəti (PDF, JPEG, PNG; 5 fayla qədər).',
            fa: 'تصویر اسکن‌شده سند مالکیت یا گواهی ثبت ملک (PDF، JPEG، PNG؛ حداکثر ۵ فایل).',
            ru: 'Скан или фото документа о праве собственности или выписки из ЕГРН (PDF, JPEG, PNG; до 5 файлов).',
            kk: 'Меншік құқығын растайтын құжаттың немесе тізілімнен үзіндінің сканері не фотосы (PDF, JPEG, PNG; 5 файлға дейін).',
            en: 'A scan or photo of the ownership document or the property register extract (PDF, JPEG, PNG; up to 5 files).',
          },
        },
      ],
      fee: { kind: 'FREE' },
      signing: 'NONE',
      outcome: 'CERTIFICATE',
      refusalGrounds: [
        {
          code: 'accountNotFound',
          label: {
            az: 'Göstərilən abonent kodu ilə abunəçi tapılmadı',
            fa: 'اشتراکی با این کد اشتراک پیدا نشد',
            ru: 'Лицевой счёт с указанным кодом абонента не найден',
            kk: 'Көрсетілген абонент коды бойынша дербес шот табылмады',
            en: 'No account was found with this subscriber code',
          },
        },
        {
          code: 'notAccountHolder',
          label: {
            az: 'Müraciət edən şəxs abunəçi və ya mənzilin mülkiyyətçisi deyil',
            fa: 'متقاضی صاحب اشتراک یا مالک ملک نیست',
            ru: 'Заявитель не является владельцем лицевого счёта или собственником квартиры',
            kk: 'Өтініш беруші дербес шоттың иесі немесе пәтердің меншік иесі емес',
            en: 'The applicant is not the account holder or the owner of the flat',
          },
        },
      ],
      taskKinds: ['METER_INSPECTION', 'HOUSEHOLD_CHECK'],
      // What the certificate certifies, checked when it is issued and stated on it in words.
      asserts: [
        {
          kind: 'NO_DEBT',
          accountField: 'subscriberCode',
          statement: {
            az: '{{account}} nömrəli abonent hesabı üzrə su təchizatı və kanalizasiya xidmətlərinə görə {{date}} tarixinə borc yoxdur.',
            fa: 'اشتراک شمارهٔ {{account}} تا تاریخ {{date}} هیچ بدهی بابت آب و فاضلاب ندارد.',
            ru: 'Задолженность за водоснабжение и водоотведение по лицевому счёту {{account}} по состоянию на {{date}} отсутствует.',
            kk: '{{account}} дербес шоты бойынша {{date}} жағдай бойынша сумен жабдықтау және су бұру қызметтері үшін берешек жоқ.',
            en: 'There is no outstanding debt for water supply and sewerage on account {{account}} as of {{date}}.',
          },
        },
      ],
      // A debt can arise the next month: the certificate speaks for 30 days, and a newer one replaces it.
      validityDays: 30,
      supersedeBy: 'subscriberCode',
    },
  },

  // 001: an inquiry response for a bank (mortgage) or a notary office (sale), issued without a visit;
  // rolled out district by district, starting with the pilot district.
  {
    code: 'inquiry_response',
    name: {
      az: 'Bank və ya notariat üçün sorğuya cavab arayışı',
      fa: 'گواهی پاسخ استعلام برای بانک یا دفتر اسناد رسمی',
      ru: 'Справка-ответ на запрос банка или нотариуса',
      kk: 'Банк немесе нотариус сұрауына жауап анықтамасы',
      en: 'Inquiry response for a bank or notary',
    },
    handlingOrganization: 'kzio',
    slaUnit: 'WORKING_DAYS',
    slaAmount: 5,
    sortOrder: 210,
    enabledDistricts: ['vakhitovsky'],
    spec: {
      summary: {
        az: 'Bankın (ipoteka) və ya notariusun (alqı-satqı, mülkiyyətin keçməsi) bələdiyyədən tələb etdiyi əmlak arayışı. Onlayn verilir, bələdiyyəyə getmək və əmlaka baxış lazım deyil.',
        fa: 'گواهی ملکی که بانک (برای ترهین) یا دفتر اسناد رسمی (برای نقل و انتقال) از شهرداری استعلام می‌کند. به‌صورت غیرحضوری و بدون بازدید از ملک صادر می‌شود.',
        ru: 'Справка об объекте недвижимости, которую банк (для ипотеки) или нотариус (для сделки) запрашивает у муниципалитета. Выдаётся онлайн, без визита и осмотра объекта.',
        kk: 'Банк (ипотека үшін) немесе нотариус (мәміле үшін) муниципалитеттен сұрайтын жылжымайтын мүлік туралы анықтама. Онлайн беріледі, мекемеге бару және мүлікті қарау қажет емес.',
        en: 'The certificate about your property that a bank (for a mortgage) or a notary (for a sale) asks the municipality for. Issued online, without a visit or an inspection.',
      },
      whatHappensNext: {
        az: 'Müraciətiniz qeydiyyata alındı. Əmlak Komitəsi məlumatları 5 iş günü ərzində reyestr üzrə yoxlayacaq. Arayış hazır olduqda sizə elektron poçtla xəbər verəcəyik; onu “Müraciətlərim” bölməsindən yükləyib banka və ya notariusa təqdim edin. Onlar arayışın həqiqiliyini üzərindəki kodla yoxlaya bilərlər. Xidmət ödənişsizdir.',
        fa: 'درخواست شما ثبت شد. کمیته املاک ظرف ۵ روز کاری اطلاعات را با سوابق ثبتی تطبیق می‌دهد. وقتی گواهی آماده شد با ایمیل به شما خبر می‌دهیم؛ آن را از بخش «درخواست‌های من» دریافت کنید و به بانک یا دفتر اسناد رسمی بدهید. آن‌ها می‌توانند اصالت گواهی را با کد درج‌شده روی آن بررسی کنند. این خدمت رایگان است.',
        ru: 'Заявление зарегистрировано. В течение 5 рабочих дней комитет сверит сведения с реестром. Когда справка будет готова, мы сообщим по электронной почте; скачайте её в разделе «Мои заявления» и передайте в банк или нотариусу — они могут проверить её подлинность по коду на справке. Услуга бесплатная.',
        kk: 'Өтінішіңіз тіркелді. Комитет 5 жұмыс күні ішінде мәліметтерді тізіліммен салыстырады. Анықтама дайын болғанда электрондық пошта арқылы хабарлаймыз; оны «Менің өтініштерім» бөлімінен жүктеп алып, банкке немесе нотариусқа тапсырыңыз — олар анықтаманың түпнұсқалығын ондағы код бойынша тексере алады. Қызмет тегін.',
        en: 'Your application is registered. Within 5 working days the committee checks the details against its register. We will e-mail you when the certificate is ready; download it under “My applications” and give it to the bank or notary — they can verify it with the code printed on it. The service is free.',
      },
      subject: 'PREMISES',
      steps: [
        {
          id: 'purpose',
          title: {
            az: 'Arayışın məqsədi',
            fa: 'هدف از دریافت گواهی',
            ru: 'Для чего нужна справка',
            kk: 'Анықтаманың мақсаты',
            en: 'What the certificate is for',
          },
          fields: [
            {
              name: 'purpose',
              onCertificate: true,
              type: 'select',
              required: true,
              label: {
                az: 'Arayış nə üçün lazımdır?',
                fa: 'گواهی برای چه کاری لازم است؟',
                ru: 'Для чего нужна справка?',
                kk: 'Анықтама не үшін қажет?',
                en: 'What do you need the certificate for?',
              },
              options: [
                {
                  value: 'bank_mortgage',
                  label: {
                    az: 'Bankda ipoteka (əmlakın girovu)',
                    fa: 'ترهین ملک نزد بانک (وام مسکن)',
                    ru: 'Ипотека в банке (залог недвижимости)',
                    kk: 'Банктегі ипотека (мүлік кепілі)',
                    en: 'A bank mortgage (pledge of the property)',
                  },
                },
                {
                  value: 'notary_transfer',
                  label: {
                    az: 'Notariusda alqı-satqı və ya mülkiyyətin keçməsi',
                    fa: 'نقل و انتقال ملک در دفتر اسناد رسمی',
                    ru: 'Продажа или переход права собственности у нотариуса',
                    kk: 'Нотариуста сату немесе меншік құқығын беру',
                    en: 'A sale or transfer of ownership at a notary',
                  },
                },
                {
                  value: 'other_office',
                  label: {
                    az: 'Digər təşkilat',
                    fa: 'سایر ادارات',
                    ru: 'Другая организация',
                    kk: 'Басқа ұйым',
                    en: 'Another organisation',
                  },
                },
              ],
            },
            {
              name: 'recipientName',
              onCertificate: true,
              type: 'text',
              required: true,
              maxLength: 200,
              label: {
                az: 'Arayışın təqdim olunacağı bank və ya notariat',
                fa: 'نام بانک یا دفتر اسناد رسمی گیرنده گواهی',
                ru: 'Банк или нотариальная контора, куда нужна справка',
                kk: 'Анықтама берілетін банк немесе нотариалдық кеңсе',
                en: 'Bank or notary office the certificate is for',
              },
              help: {
                az: 'Arayışda necə yazılmalıdırsa, elə göstərin, məsələn, bankın adı və ya notariusun soyadı.',
                fa: 'همان‌طور که باید در گواهی نوشته شود، مثلاً نام بانک یا شماره و نام دفترخانه.',
                ru: 'Так, как это должно быть указано в справке: например, название банка или фамилия нотариуса.',
                kk: 'Анықтамада қалай жазылуы керек болса, солай көрсетіңіз: мысалы, банктің атауы немесе нотариустың тегі.',
                en: 'As it should appear on the certificate, for example the name of the bank or of the notary.',
              },
            },
          ],
        },
        {
          id: 'property',
          title: PROPERTY_STEP_TITLE,
          fields: [
            cadastralNumberField,
            {
              name: 'ownerFullName',
              onCertificate: true,
              type: 'text',
              required: true,
              maxLength: 200,
              label: {
                az: 'Mülkiyyətçinin soyadı, adı və atasının adı',
                fa: 'نام و نام خانوادگی مالک',
                ru: 'ФИО собственника',
                kk: 'Меншік иесінің тегі, аты, әкесінің аты',
                en: "Owner's full name",
              },
              help: {
                az: 'Mülkiyyət sənədində yazıldığı kimi.',
                fa: 'همان‌طور که در سند مالکیت آمده است.',
                ru: 'Как в документе о праве собственности.',
                kk: 'Меншік құжатында жазылғандай.',
                en: 'As written on the ownership document.',
              },
            },
          ],
        },
      ],
      documents: [
        {
          kind: 'ownershipDocument',
          required: true,
          accept: PDF_AND_IMAGES,
          maxBytes: MAX_BYTES,
          maxFiles: 3,
          label: {
            az: 'Mülkiyyət hüququnu təsdiq edən sənəd',
            fa: 'سند مالکیت',
            ru: 'Документ о праве собственности',
            kk: 'Меншік құқығын растайтын құжат',
            en: 'Proof of ownership',
          },
          help: {
            az: 'Daşınmaz əmlak reyestrindən çıxarış, mülkiyyət şəhadətnaməsi və ya alqı-satqı, vərəsəlik, özəlləşdirmə müqaviləsi (3 fayla qədər).',
            fa: 'گواهی ثبت ملک، سند مالکیت یا قرارداد خرید، ارث یا واگذاری (حداکثر ۳ فایل).',
            ru: 'Выписка из ЕГРН, свидетельство о праве собственности или договор купли-продажи, дарения, приватизации, свидетельство о наследстве (до 3 файлов).',
            kk: 'Жылжымайтын мүлік тізілімінен үзінді, меншік куәлігі немесе сатып алу-сату, сыйға тарту, жекешелендіру шарты, мұра туралы куәлік (3 файлға дейін).',
            en: 'An extract from the property register, an ownership certificate, or a purchase, gift, privatisation or inheritance document (up to 3 files).',
          },
        },
      ],
      fee: { kind: 'FREE' },
      signing: 'NONE',
      outcome: 'CERTIFICATE',
      refusalGrounds: [
        {
          code: 'unpaidPropertyFees',
          label: {
            az: 'Əmlak üzrə bələdiyyə rüsumları (yenidənqurma rüsumu) ödənilməyib',
            fa: 'عوارض ملک (عوارض نوسازی) پرداخت نشده است',
            ru: 'Не оплачены муниципальные сборы за объект (сбор за реновацию)',
            kk: 'Мүлік бойынша муниципалдық алымдар (жаңғырту алымы) төленбеген',
            en: 'Municipal fees for the property (the renovation fee) are unpaid',
          },
        },
        PROPERTY_DATA_MISMATCH,
        {
          code: 'unauthorisedConstruction',
          label: {
            az: 'Əmlakda icazəsiz tikinti və ya yenidənqurma aşkar edilib',
            fa: 'در ملک ساخت‌وساز یا تغییرات غیرمجاز مشاهده شده است',
            ru: 'На объекте выявлены самовольное строительство или перепланировка',
            kk: 'Объектіде рұқсатсыз құрылыс немесе қайта жоспарлау анықталды',
            en: 'Unauthorised construction or alterations were found on the property',
          },
        },
      ],
      districtRollout: true,
    },
  },

  // 001: the municipal renovation fee on a property, assessed from its floor area and paid online.
  {
    code: 'renovation_fee',
    name: {
      az: 'Əmlakın yenidənqurma rüsumunun ödənilməsi',
      fa: 'پرداخت عوارض نوسازی ملک',
      ru: 'Оплата сбора за реновацию недвижимости',
      kk: 'Жылжымайтын мүлікті жаңғырту алымын төлеу',
      en: 'Property renovation fee payment',
    },
    handlingOrganization: 'kzio',
    slaUnit: 'WORKING_DAYS',
    slaAmount: 5,
    sortOrder: 220,
    spec: {
      summary: {
        az: 'Əmlakınızın bələdiyyə yenidənqurma rüsumunu onlayn ödəyin: komitə məbləği sahəyə görə hesablayır, siz kartla ödəyib qəbz alırsınız.',
        fa: 'عوارض نوسازی ملک خود را به‌صورت غیرحضوری بپردازید: مبلغ بر اساس مساحت محاسبه می‌شود، شما با کارت پرداخت می‌کنید و رسید می‌گیرید.',
        ru: 'Оплатите муниципальный сбор за реновацию онлайн: комитет рассчитает сумму по площади объекта, вы оплатите её картой и получите квитанцию.',
        kk: 'Мүліктің муниципалдық жаңғырту алымын онлайн төлеңіз: комитет соманы аудан бойынша есептейді, сіз картамен төлеп, түбіртек аласыз.',
        en: 'Pay the municipal renovation fee on your property online: the committee calculates the amount from the floor area, you pay by card and get a receipt.',
      },
      whatHappensNext: {
        az: 'Müraciətiniz qeydiyyata alındı. Komitə 5 iş günü ərzində rüsumu reyestr məlumatları və göstərdiyiniz sahə əsasında hesablayacaq. Məbləği elektron poçtla bildirəcəyik; onu “Müraciətlərim” bölməsində kartla ödəyin və qəbzi oradan yükləyin.',
        fa: 'درخواست شما ثبت شد. کمیته ظرف ۵ روز کاری عوارض را بر اساس سوابق ثبتی و مساحتی که وارد کرده‌اید محاسبه می‌کند. مبلغ را با ایمیل به شما اعلام می‌کنیم؛ آن را در بخش «درخواست‌های من» با کارت بپردازید و رسید را از همان‌جا دریافت کنید.',
        ru: 'Заявление зарегистрировано. В течение 5 рабочих дней комитет рассчитает сбор по данным реестра и указанной вами площади. Сумму мы сообщим по электронной почте; оплатите её картой в разделе «Мои заявления» и скачайте там же квитанцию.',
        kk: 'Өтінішіңіз тіркелді. Комитет 5 жұмыс күні ішінде алымды тізілім деректері мен сіз көрсеткен аудан бойынша есептейді. Соманы электрондық поштамен хабарлаймыз; оны «Менің өтініштерім» бөлімінде картамен төлеп, түбіртекті сол жерден жүктеп алыңыз.',
        en: 'Your application is registered. Within 5 working days the committee calculates the fee from its register and the floor area you gave. We will e-mail you the amount; pay it by card under “My applications” and download the receipt there.',
      },
      subject: 'PREMISES',
      steps: [
        {
          id: 'property',
          title: PROPERTY_STEP_TITLE,
          fields: [
            cadastralNumberField,
            {
              name: 'floorArea',
              onCertificate: true,
              type: 'decimal',
              required: true,
              min: 1,
              max: 10000,
              label: {
                az: 'Ümumi sahə, m²',
                fa: 'مساحت کل، متر مربع',
                ru: 'Общая площадь, м²',
                kk: 'Жалпы аудан, м²',
                en: 'Total floor area, m²',
              },
              help: {
                az: 'Mülkiyyət sənədində göstərildiyi kimi; kəsr ədəd ola bilər, məsələn, 54,3.',
                fa: 'همان‌طور که در سند مالکیت آمده است؛ عدد اعشاری مجاز است، مثلاً 54.3.',
                ru: 'Как в документе о праве собственности; можно с десятыми, например 54,3.',
                kk: 'Меншік құжатында көрсетілгендей; ондық бөлшекпен жазуға болады, мысалы 54,3.',
                en: 'As on the ownership document; decimals are fine, for example 54.3.',
              },
            },
          ],
        },
      ],
      documents: [],
      fee: { kind: 'ASSESSED' },
      signing: 'NONE',
      outcome: 'PAYMENT_RECEIPT',
      refusalGrounds: [PROPERTY_DATA_MISMATCH],
    },
  },

  // 003: the number of registered residents, which water, sewerage and waste charges depend on; effective
  // from the filing day, applied by the 10th of the month after filing.
  {
    code: 'household_size_change',
    name: {
      az: 'Qeydiyyatda olan sakinlərin sayının dəyişdirilməsi',
      fa: 'تغییر تعداد ساکنان ثبت‌شده',
      ru: 'Изменение количества зарегистрированных жильцов',
      kk: 'Тіркелген тұрғындар санын өзгерту',
      en: 'Change the number of registered residents',
    },
    handlingOrganization: 'kcs',
    // The rule's own clock (by the 10th of the month after filing), which the application's deadline follows.
    slaUnit: householdChangeSla.unit,
    slaAmount: householdChangeSla.amount,
    sortOrder: 230,
    spec: {
      summary: {
        az: 'Mənzildə sayğac yoxdursa, su, kanalizasiya, isti su və məişət tullantılarının daşınması üçün haqq qeydiyyatda olan sakinlərin sayına görə hesablanır. Say dəyişdikdə bizə bildirin.',
        fa: 'اگر آپارتمان کنتور آب نداشته باشد، هزینه آب، فاضلاب، آب گرم و جمع‌آوری زباله بر اساس تعداد ساکنان ثبت‌شده محاسبه می‌شود. هر وقت این تعداد تغییر کرد، به ما اطلاع دهید.',
        ru: 'Если в квартире нет счётчиков воды, плата за холодную и горячую воду, водоотведение и вывоз отходов начисляется по числу зарегистрированных жильцов. Сообщите нам, когда оно изменится.',
        kk: 'Пәтерде су есептегіштері болмаса, суық және ыстық су, су бұру және қоқыс шығару үшін төлем тіркелген тұрғындар санына қарай есептеледі. Сан өзгергенде бізге хабарлаңыз.',
        en: 'Without water meters, charges for cold and hot water, sewerage and waste collection depend on how many people are registered in the flat. Tell us when the number changes.',
      },
      whatHappensNext: {
        az: 'Müraciətiniz qeydiyyata alındı. Kommunal Xidmət Mərkəzi sənədləri yoxlayacaq və sakinlərin sayını ən gec növbəti ayın 10-na qədər dəyişəcək; bundan sonra haqlar yeni sayla hesablanacaq. Dəyişiklik edildikdə sizə elektron poçtla xəbər verəcəyik.',
        fa: 'درخواست شما ثبت شد. مرکز خدمات شهری مدارک را بررسی می‌کند و تعداد ساکنان را حداکثر تا دهم ماه آینده تغییر می‌دهد؛ از آن پس هزینه‌ها با تعداد جدید محاسبه می‌شود. پس از اعمال تغییر با ایمیل به شما خبر می‌دهیم.',
        ru: 'Заявление зарегистрировано. Центр коммунального сервиса проверит документы и изменит количество жильцов не позднее 10-го числа следующего месяца; с этого момента начисления будут по новому числу. Когда изменение будет внесено, мы сообщим по электронной почте.',
        kk: 'Өтінішіңіз тіркелді. Коммуналдық қызмет көрсету орталығы құжаттарды тексеріп, тұрғындар санын келесі айдың 10-ынан кешіктірмей өзгертеді; осы сәттен бастап төлемдер жаңа сан бойынша есептеледі. Өзгеріс енгізілгенде электрондық поштамен хабарлаймыз.',
        en: 'Your application is registered. The communal service centre checks the documents and changes the number of residents by the 10th of next month at the latest; from then on your charges use the new number. We will e-mail you when it is done.',
      },
      subject: 'PREMISES',
      steps: [
        {
          id: 'household',
          title: {
            az: 'Mənzildə kim yaşayır',
            fa: 'ساکنان آپارتمان',
            ru: 'Кто зарегистрирован в квартире',
            kk: 'Пәтерде кім тіркелген',
            en: 'Who is registered in the flat',
          },
          fields: [
            {
              name: 'residentsCount',
              type: 'integer',
              required: true,
              min: 0,
              max: 20,
              label: {
                az: 'Hazırda qeydiyyatda olan sakinlərin sayı',
                fa: 'تعداد فعلی ساکنان ثبت‌شده',
                ru: 'Сколько человек зарегистрировано сейчас',
                kk: 'Қазір тіркелген адамдар саны',
                en: 'Number of people registered now',
              },
              help: {
                az: 'Bu ünvanda qeydiyyatda olan hər kəs, uşaqlar da daxil olmaqla.',
                fa: 'همه کسانی که در این نشانی ثبت شده‌اند، از جمله کودکان.',
                ru: 'Все, кто зарегистрирован по этому адресу, включая детей.',
                kk: 'Осы мекенжайда тіркелгендердің бәрі, балаларды қоса алғанда.',
                en: 'Everyone registered at this address, children included.',
              },
            },
            {
              name: 'changeReason',
              type: 'select',
              required: true,
              label: {
                az: 'Dəyişikliyin səbəbi',
                fa: 'دلیل تغییر',
                ru: 'Причина изменения',
                kk: 'Өзгеріс себебі',
                en: 'Reason for the change',
              },
              options: [
                {
                  value: 'birth',
                  label: {
                    az: 'Uşağın doğulması',
                    fa: 'تولد فرزند',
                    ru: 'Рождение ребёнка',
                    kk: 'Баланың тууы',
                    en: 'A child was born',
                  },
                },
                {
                  value: 'moved_in',
                  label: {
                    az: 'Kimsə köçüb gəlib',
                    fa: 'فردی به آپارتمان نقل مکان کرده است',
                    ru: 'Кто-то въехал',
                    kk: 'Біреу көшіп келді',
                    en: 'Someone moved in',
                  },
                },
                {
                  value: 'moved_out',
                  label: {
                    az: 'Kimsə köçüb gedib',
                    fa: 'فردی از آپارتمان رفته است',
                    ru: 'Кто-то выехал',
                    kk: 'Біреу көшіп кетті',
                    en: 'Someone moved out',
                  },
                },
                {
                  value: 'death',
                  label: {
                    az: 'Sakinin vəfatı',
                    fa: 'فوت یکی از ساکنان',
                    ru: 'Смерть жильца',
                    kk: 'Тұрғынның қайтыс болуы',
                    en: 'A resident died',
                  },
                },
                {
                  value: 'correction',
                  label: {
                    az: 'Səhv məlumatın düzəldilməsi',
                    fa: 'اصلاح اطلاعات نادرست',
                    ru: 'Исправление неверных данных',
                    kk: 'Қате деректерді түзету',
                    en: 'Correcting wrong data',
                  },
                },
              ],
            },
            {
              name: 'comment',
              type: 'textarea',
              required: false,
              maxLength: 1000,
              label: {
                az: 'Şərh',
                fa: 'توضیحات',
                ru: 'Комментарий',
                kk: 'Түсініктеме',
                en: 'Comment',
              },
              help: {
                az: 'İstəyə bağlı: mərkəzin bilməli olduğu hər şey, məsələn, adlar və tarixlər.',
                fa: 'اختیاری: هر نکته‌ای که مرکز باید بداند، مثلاً نام‌ها و تاریخ‌ها.',
                ru: 'Необязательно: всё, что центру нужно знать, например имена и даты.',
                kk: 'Міндетті емес: орталық білуге тиіс кез келген мәлімет, мысалы есімдер мен күндер.',
                en: 'Optional: anything the centre should know, such as names and dates.',
              },
            },
          ],
        },
      ],
      documents: [
        {
          kind: 'supportingDocuments',
          required: true,
          accept: PDF_AND_IMAGES,
          maxBytes: MAX_BYTES,
          maxFiles: 5,
          label: {
            az: 'Təsdiqedici sənədlər',
            fa: 'مدارک پشتیبان',
            ru: 'Подтверждающие документы',
            kk: 'Растайтын құжаттар',
            en: 'Supporting documents',
          },
          help: {
            az: 'Qeydiyyat haqqında çıxarış, qeydiyyata alınma və ya qeydiyyatdan çıxarılma haqqında arayış, doğum və ya ölüm haqqında şəhadətnamə (5 fayla qədər).',
            fa: 'گواهی ثبت اقامت یا لغو آن، شناسنامه نوزاد یا گواهی فوت (حداکثر ۵ فایل).',
            ru: 'Выписка из домовой книги, справка о регистрации или снятии с регистрационного учёта, свидетельство о рождении или о смерти (до 5 файлов).',
            kk: 'Үй кітабынан үзінді, тіркеуге алу немесе тіркеуден шығару туралы анықтама, туу немесе қайтыс болу туралы куәлік (5 файлға дейін).',
            en: 'An extract from the register of residents, a registration or deregistration certificate, or a birth or death certificate (up to 5 files).',
          },
        },
      ],
      fee: { kind: 'FREE' },
      signing: 'NONE',
      outcome: 'HOUSEHOLD_SIZE',
      refusalGrounds: [
        {
          code: 'documentsInsufficient',
          label: {
            az: 'Təqdim olunan sənədlər dəyişikliyi təsdiq etmir',
            fa: 'مدارک ارائه‌شده تغییر را تأیید نمی‌کند',
            ru: 'Представленные документы не подтверждают изменение',
            kk: 'Ұсынылған құжаттар өзгерісті растамайды',
            en: 'The documents provided do not confirm the change',
          },
        },
        {
          code: 'notRegisteredOwner',
          label: {
            az: 'Müraciət edən şəxs mənzilin mülkiyyətçisi və ya qeydiyyatda olan kirayəçisi deyil',
            fa: 'متقاضی مالک یا مستأجر ثبت‌شده آپارتمان نیست',
            ru: 'Заявитель не является собственником или зарегистрированным нанимателем квартиры',
            kk: 'Өтініш беруші пәтердің меншік иесі немесе тіркелген жалдаушысы емес',
            en: 'The applicant is not the owner or the registered tenant of the flat',
          },
        },
      ],
      taskKinds: ['HOUSEHOLD_CHECK'],
      // The centre's call centre takes the change by phone for a caller (seed 003).
      callCentreIntake: true,
    },
  },

  // 003: a new or replaced meter put on the account, with its passport and sealing act; an unsealed meter
  // gets a sealing work order.
  {
    code: 'meter_registration',
    name: {
      az: 'Sayğacın uçota alınması',
      fa: 'ثبت کنتور',
      ru: 'Постановка счётчика на учёт',
      kk: 'Есептегішті есепке қою',
      en: 'Register a meter',
    },
    handlingOrganization: 'kcs',
    slaUnit: 'WORKING_DAYS',
    slaAmount: 5,
    sortOrder: 240,
    spec: {
      summary: {
        az: 'Yeni və ya dəyişdirilmiş sayğacı hesabınızda uçota aldırın ki, haqlar onun göstəricilərinə görə hesablansın. Sayğacın pasportunu və varsa, plomblama aktını yükləyin.',
        fa: 'کنتور نو یا تعویض‌شده را ثبت کنید تا هزینه‌ها بر اساس کارکرد آن محاسبه شود. شناسنامه کنتور و در صورت وجود، صورت‌جلسه پلمب را بارگذاری کنید.',
        ru: 'Поставьте новый или заменённый счётчик на абонентский учёт, чтобы начисления шли по его показаниям. Загрузите паспорт счётчика и, если есть, акт опломбирования.',
        kk: 'Жаңа немесе ауыстырылған есептегішті абоненттік есепке қойыңыз, сонда төлем оның көрсеткіштері бойынша есептеледі. Есептегіш паспортын және бар болса, пломбалау актісін жүктеңіз.',
        en: 'Register a new or replaced meter on your account so that you are billed by its readings. Upload the meter passport and, if you have it, the sealing act.',
      },
      whatHappensNext: {
        az: 'Müraciətiniz qeydiyyata alındı. Kommunal Xidmət Mərkəzi 5 iş günü ərzində sayğacın pasportunu və yoxlama tarixini yoxlayacaq. Sayğac hələ plomblanmayıbsa, plomblama üçün iş sifarişi yaradılacaq və usta sizinlə əlaqə saxlayacaq. Sayğac uçota alındıqdan sonra göstəriciləri hər ay şəxsi kabinetdə təqdim edin.',
        fa: 'درخواست شما ثبت شد. مرکز خدمات شهری ظرف ۵ روز کاری شناسنامه کنتور و تاریخ کالیبراسیون را بررسی می‌کند. اگر کنتور هنوز پلمب نشده باشد، دستور کار پلمب صادر می‌شود و تکنسین با شما تماس می‌گیرد. پس از ثبت کنتور، کارکرد آن را هر ماه در حساب کاربری خود وارد کنید.',
        ru: 'Заявление зарегистрировано. В течение 5 рабочих дней Центр коммунального сервиса проверит паспорт счётчика и дату поверки. Если счётчик ещё не опломбирован, будет создан наряд на опломбирование, и мастер свяжется с вами. После постановки на учёт передавайте показания каждый месяц в личном кабинете.',
        kk: 'Өтінішіңіз тіркелді. Коммуналдық қызмет көрсету орталығы 5 жұмыс күні ішінде есептегіш паспортын және тексеру күнін тексереді. Есептегіш әлі пломбаланбаса, пломбалауға жұмыс наряды жасалады және шебер сізбен байланысады. Есепке қойылғаннан кейін көрсеткіштерді ай сайын жеке кабинетте беріңіз.',
        en: 'Your application is registered. Within 5 working days the communal service centre checks the meter passport and the verification date. If the meter is not sealed yet, a sealing work order is created and a technician will contact you. Once the meter is registered, submit its readings every month in your personal cabinet.',
      },
      subject: 'PREMISES',
      steps: [
        {
          id: 'meter',
          title: {
            az: 'Sayğac',
            fa: 'مشخصات کنتور',
            ru: 'Счётчик',
            kk: 'Есептегіш',
            en: 'The meter',
          },
          fields: [
            meterKindField,
            serialNumberField,
            {
              name: 'verificationDate',
              type: 'date',
              required: true,
              label: {
                az: 'Son yoxlamanın tarixi',
                fa: 'تاریخ آخرین کالیبراسیون',
                ru: 'Дата последней поверки',
                kk: 'Соңғы тексеру күні',
                en: 'Date of the last verification',
              },
              help: {
                az: 'Sayğacın pasportundan və ya yoxlama haqqında şəhadətnamədən.',
                fa: 'از شناسنامه کنتور یا گواهی کالیبراسیون.',
                ru: 'Из паспорта счётчика или свидетельства о поверке.',
                kk: 'Есептегіш паспортынан немесе тексеру туралы куәліктен.',
                en: 'From the meter passport or the verification certificate.',
              },
            },
          ],
        },
        {
          id: 'seal',
          title: {
            az: 'Plomb və göstərici',
            fa: 'پلمب و کارکرد',
            ru: 'Пломба и показания',
            kk: 'Пломба және көрсеткіш',
            en: 'Seal and reading',
          },
          fields: [
            {
              name: 'sealNumber',
              type: 'text',
              required: false,
              pattern: '[A-Za-z0-9-]{3,20}',
              label: {
                az: 'Plombun nömrəsi',
                fa: 'شماره پلمب',
                ru: 'Номер пломбы',
                kk: 'Пломба нөмірі',
                en: 'Seal number',
              },
              help: {
                az: 'Sayğac hələ plomblanmayıbsa, boş saxlayın — plomblama üçün iş sifarişi yaradılacaq.',
                fa: 'اگر کنتور هنوز پلمب نشده است، خالی بگذارید؛ دستور کار پلمب صادر می‌شود.',
                ru: 'Оставьте пустым, если счётчик ещё не опломбирован, — будет создан наряд на опломбирование.',
                kk: 'Есептегіш әлі пломбаланбаса, бос қалдырыңыз — пломбалауға жұмыс наряды жасалады.',
                en: 'Leave empty if the meter is not sealed yet — a sealing work order will be created.',
              },
            },
            {
              name: 'initialReading',
              type: 'decimal',
              required: true,
              min: 0,
              label: {
                az: 'Cari göstərici',
                fa: 'کارکرد فعلی',
                ru: 'Текущие показания',
                kk: 'Ағымдағы көрсеткіш',
                en: 'Current reading',
              },
              help: {
                az: 'Bu gün sayğacın ekranındakı rəqəmlər, məsələn, 123,456.',
                fa: 'عددی که امروز روی صفحه کنتور دیده می‌شود، مثلاً 123.456.',
                ru: 'Цифры на табло счётчика на сегодня, например 123,456.',
                kk: 'Бүгінгі есептегіш таблосындағы сандар, мысалы 123,456.',
                en: 'The figures on the meter today, for example 123.456.',
              },
            },
          ],
        },
      ],
      documents: [
        {
          kind: 'sealAct',
          required: false,
          accept: PDF_AND_IMAGES,
          maxBytes: MAX_BYTES,
          maxFiles: 3,
          label: {
            az: 'Plomblama aktının fotosu',
            fa: 'عکس صورت‌جلسه پلمب',
            ru: 'Фото акта опломбирования',
            kk: 'Пломбалау актісінің фотосы',
            en: 'Photo of the sealing act',
          },
          help: {
            az: 'Sayğac plomblananda imzalanan akt (PDF və ya foto, 3 fayla qədər). Plomb yoxdursa, yükləməyin.',
            fa: 'صورت‌جلسه‌ای که هنگام پلمب امضا شده است (PDF یا عکس، حداکثر ۳ فایل). اگر کنتور پلمب ندارد، لازم نیست.',
            ru: 'Акт, подписанный при опломбировании (PDF или фото, до 3 файлов). Если пломбы нет, не нужен.',
            kk: 'Пломбалау кезінде қол қойылған акт (PDF немесе фото, 3 файлға дейін). Пломба болмаса, қажет емес.',
            en: 'The act signed when the meter was sealed (PDF or photo, up to 3 files). Not needed if there is no seal yet.',
          },
        },
        {
          kind: 'meterPassport',
          required: true,
          accept: PDF_AND_IMAGES,
          maxBytes: MAX_BYTES,
          maxFiles: 3,
          label: {
            az: 'Sayğacın pasportu və ya yoxlama haqqında şəhadətnamə',
            fa: 'شناسنامه کنتور یا گواهی کالیبراسیون',
            ru: 'Паспорт счётчика или свидетельство о поверке',
            kk: 'Есептегіш паспорты немесе тексеру туралы куәлік',
            en: 'Meter passport or verification certificate',
          },
          help: {
            az: 'Zavod nömrəsi və yoxlama tarixi görünən səhifələr (3 fayla qədər).',
            fa: 'صفحاتی که شماره سریال و تاریخ کالیبراسیون در آن‌ها دیده می‌شود (حداکثر ۳ فایل).',
            ru: 'Страницы, где видны заводской номер и дата поверки (до 3 файлов).',
            kk: 'Зауыттық нөмірі мен тексеру күні көрінетін беттер (3 файлға дейін).',
            en: 'The pages showing the serial number and the verification date (up to 3 files).',
          },
        },
      ],
      fee: { kind: 'FREE' },
      signing: 'NONE',
      outcome: 'METER_REGISTRATION',
      refusalGrounds: [
        {
          code: 'meterNotVerified',
          label: {
            az: 'Sayğac yoxlamadan keçməyib və ya yoxlama müddəti bitib',
            fa: 'کنتور کالیبره نشده یا مهلت کالیبراسیون آن گذشته است',
            ru: 'Счётчик не прошёл поверку или срок поверки истёк',
            kk: 'Есептегіш тексеруден өтпеген немесе тексеру мерзімі өтіп кеткен',
            en: 'The meter has not been verified or its verification has expired',
          },
        },
        {
          code: 'documentsUnreadable',
          label: {
            az: 'Sənədlər oxunmur və ya natamamdır',
            fa: 'مدارک خوانا یا کامل نیست',
            ru: 'Документы нечитаемы или представлены не полностью',
            kk: 'Құжаттар оқылмайды немесе толық емес',
            en: 'The documents are unreadable or incomplete',
          },
        },
      ],
      taskKinds: ['METER_INSPECTION'],
      callCentreIntake: true,
    },
  },

  meterReplacementService,
  meterReverificationService,

  // 004: registration of those in need of service housing: signed with a one-time SMS code, decided within
  // 30 calendar days; a certificate with the registration date and queue number, or a refusal on the
  // three legal grounds.
  {
    code: 'service_housing_waiting_list',
    name: {
      az: 'Xidməti mənzilə ehtiyacı olanların uçota alınması',
      fa: 'ثبت‌نام در فهرست متقاضیان مسکن سازمانی',
      ru: 'Постановка на учёт нуждающихся в служебном жилище',
      kk: 'Қызметтік тұрғын үйге мұқтаждар есебіне қою',
      en: 'Registration of those in need of service housing',
    },
    handlingOrganization: 'housing',
    slaUnit: 'CALENDAR_DAYS',
    slaAmount: 30,
    sortOrder: 250,
    spec: {
      summary: {
        az: 'Xidməti mənzilə ehtiyacı olan dövlət orqanları və təşkilatların işçiləri üçün. Ərizə birdəfəlik SMS kodu ilə imzalanır; nəticə 30 təqvim günü ərzində. Xidmət ödənişsizdir.',
        fa: 'برای کارکنان نهادها و سازمان‌های دولتی که به مسکن سازمانی نیاز دارند. درخواست با رمز یک‌بارمصرف پیامکی امضا می‌شود و نتیجه ظرف ۳۰ روز تقویمی اعلام می‌شود. این خدمت رایگان است.',
        ru: 'Для работников государственных органов и организаций, нуждающихся в служебном жилище. Заявление подписывается одноразовым SMS-кодом; результат — в течение 30 календарных дней. Услуга бесплатная.',
        kk: 'Қызметтік тұрғын үйге мұқтаж мемлекеттік органдар мен ұйымдардың қызметкерлеріне арналған. Өтінішке бір реттік SMS-кодпен қол қойылады; нәтижесі 30 күнтізбелік күн ішінде. Қызмет тегін.',
        en: 'For employees of public bodies and organisations who need service housing. The application is signed with a one-time SMS code; the result comes within 30 calendar days. The service is free.',
      },
      whatHappensNext: {
        az: 'İmzalanmış ərizəniz qeydiyyata alındı. Mənzil Siyasəti İdarəsi 30 təqvim günü ərzində qərar qəbul edəcək: siz ya uçota alınma tarixi və növbə nömrəsi göstərilən arayış, ya da imtinanın hüquqi əsasları göstərilən imtina arayışı alacaqsınız. Statusu “Müraciətlərim” bölməsində izləyin.',
        fa: 'درخواست امضاشده شما ثبت شد. اداره سیاست مسکن ظرف ۳۰ روز تقویمی تصمیم می‌گیرد: یا گواهی ثبت‌نام با تاریخ ثبت و شماره نوبت شما صادر می‌شود، یا گواهی رد درخواست با ذکر مبنای قانونی آن. وضعیت را در بخش «درخواست‌های من» دنبال کنید.',
        ru: 'Подписанное заявление зарегистрировано. В течение 30 календарных дней Управление жилищной политики примет решение: вы получите справку о постановке на учёт с датой постановки и порядковым номером очереди либо справку об отказе с указанием его правовых оснований. Следите за статусом в разделе «Мои заявления».',
        kk: 'Қол қойылған өтінішіңіз тіркелді. Тұрғын үй саясаты басқармасы 30 күнтізбелік күн ішінде шешім қабылдайды: есепке қойылған күні мен кезектің реттік нөмірі көрсетілген анықтама немесе бас тартудың құқықтық негіздері көрсетілген бас тарту туралы анықтама аласыз. Мәртебесін «Менің өтініштерім» бөлімінен қадағалаңыз.',
        en: 'Your signed application is registered. Within 30 calendar days the housing policy department decides: you receive either a certificate with the date of registration and your number in the queue, or a refusal stating its legal grounds. Follow the status under “My applications”.',
      },
      subject: 'NONE',
      steps: [
        {
          id: 'applicant',
          title: {
            az: 'Ərizəçi',
            fa: 'مشخصات متقاضی',
            ru: 'Заявитель',
            kk: 'Өтініш беруші',
            en: 'About you',
          },
          fields: [
            {
              name: 'iin',
              type: 'text',
              required: true,
              pattern: String.raw`\d{12}`,
              label: {
                az: 'Fərdi identifikasiya nömrəsi (FİN)',
                fa: 'شماره شناسایی فردی',
                ru: 'Индивидуальный идентификационный номер (ИИН)',
                kk: 'Жеке сәйкестендіру нөмірі (ЖСН)',
                en: 'Individual identification number (IIN)',
              },
              help: {
                az: '12 rəqəm, şəxsiyyət vəsiqənizdə göstərilib.',
                fa: '۱۲ رقم، در کارت شناسایی شما درج شده است.',
                ru: '12 цифр, указан в удостоверении личности.',
                kk: '12 цифр, жеке куәлігіңізде көрсетілген.',
                en: '12 digits, shown on your ID card.',
              },
            },
            {
              name: 'employer',
              type: 'text',
              required: true,
              maxLength: 200,
              label: {
                az: 'İş yeri',
                fa: 'محل کار',
                ru: 'Место работы',
                kk: 'Жұмыс орны',
                en: 'Employer',
              },
              help: {
                az: 'İşlədiyiniz təşkilatın tam adı.',
                fa: 'نام کامل سازمانی که در آن کار می‌کنید.',
                ru: 'Полное название организации, в которой вы работаете.',
                kk: 'Өзіңіз жұмыс істейтін ұйымның толық атауы.',
                en: 'The full name of the organisation you work for.',
              },
            },
            {
              name: 'jobTitle',
              type: 'text',
              required: true,
              maxLength: 200,
              label: {
                az: 'Vəzifə',
                fa: 'سمت',
                ru: 'Должность',
                kk: 'Лауазымы',
                en: 'Position',
              },
            },
          ],
        },
        {
          id: 'family',
          title: {
            az: 'Ailə və mənzil şəraiti',
            fa: 'خانواده و وضعیت مسکن',
            ru: 'Семья и жилищные условия',
            kk: 'Отбасы және тұрғын үй жағдайы',
            en: 'Family and housing',
          },
          fields: [
            {
              name: 'familySize',
              type: 'integer',
              required: true,
              min: 1,
              max: 20,
              label: {
                az: 'Ailə üzvlərinin sayı (özünüz də daxil olmaqla)',
                fa: 'تعداد اعضای خانواده (با احتساب خودتان)',
                ru: 'Количество членов семьи (включая вас)',
                kk: 'Отбасы мүшелерінің саны (өзіңізді қоса)',
                en: 'Number of family members, including you',
              },
            },
            {
              name: 'currentHousing',
              type: 'select',
              required: true,
              label: {
                az: 'Hazırda harada yaşayırsınız?',
                fa: 'اکنون کجا زندگی می‌کنید؟',
                ru: 'Где вы живёте сейчас?',
                kk: 'Қазір қайда тұрасыз?',
                en: 'Where do you live now?',
              },
              options: [
                {
                  value: 'none',
                  label: {
                    az: 'Mənzilim yoxdur',
                    fa: 'مسکن ندارم',
                    ru: 'Жилья нет',
                    kk: 'Тұрғын үйім жоқ',
                    en: 'I have no housing',
                  },
                },
                {
                  value: 'renting',
                  label: {
                    az: 'Kirayədə yaşayıram',
                    fa: 'مستأجر هستم',
                    ru: 'Снимаю жильё',
                    kk: 'Жалдап тұрамын',
                    en: 'I rent',
                  },
                },
                {
                  value: 'relatives',
                  label: {
                    az: 'Qohumlarımın yanında yaşayıram',
                    fa: 'نزد بستگانم زندگی می‌کنم',
                    ru: 'Живу у родственников',
                    kk: 'Туыстарымның үйінде тұрамын',
                    en: 'I live with relatives',
                  },
                },
                {
                  value: 'dormitory',
                  label: {
                    az: 'Yataqxanada yaşayıram',
                    fa: 'در خوابگاه زندگی می‌کنم',
                    ru: 'Живу в общежитии',
                    kk: 'Жатақханада тұрамын',
                    en: 'I live in a dormitory',
                  },
                },
              ],
            },
          ],
        },
        {
          id: 'consent',
          title: {
            az: 'Razılıq',
            fa: 'رضایت‌نامه',
            ru: 'Согласие',
            kk: 'Келісім',
            en: 'Consent',
          },
          fields: [
            {
              name: 'personalDataConsent',
              type: 'checkbox',
              required: true,
              label: {
                az: 'Xidmətin göstərilməsi üçün tələb olunan, girişi məhdud olan şəxsi məlumatlarımın işlənməsinə razıyam',
                fa: 'با دسترسی به داده‌های شخصی محرمانه‌ام که برای ارائه این خدمت لازم است موافقم',
                ru: 'Я согласен(на) на доступ к моим персональным данным ограниченного доступа, необходимым для оказания услуги',
                kk: 'Қызмет көрсету үшін қажетті қолжетімділігі шектеулі дербес деректеріме қол жеткізуге келісемін',
                en: 'I consent to access to my restricted-access personal data needed to provide this service',
              },
              help: {
                az: '“Şəxsi məlumatlar və onların qorunması haqqında” Qanunun 8-ci maddəsinə əsasən tələb olunur: razılıq olmadan ərizə rədd edilir.',
                fa: 'طبق ماده ۸ قانون «داده‌های شخصی و حفاظت از آن‌ها» الزامی است؛ بدون رضایت، درخواست رد می‌شود.',
                ru: 'Требуется по статье 8 Закона «О персональных данных и их защите»: без согласия в услуге будет отказано.',
                kk: '«Дербес деректер және оларды қорғау туралы» Заңның 8-бабына сәйкес талап етіледі: келісім болмаса, қызмет көрсетуден бас тартылады.',
                en: 'Required by Article 8 of the Law on Personal Data and Their Protection: without consent the application is refused.',
              },
            },
          ],
        },
      ],
      documents: [
        {
          kind: 'employmentCertificate',
          required: true,
          accept: PDF_AND_IMAGES,
          maxBytes: MAX_BYTES,
          maxFiles: 3,
          label: {
            az: 'İş yerindən arayış',
            fa: 'گواهی اشتغال به کار',
            ru: 'Справка с места работы',
            kk: 'Жұмыс орнынан анықтама',
            en: 'Certificate from your employer',
          },
          help: {
            az: 'Vəzifənizi və işə qəbul tarixini göstərən arayış (3 fayla qədər).',
            fa: 'گواهی‌ای که سمت و تاریخ استخدام شما را نشان دهد (حداکثر ۳ فایل).',
            ru: 'Справка с указанием должности и даты приёма на работу (до 3 файлов).',
            kk: 'Лауазымыңыз бен жұмысқа қабылданған күніңіз көрсетілген анықтама (3 файлға дейін).',
            en: 'A certificate stating your position and the date you were hired (up to 3 files).',
          },
        },
        {
          kind: 'familyDocuments',
          required: false,
          accept: PDF_AND_IMAGES,
          maxBytes: MAX_BYTES,
          maxFiles: 5,
          label: {
            az: 'Ailə üzvlərinə dair sənədlər',
            fa: 'مدارک اعضای خانواده',
            ru: 'Документы о членах семьи',
            kk: 'Отбасы мүшелері туралы құжаттар',
            en: 'Documents on family members',
          },
          help: {
            az: 'Nikah və uşaqların doğum haqqında şəhadətnamələri (5 fayla qədər).',
            fa: 'سند ازدواج و شناسنامه فرزندان (حداکثر ۵ فایل).',
            ru: 'Свидетельства о браке и о рождении детей (до 5 файлов).',
            kk: 'Неке және балалардың туу туралы куәліктері (5 файлға дейін).',
            en: 'Marriage certificate and birth certificates of your children (up to 5 files).',
          },
        },
      ],
      fee: { kind: 'FREE' },
      signing: 'ONE_TIME_CODE',
      outcome: 'WAITING_LIST',
      refusalGrounds: [
        {
          code: 'falseDocuments',
          label: {
            az: 'Təqdim olunan sənədlərin və (və ya) onlardakı məlumatların doğru olmadığı müəyyən edilib',
            fa: 'نادرست بودن مدارک ارائه‌شده و (یا) اطلاعات مندرج در آن‌ها احراز شده است',
            ru: 'Установлена недостоверность представленных документов и (или) содержащихся в них данных (сведений)',
            kk: 'Ұсынылған құжаттардың және (немесе) олардағы деректердің (мәліметтердің) анық еместігі анықталды',
            en: 'The documents submitted and/or the data in them were found to be false',
          },
        },
        {
          code: 'noPersonalDataConsent',
          label: {
            az: '“Şəxsi məlumatlar və onların qorunması haqqında” Qanunun 8-ci maddəsinə uyğun olaraq, girişi məhdud olan şəxsi məlumatlara çıxışa razılıq verilməyib',
            fa: 'متقاضی طبق ماده ۸ قانون «داده‌های شخصی و حفاظت از آن‌ها» با دسترسی به داده‌های شخصی محرمانه لازم برای ارائه خدمت موافقت نکرده است',
            ru: 'Отсутствует согласие на доступ к персональным данным ограниченного доступа, требуемым для оказания услуги, в соответствии со статьёй 8 Закона «О персональных данных и их защите»',
            kk: '«Дербес деректер және оларды қорғау туралы» Заңның 8-бабына сәйкес мемлекеттік қызмет көрсету үшін талап етілетін қолжетімділігі шектелген дербес деректерге қол жеткізуге келісім берілмеген',
            en: 'No consent to access the restricted-access personal data the service requires, under Article 8 of the Law on Personal Data and Their Protection',
          },
        },
        {
          code: 'housingLawRequirements',
          label: {
            az: 'Ərizəçi və (və ya) təqdim olunan materiallar “Mənzil münasibətləri haqqında” Qanunun 101-3-cü maddəsinin tələblərinə uyğun gəlmir',
            fa: 'متقاضی و (یا) مدارک و اطلاعات ارائه‌شده با الزامات ماده ۱۰۱-۳ قانون «روابط مسکن» مطابقت ندارد',
            ru: 'Заявитель и (или) представленные материалы, данные и сведения не соответствуют требованиям статьи 101-3 Закона «О жилищных отношениях»',
            kk: 'Өтініш беруші және (немесе) ұсынылған материалдар, деректер мен мәліметтер «Тұрғын үй қатынастары туралы» Заңның 101-3-бабында белгіленген талаптарға сәйкес келмейді',
            en: 'The applicant and/or the materials submitted do not meet the requirements of Article 101-3 of the Law on Housing Relations',
          },
        },
      ],
    },
  },
];
