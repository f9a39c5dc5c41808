// The meter services of the demo catalogue (seed 003, Kyiv ЦКС), beside meter_registration in e-services.ts:
//   meter_replacement    — "Чтобы установить счетчики после замены, поставить их на абонентский учет необходимо
//                           отправить: фото актов демонтажа предыдущих и монтажа новых приборов; скан-копии или
//                           фото паспортов новых счетчиков; фото актов опломбирования и фото счетчиков";
//   meter_reverification — "После поверки счетчиков следует предоставить: фото свидетельства о прохождении
//                           поверки; скан-копии актов демонтажа и монтажа …, а также актов опломбирования и
//                           распломбирования (если для поверки пришлось снимать счетчик); фото счетчиков".
// One application per meter. The centre's call centre may file them (and the household change) for a caller.
// Pure data, no I/O.
import { maxAttachmentBytes } from '../../packages/domain/src/attachments.ts';
import {
  documentMimeTypes,
  type DocumentMimeType,
  type ServiceSpecInput,
} from '../../packages/domain/src/e-services/definition.ts';
import type { DemoEService } from './e-services.ts';

type FormFieldInput = ServiceSpecInput['steps'][number]['fields'][number];
type DocumentInput = ServiceSpecInput['documents'][number];

const MAX_BYTES = maxAttachmentBytes;
const PDF_AND_IMAGES: DocumentMimeType[] = [...documentMimeTypes];
const PHOTOS: DocumentMimeType[] = ['image/jpeg', 'image/png'];
const SERIAL_PATTERN = '[A-Za-z0-9-]{4,20}';

/** The kind of meter, asked by every meter service. */
export const meterKindField = {
  name: 'meterKind',
  type: 'select',
  required: true,
  label: {
    az: 'Sayğacın növü',
    fa: 'نوع کنتور',
    ru: 'Тип счётчика',
    kk: 'Есептегіш түрі',
    en: 'Meter type',
  },
  options: [
    {
      value: 'COLD_WATER',
      label: {
        az: 'Soyuq su',
        fa: 'آب سرد',
        ru: 'Холодная вода',
        kk: 'Суық су',
        en: 'Cold water',
      },
    },
    {
      value: 'HOT_WATER',
      label: { az: 'İsti su', fa: 'آب گرم', ru: 'Горячая вода', kk: 'Ыстық су', en: 'Hot water' },
    },
    {
      value: 'HEATING',
      label: { az: 'İstilik', fa: 'گرمایش', ru: 'Отопление', kk: 'Жылыту', en: 'Heating' },
    },
    {
      value: 'ELECTRICITY',
      label: {
        az: 'Elektrik enerjisi',
        fa: 'برق',
        ru: 'Электроэнергия',
        kk: 'Электр энергиясы',
        en: 'Electricity',
      },
    },
    {
      value: 'GAS',
      label: { az: 'Qaz', fa: 'گاز', ru: 'Газ', kk: 'Газ', en: 'Gas' },
    },
  ],
} as const satisfies FormFieldInput;

/** The serial number of a meter being put on the register. */
export const serialNumberField = {
  name: 'serialNumber',
  type: 'text',
  required: true,
  pattern: SERIAL_PATTERN,
  label: {
    az: 'Zavod nömrəsi',
    fa: 'شماره سریال',
    ru: 'Заводской номер',
    kk: 'Зауыттық нөмірі',
    en: 'Serial number',
  },
  help: {
    az: 'Sayğacın korpusunda və pasportunda göstərilib.',
    fa: 'روی بدنه کنتور و در شناسنامه آن درج شده است.',
    ru: 'Указан на корпусе счётчика и в его паспорте.',
    kk: 'Есептегіштің корпусында және паспортында көрсетілген.',
    en: 'Printed on the meter and in its passport.',
  },
} as const satisfies FormFieldInput;

