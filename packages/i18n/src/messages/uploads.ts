// Upload limits (issue 12), per language: the daily quota of one uploader, an image too large to
// decode, a file cut short or unreadable (merged into `errors` and `validation`).
export const en = {
  errors: {
    UPLOAD_QUOTA_EXCEEDED:
      'You have uploaded as much as one day allows ({{files}} files or {{megabytes}} MB in 24 hours). You can upload more from {{retryAt}}.',
  },
  validation: {
    image_too_large:
      'The image is too large: at most 50 megapixels (for example 8,000 × 6,000). Make it smaller and upload it again.',
    file_corrupt:
      'The file is damaged or cannot be read (cut short, or a protected PDF). Save or export it again and upload the copy.',
  },
};

export const ru: typeof en = {
  errors: {
    UPLOAD_QUOTA_EXCEEDED:
      'Вы загрузили столько, сколько можно за сутки ({{files}} файлов или {{megabytes}} МБ за 24 часа). Загрузить ещё можно с {{retryAt}}.',
  },
  validation: {
    image_too_large:
      'Изображение слишком большое: не более 50 мегапикселей (например, 8000 × 6000). Уменьшите его и загрузите снова.',
    file_corrupt:
      'Файл повреждён или не читается (обрезан или это защищённый PDF). Сохраните или экспортируйте его заново и загрузите копию.',
  },
};

export const az: typeof en = {
  errors: {
    UPLOAD_QUOTA_EXCEEDED:
      'Bir sutkada icazə verilən qədər yükləmisiniz (24 saatda {{files}} fayl və ya {{megabytes}} MB). Yenidən {{retryAt}} vaxtından yükləyə bilərsiniz.',
  },
  validation: {
    image_too_large:
      'Şəkil çox böyükdür: ən çoxu 50 meqapiksel (məsələn, 8000 × 6000). Onu kiçildin və yenidən yükləyin.',
    file_corrupt:
      'Fayl zədələnib və ya oxunmur (yarımçıqdır və ya qorunan PDF-dir). Onu yenidən saxlayın və ya ixrac edin, surətini yükləyin.',
  },
};

export const fa: typeof en = {
  errors: {
    UPLOAD_QUOTA_EXCEEDED:
      'به اندازهٔ سقف یک شبانه‌روز بارگذاری کرده‌اید ({{files}} فایل یا {{megabytes}} مگابایت در ۲۴ ساعت). از {{retryAt}} می‌توانید دوباره بارگذاری کنید.',
  },
  validation: {
    image_too_large:
      'تصویر بیش از حد بزرگ است: حداکثر ۵۰ مگاپیکسل (مثلاً ۸۰۰۰ × ۶۰۰۰). آن را کوچک کنید و دوباره بارگذاری کنید.',
    file_corrupt:
      'فایل آسیب دیده است یا خوانده نمی‌شود (ناقص است یا PDF محافظت‌شده است). آن را دوباره ذخیره یا صادر کنید و نسخهٔ تازه را بارگذاری کنید.',
  },
};

export const kk: typeof en = {
  errors: {
    UPLOAD_QUOTA_EXCEEDED:
      'Бір тәулікке рұқсат етілген көлемді жүктедіңіз (24 сағатта {{files}} файл немесе {{megabytes}} МБ). Қайта жүктеуді {{retryAt}} бастап жасай аласыз.',
  },
  validation: {
    image_too_large:
      'Сурет тым үлкен: ең көбі 50 мегапиксель (мысалы, 8000 × 6000). Оны кішірейтіп, қайта жүктеңіз.',
    file_corrupt:
      'Файл зақымдалған немесе оқылмайды (үзілген немесе қорғалған PDF). Оны қайта сақтап не экспорттап, көшірмесін жүктеңіз.',
  },
};
