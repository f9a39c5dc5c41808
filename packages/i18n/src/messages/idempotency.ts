// Idempotency keys on creating mutations (issue 12, part 6), per language: a key already used for something
// else, a first attempt still running, and a malformed or repeated key (merged into `errors` and
// `validation`).
export const en = {
  errors: {
    IDEMPOTENCY_KEY_REUSED:
      'This submission key was already used for a different request. Reload the page and submit the form again.',
    IDEMPOTENCY_KEY_IN_USE:
      'Your previous attempt to send this is still being processed. Wait a moment and check before sending it again.',
  },
  validation: {
    invalid_idempotency_key:
      'The Idempotency-Key header must be a string of 1 to 255 printable ASCII characters.',
    idempotency_key_repeated: 'One Idempotency-Key can be given to only one creating operation per request.',
  },
};

export const ru: typeof en = {
  errors: {
    IDEMPOTENCY_KEY_REUSED:
      'Этот ключ отправки уже использован для другого запроса. Обновите страницу и отправьте форму ещё раз.',
    IDEMPOTENCY_KEY_IN_USE:
      'Предыдущая попытка отправки ещё обрабатывается. Подождите немного и проверьте результат, прежде чем отправлять снова.',
  },
  validation: {
    invalid_idempotency_key:
      'Заголовок Idempotency-Key должен быть строкой из 1–255 печатных символов ASCII.',
    idempotency_key_repeated:
      'Один Idempotency-Key можно указать только для одной создающей операции в запросе.',
  },
};

export const az: typeof en = {
  errors: {
    IDEMPOTENCY_KEY_REUSED:
      'Bu göndərmə açarı artıq başqa sorğu üçün istifadə olunub. Səhifəni yeniləyin və formanı yenidən göndərin.',
    IDEMPOTENCY_KEY_IN_USE:
      'Əvvəlki göndərmə cəhdiniz hələ emal olunur. Bir az gözləyin və yenidən göndərməzdən əvvəl nəticəni yoxlayın.',
  },
  validation: {
    invalid_idempotency_key:
      'Idempotency-Key başlığı 1–255 çap olunan ASCII simvolundan ibarət sətir olmalıdır.',
    idempotency_key_repeated:
      'Bir Idempotency-Key bir sorğuda yalnız bir yaradan əməliyyat üçün verilə bilər.',
  },
};

export const fa: typeof en = {
  errors: {
    IDEMPOTENCY_KEY_REUSED:
      'این کلید ارسال پیش‌تر برای درخواست دیگری به کار رفته است. صفحه را دوباره بارگذاری کنید و فرم را دوباره بفرستید.',
    IDEMPOTENCY_KEY_IN_USE:
      'تلاش پیشین شما برای ارسال هنوز در حال پردازش است. کمی صبر کنید و پیش از ارسال دوباره، نتیجه را بررسی کنید.',
  },
  validation: {
    invalid_idempotency_key: 'سرآیند Idempotency-Key باید رشته‌ای از ۱ تا ۲۵۵ نویسهٔ چاپی ASCII باشد.',
    idempotency_key_repeated:
      'یک Idempotency-Key را در هر درخواست فقط برای یک عملیات ایجادکننده می‌توان داد.',
  },
};

export const kk: typeof en = {
  errors: {
    IDEMPOTENCY_KEY_REUSED:
      'Бұл жіберу кілті басқа сұрау үшін қолданылған. Бетті жаңартып, форманы қайта жіберіңіз.',
    IDEMPOTENCY_KEY_IN_USE:
      'Алдыңғы жіберу әрекетіңіз әлі өңделуде. Біраз күтіп, қайта жібермес бұрын нәтижені тексеріңіз.',
  },
  validation: {
    invalid_idempotency_key:
      'Idempotency-Key тақырыбы 1–255 басылатын ASCII таңбасынан тұратын жол болуы керек.',
    idempotency_key_repeated: 'Бір Idempotency-Key бір сұрауда тек бір құратын операция үшін берілуі мүмкін.',
  },
};