/** The serial number of a meter already on the register (replacement: the old one; re-verification). */
const registeredSerialHelp = {
  az: 'Uçotda olduğu kimi: “Sayğaclar” səhifəsində göstərilib.',
  fa: 'همان‌طور که ثبت شده است: در صفحه «کنتورها» آمده است.',
  ru: 'Как он стоит на учёте: указан на странице «Счётчики».',
  kk: 'Есепте тұрғандай: «Есептегіштер» бетінде көрсетілген.',
  en: 'As it is registered: shown on your Meters page.',
};

/** A scan or photo of an act, up to 3 files. */
const actHelp = {
  az: 'Skan surəti və ya foto (PDF, JPEG, PNG; 3 fayla qədər).',
  fa: 'تصویر اسکن‌شده یا عکس (PDF، JPEG، PNG؛ حداکثر ۳ فایل).',
  ru: 'Скан или фото (PDF, JPEG, PNG; до 3 файлов).',
  kk: 'Сканер немесе фото (PDF, JPEG, PNG; 3 файлға дейін).',
  en: 'A scan or photo (PDF, JPEG, PNG; up to 3 files).',
};

function act(kind: string, required: boolean, label: DocumentInput['label']): DocumentInput {
  return { kind, required, accept: PDF_AND_IMAGES, maxBytes: MAX_BYTES, maxFiles: 3, label, help: actHelp };
}

const dismantlingAct = (required: boolean) =>
  act('dismantlingAct', required, {
    az: 'Sayğacın sökülməsi aktı',
    fa: 'صورت‌جلسه برچیدن کنتور',
    ru: 'Акт демонтажа счётчика',
    kk: 'Есептегішті бөлшектеу актісі',
    en: 'Act of dismantling the meter',
  });
const installationAct = (required: boolean) =>
  act('installationAct', required, {
    az: 'Sayğacın quraşdırılması aktı',
    fa: 'صورت‌جلسه نصب کنتور',
    ru: 'Акт монтажа счётчика',
    kk: 'Есептегішті орнату актісі',
    en: 'Act of installing the meter',
  });
const sealAct = (required: boolean) =>
  act('sealAct', required, {
    az: 'Plomblama aktı',
    fa: 'صورت‌جلسه پلمب',
    ru: 'Акт опломбирования',
    kk: 'Пломбалау актісі',
    en: 'Sealing act',
  });

const meterPhoto: DocumentInput = {
  kind: 'meterPhoto',
  required: true,
  accept: PHOTOS,
  maxBytes: MAX_BYTES,
  maxFiles: 4,
  label: {
    az: 'Göstəriciləri görünən sayğacların fotosu',
    fa: 'عکس کنتورها با کارکرد آن‌ها',
    ru: 'Фото счётчиков с показаниями',
    kk: 'Көрсеткіштері көрінетін есептегіштердің фотосы',
    en: 'Photo of the meters showing their readings',
  },
  help: {
    az: 'Göndərmə günü çəkilmiş; tablo və zavod nömrəsi oxunmalıdır (JPEG və ya PNG, 4 fayla qədər).',
    fa: 'در روز ارسال گرفته شود؛ صفحه نمایش و شماره سریال باید خوانا باشد (JPEG یا PNG، حداکثر ۴ فایل).',
    ru: 'Сделанное в день отправки; табло и заводской номер должны читаться (JPEG или PNG, до 4 файлов).',
    kk: 'Жіберу күні түсірілген; таблосы мен зауыттық нөмірі оқылуы керек (JPEG немесе PNG, 4 файлға дейін).',
    en: 'Taken on the day you send it; the display and the serial number must be readable (JPEG or PNG, up to 4 files).',
  },
};

const documentsUnreadable = {
  code: 'documentsUnreadable',
  label: {
    az: 'Sənədlər oxunmur və ya natamamdır',
    fa: 'مدارک خوانا یا کامل نیست',
    ru: 'Документы нечитаемы или представлены не полностью',
    kk: 'Құжаттар оқылмайды немесе толық емес',
    en: 'The documents are unreadable or incomplete',
  },
};

const sealNumberLabel = {
  az: 'Plombun nömrəsi',
  fa: 'شماره پلمب',
  ru: 'Номер пломбы',
  kk: 'Пломба нөмірі',
  en: 'Seal number',
};

const meterStepTitle = { az: 'Sayğac', fa: 'مشخصات کنتور', ru: 'Счётчик', kk: 'Есептегіш', en: 'The meter' };

export const meterReplacementService: DemoEService = {
  code: 'meter_replacement',
  name: {
    az: 'Sayğacın dəyişdirilməsi',
    fa: 'تعویض کنتور',
    ru: 'Замена счётчика',
    kk: 'Есептегішті ауыстыру',
    en: 'Replace a meter',
  },
  handlingOrganization: 'kcs',
  slaUnit: 'WORKING_DAYS',
  slaAmount: 5,
  sortOrder: 242,
  spec: {
    summary: {
      az: 'Sayğacı dəyişdirmisiniz? Yenisini köhnəsinin yerinə hesabınızda uçota aldırın ki, haqlar onun göstəricilərinə görə hesablansın. Köhnə sayğacın sökülməsi və yenisinin quraşdırılması aktları, yeni sayğacın pasportu, plomblama aktı və göstəriciləri görünən sayğacların fotosu lazımdır.',
      fa: 'کنتور را تعویض کرده‌اید؟ کنتور نو را به‌جای کنتور قبلی ثبت کنید تا هزینه‌ها بر اساس کارکرد آن محاسبه شود. صورت‌جلسه‌های برچیدن کنتور قبلی و نصب کنتور نو، شناسنامه کنتور نو، صورت‌جلسه پلمب و عکس کنتورها با کارکردشان لازم است.',
      ru: 'Заменили счётчик? Поставьте новый на абонентский учёт вместо старого, чтобы начисления шли по его показаниям. Понадобятся акты демонтажа старого и монтажа нового счётчика, паспорт нового счётчика, акт опломбирования и фото счётчиков с показаниями.',
      kk: 'Есептегішті ауыстырдыңыз ба? Жаңасын ескісінің орнына абоненттік есепке қойыңыз, сонда төлем оның көрсеткіштері бойынша есептеледі. Ескі есептегішті бөлшектеу және жаңасын орнату актілері, жаңа есептегіштің паспорты, пломбалау актісі және көрсеткіштері көрінетін есептегіштердің фотосы қажет.',
      en: 'Replaced a meter? Register the new one on your account in place of the old one, so that you are billed by its readings. You need the acts of dismantling the old meter and installing the new one, the new meter’s passport, the sealing act and a photo of the meters showing their readings.',
    },
    whatHappensNext: {
      az: 'Müraciətiniz qeydiyyata alındı. Kommunal Xidmət Mərkəzi 5 iş günü ərzində aktları və yeni sayğacın pasportunu yoxlayacaq. Sonra köhnə sayğac son göstəricisi ilə uçotdan çıxarılacaq, yenisi isə ilkin göstəricisi ilə uçota alınacaq; bundan sonra şəxsi kabinetdə yeni sayğacın göstəricilərini təqdim edin.',
      fa: 'درخواست شما ثبت شد. مرکز خدمات شهری ظرف ۵ روز کاری صورت‌جلسه‌ها و شناسنامه کنتور نو را بررسی می‌کند. سپس کنتور قبلی با کارکرد پایانی‌اش از فهرست حذف و کنتور نو با کارکرد اولیه‌اش ثبت می‌شود؛ از آن پس کارکرد کنتور نو را در حساب کاربری خود وارد کنید.',
      ru: 'Заявление зарегистрировано. В течение 5 рабочих дней Центр коммунального сервиса проверит акты и паспорт нового счётчика. Затем старый счётчик будет снят с учёта с конечными показаниями, а новый поставлен на учёт с начальными; после этого передавайте в личном кабинете показания нового счётчика.',
      kk: 'Өтінішіңіз тіркелді. Коммуналдық қызмет көрсету орталығы 5 жұмыс күні ішінде актілерді және жаңа есептегіштің паспортын тексереді. Содан кейін ескі есептегіш соңғы көрсеткішімен есептен шығарылып, жаңасы бастапқы көрсеткішімен есепке қойылады; бұдан кейін жеке кабинетте жаңа есептегіштің көрсеткіштерін беріңіз.',
      en: 'Your application is registered. Within 5 working days the communal service centre checks the acts and the new meter’s passport. Then the old meter is removed from your account with its final reading and the new one is registered with its initial reading; from then on, submit the new meter’s readings in your personal cabinet.',
    },
    subject: 'PREMISES',
    steps: [
      {
        id: 'oldMeter',
        title: {
          az: 'Köhnə sayğac',
          fa: 'کنتور قبلی',
          ru: 'Старый счётчик',
          kk: 'Ескі есептегіш',
          en: 'The old meter',
        },
        fields: [
          meterKindField,
          {
            name: 'oldSerialNumber',
            type: 'text',
            required: true,
            pattern: SERIAL_PATTERN,
            label: {
              az: 'Köhnə sayğacın zavod nömrəsi',
              fa: 'شماره سریال کنتور قبلی',
              ru: 'Заводской номер старого счётчика',
              kk: 'Ескі есептегіштің зауыттық нөмірі',
              en: 'Serial number of the old meter',
            },
            help: registeredSerialHelp,
          },
          {
            name: 'finalReading',
            type: 'decimal',
            required: true,
            min: 0,
            label: {
              az: 'Köhnə sayğacın son göstəricisi',
              fa: 'کارکرد پایانی کنتور قبلی',
              ru: 'Конечные показания старого счётчика',
              kk: 'Ескі есептегіштің соңғы көрсеткіші',
              en: 'Final reading of the old meter',
            },
            help: {
              az: 'Sökülmə aktında yazıldığı kimi.',
              fa: 'همان‌طور که در صورت‌جلسه برچیدن نوشته شده است.',
              ru: 'Как указано в акте демонтажа.',
              kk: 'Бөлшектеу актісінде жазылғандай.',
              en: 'As written in the dismantling act.',
            },
          },
        ],
      },
      {
        id: 'newMeter',
        title: {
          az: 'Yeni sayğac',
          fa: 'کنتور نو',
          ru: 'Новый счётчик',
          kk: 'Жаңа есептегіш',
          en: 'The new meter',
        },
        fields: [
          serialNumberField,
          {
            name: 'verificationDate',
            type: 'date',
            required: true,
            label: {
              az: 'Yoxlama tarixi (pasportdan)',
              fa: 'تاریخ کالیبراسیون (از شناسنامه)',
              ru: 'Дата поверки (из паспорта)',
              kk: 'Тексеру күні (паспорттан)',
              en: 'Date of verification (from the passport)',
            },
          },
          {
            name: 'sealNumber',
            type: 'text',
            required: true,
            pattern: '[A-Za-z0-9-]{3,20}',
            label: sealNumberLabel,
            help: {
              az: 'Yeni sayğacın plomblama aktından.',
              fa: 'از صورت‌جلسه پلمب کنتور نو.',
              ru: 'Из акта опломбирования нового счётчика.',
              kk: 'Жаңа есептегішті пломбалау актісінен.',
              en: 'From the sealing act of the new meter.',
            },
          },
          {
            name: 'initialReading',
            type: 'decimal',
            required: true,
            min: 0,
            label: {
              az: 'Yeni sayğacın ilkin göstəricisi',
              fa: 'کارکرد اولیه کنتور نو',
              ru: 'Начальные показания нового счётчика',
              kk: 'Жаңа есептегіштің бастапқы көрсеткіші',
              en: 'Initial reading of the new meter',
            },
            help: {
              az: 'Quraşdırma aktında yazıldığı kimi, məsələn, 0,012.',
              fa: 'همان‌طور که در صورت‌جلسه نصب نوشته شده است، مثلاً 0.012.',
              ru: 'Как указано в акте монтажа, например 0,012.',
              kk: 'Орнату актісінде жазылғандай, мысалы 0,012.',
              en: 'As written in the installation act, for example 0.012.',
            },
          },
        ],
      },
    ],
    documents: [
      dismantlingAct(true),
      installationAct(true),
      {
        kind: 'meterPassport',
        required: true,
        accept: PDF_AND_IMAGES,
        maxBytes: MAX_BYTES,
        maxFiles: 3,
        label: {
          az: 'Yeni sayğacın pasportu',
          fa: 'شناسنامه کنتور نو',
          ru: 'Паспорт нового счётчика',
          kk: 'Жаңа есептегіштің паспорты',
          en: 'Passport of the new meter',
        },
        help: {
          az: 'Zavod nömrəsi və yoxlama tarixi görünən səhifələr (3 fayla qədər).',
          fa: 'صفحاتی که شماره سریال و تاریخ کالیبراسیون در آن‌ها دیده می‌شود (حداکثر ۳ فایل).',
          ru: 'Страницы, где видны заводской номер и дата поверки (до 3 файлов).',
          kk: 'Зауыттық нөмірі мен тексеру күні көрінетін беттер (3 файлға дейін).',
          en: 'The pages showing the serial number and the verification date (up to 3 files).',
        },
      },
      sealAct(true),
      meterPhoto,
    ],
    fee: { kind: 'FREE' },
    signing: 'NONE',
    outcome: 'METER_REPLACEMENT',
    refusalGrounds: [
      {
        code: 'actsMismatch',
        label: {
          az: 'Aktlar müraciətdə göstərilən sayğaclara uyğun gəlmir',
          fa: 'صورت‌جلسه‌ها با کنتورهای ذکرشده در درخواست مطابقت ندارد',
          ru: 'Акты не соответствуют счётчикам, указанным в заявлении',
          kk: 'Актілер өтініште көрсетілген есептегіштерге сәйкес келмейді',
          en: 'The acts do not match the meters named in the application',
        },
      },
      documentsUnreadable,
    ],
    taskKinds: ['METER_INSPECTION'],
    callCentreIntake: true,
  },
};

export const meterReverificationService: DemoEService = {
  code: 'meter_reverification',
  name: {
    az: 'Sayğacın təkrar yoxlanılması',
    fa: 'کالیبراسیون مجدد کنتور',
    ru: 'Поверка счётчика',
    kk: 'Есептегішті қайта тексеру',
    en: 'Re-verification of a meter',
  },
  handlingOrganization: 'kcs',
  slaUnit: 'WORKING_DAYS',
  slaAmount: 5,
  sortOrder: 244,
  spec: {
    summary: {
      az: 'Sayğacınız yenidən yoxlanılıb? Yeni yoxlama tarixinin uçota düşməsi üçün yoxlama haqqında şəhadətnaməni göndərin. Yoxlama üçün sayğac sökülübsə, sökülmə və quraşdırma, plombun çıxarılması və plomblama aktlarını əlavə edin.',
      fa: 'کنتور شما دوباره کالیبره شده است؟ گواهی کالیبراسیون را بفرستید تا تاریخ کالیبراسیون جدید ثبت شود. اگر کنتور برای کالیبراسیون برچیده شده است، صورت‌جلسه‌های برچیدن و نصب و برداشتن و نصب پلمب را هم پیوست کنید.',
      ru: 'Счётчик прошёл поверку? Отправьте свидетельство о поверке, чтобы новая дата поверки попала в учёт. Если для поверки счётчик снимали, приложите акты демонтажа и монтажа, распломбирования и опломбирования.',
      kk: 'Есептегіш қайта тексеруден өтті ме? Жаңа тексеру күні есепке енуі үшін тексеру туралы куәлікті жіберіңіз. Тексеру үшін есептегіш алынған болса, бөлшектеу және орнату, пломбаны алу және пломбалау актілерін қоса беріңіз.',
      en: 'Has your meter been verified again? Send the verification certificate so that the new verification date goes on the register. If the meter was removed for the verification, add the acts of dismantling and installation and the unsealing and sealing acts.',
    },
    whatHappensNext: {
      az: 'Müraciətiniz qeydiyyata alındı. Kommunal Xidmət Mərkəzi 5 iş günü ərzində şəhadətnaməni yoxlayacaq və yeni yoxlama tarixini uçota daxil edəcək; növbəti yoxlamanın vaxtı bu tarixdən hesablanır. Sayğac sökülübsə və hələ plomblanmayıbsa, plomblama üçün iş sifarişi yaradılacaq və usta sizinlə əlaqə saxlayacaq.',
      fa: 'درخواست شما ثبت شد. مرکز خدمات شهری ظرف ۵ روز کاری گواهی را بررسی می‌کند و تاریخ کالیبراسیون جدید را ثبت می‌کند؛ موعد کالیبراسیون بعدی از این تاریخ محاسبه می‌شود. اگر کنتور برچیده شده و هنوز پلمب نشده باشد، دستور کار پلمب صادر می‌شود و تکنسین با شما تماس می‌گیرد.',
      ru: 'Заявление зарегистрировано. В течение 5 рабочих дней Центр коммунального сервиса проверит свидетельство и внесёт новую дату поверки; от неё отсчитывается срок следующей. Если счётчик снимали и он ещё не опломбирован, будет создан наряд на опломбирование, и мастер свяжется с вами.',
      kk: 'Өтінішіңіз тіркелді. Коммуналдық қызмет көрсету орталығы 5 жұмыс күні ішінде куәлікті тексеріп, жаңа тексеру күнін есепке енгізеді; келесі тексеру мерзімі осы күннен есептеледі. Есептегіш алынып, әлі пломбаланбаса, пломбалауға жұмыс наряды жасалады және шебер сізбен байланысады.',
      en: 'Your application is registered. Within 5 working days the communal service centre checks the certificate and records the new verification date; the next verification falls due counting from it. If the meter was removed and has not been sealed again, a sealing work order is created and a technician will contact you.',
    },
    subject: 'PREMISES',
    steps: [
      {
        id: 'meter',
        title: meterStepTitle,
        fields: [
          meterKindField,
          { ...serialNumberField, help: registeredSerialHelp },
          {
            name: 'verificationDate',
            type: 'date',
            required: true,
            label: {
              az: 'Yoxlamanın tarixi',
              fa: 'تاریخ کالیبراسیون',
              ru: 'Дата поверки',
              kk: 'Тексеру күні',
              en: 'Date of the verification',
            },
            help: {
              az: 'Yoxlama haqqında şəhadətnamədən.',
              fa: 'از گواهی کالیبراسیون.',
              ru: 'Из свидетельства о поверке.',
              kk: 'Тексеру туралы куәліктен.',
              en: 'From the verification certificate.',
            },
          },
        ],
      },
      {
        id: 'removal',
        title: {
          az: 'Sökülmə və plomb',
          fa: 'برچیدن و پلمب',
          ru: 'Демонтаж и пломба',
          kk: 'Бөлшектеу және пломба',
          en: 'Removal and seal',
        },
        fields: [
          {
            name: 'removedForVerification',
            type: 'checkbox',
            required: false,
            label: {
              az: 'Yoxlama üçün sayğac sökülüb',
              fa: 'کنتور برای کالیبراسیون برچیده شد',
              ru: 'Для поверки счётчик снимали',
              kk: 'Тексеру үшін есептегіш алынды',
              en: 'The meter was removed for the verification',
            },
            help: {
              az: 'Onda sökülmə və quraşdırma aktlarını, plombun çıxarılması aktını və varsa, plomblama aktını əlavə edin.',
              fa: 'در این صورت صورت‌جلسه‌های برچیدن و نصب، برداشتن پلمب و در صورت وجود، پلمب را پیوست کنید.',
              ru: 'Тогда приложите акты демонтажа и монтажа, акт распломбирования и, если есть, акт опломбирования.',
              kk: 'Онда бөлшектеу және орнату актілерін, пломбаны алу актісін және бар болса, пломбалау актісін қоса беріңіз.',
              en: 'Then attach the dismantling and installation acts, the unsealing act and, if you have it, the sealing act.',
            },
          },
          {
            name: 'sealNumber',
            type: 'text',
            required: false,
            pattern: '[A-Za-z0-9-]{3,20}',
            label: {
              az: 'Yeni plombun nömrəsi',
              fa: 'شماره پلمب جدید',
              ru: 'Номер новой пломбы',
              kk: 'Жаңа пломбаның нөмірі',
              en: 'New seal number',
            },
            help: {
              az: 'Sayğac yoxlamadan sonra yenidən plomblanıbsa, plomblama aktından. Plomblanmayıbsa, boş saxlayın — plomblama üçün iş sifarişi yaradılacaq.',
              fa: 'اگر کنتور پس از کالیبراسیون دوباره پلمب شده است، از صورت‌جلسه پلمب. اگر نه، خالی بگذارید؛ دستور کار پلمب صادر می‌شود.',
              ru: 'Если после поверки счётчик опломбировали, — из акта опломбирования. Если нет, оставьте пустым: будет создан наряд на опломбирование.',
              kk: 'Тексеруден кейін есептегіш пломбаланса, пломбалау актісінен. Пломбаланбаса, бос қалдырыңыз — пломбалауға жұмыс наряды жасалады.',
              en: 'If the meter was sealed again after the verification, from the sealing act. If not, leave it empty — a sealing work order will be created.',
            },
          },
          {
            name: 'currentReading',
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
              az: 'Fotoda olduğu kimi, göndərmə günü sayğacın tablosundakı rəqəmlər.',
              fa: 'عددی که در روز ارسال روی صفحه کنتور دیده می‌شود، همان‌طور که در عکس است.',
              ru: 'Цифры на табло счётчика в день отправки, как на фото.',
              kk: 'Жіберу күнгі есептегіш таблосындағы сандар, фотодағыдай.',
              en: 'The figures on the meter on the day you send this, as on the photo.',
            },
          },
        ],
      },
    ],
    documents: [
      {
        kind: 'verificationCertificate',
        required: true,
        accept: PDF_AND_IMAGES,
        maxBytes: MAX_BYTES,
        maxFiles: 3,
        label: {
          az: 'Yoxlama haqqında şəhadətnamə',
          fa: 'گواهی کالیبراسیون',
          ru: 'Свидетельство о поверке',
          kk: 'Тексеру туралы куәлік',
          en: 'Verification certificate',
        },
        help: actHelp,
      },
      dismantlingAct(false),
      installationAct(false),
      act('unsealAct', false, {
        az: 'Plombun çıxarılması aktı',
        fa: 'صورت‌جلسه برداشتن پلمب',
        ru: 'Акт распломбирования',
        kk: 'Пломбаны алу актісі',
        en: 'Unsealing act',
      }),
      sealAct(false),
      meterPhoto,
    ],
    fee: { kind: 'FREE' },
    signing: 'NONE',
    outcome: 'METER_REVERIFICATION',
    refusalGrounds: [
      {
        code: 'certificateInvalid',
        label: {
          az: 'Yoxlama haqqında şəhadətnamə etibarsızdır və ya bu sayğaca aid deyil',
          fa: 'گواهی کالیبراسیون معتبر نیست یا مربوط به این کنتور نیست',
          ru: 'Свидетельство о поверке недействительно или выдано не на этот счётчик',
          kk: 'Тексеру туралы куәлік жарамсыз немесе бұл есептегішке берілмеген',
          en: 'The verification certificate is not valid or is not for this meter',
        },
      },
      documentsUnreadable,
    ],
    taskKinds: ['METER_INSPECTION'],
    callCentreIntake: true,
  },
};
