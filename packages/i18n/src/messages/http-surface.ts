// The HTTP surface under load and faults (issue 12), per language: the service briefly unavailable (the
// database away, or too busy to take the request now), a body too large, and the
// input checks that refuse malformed identifiers and control characters (merged into `errors` and
// `validation`).
export const en = {
  errors: {
    UNAVAILABLE: 'The service is briefly unavailable. Please try again in a minute; nothing was changed.',
    PAYLOAD_TOO_LARGE: 'What was sent is too large to be accepted.',
  },
  validation: {
    invalid_id: 'This identifier is malformed.',
    invalid_characters: 'The text contains characters that cannot be stored (control characters).',
    malformed_body: 'The request could not be read: it is not well-formed JSON.',
  },
};

export const ru: typeof en = {
  errors: {
    UNAVAILABLE: 'Сервис ненадолго недоступен. Повторите попытку через минуту; ничего не изменено.',
    PAYLOAD_TOO_LARGE: 'Отправлено слишком много данных: запрос не может быть принят.',
  },
  validation: {
    invalid_id: 'Идентификатор указан неверно.',
    invalid_characters: 'Текст содержит символы, которые нельзя сохранить (управляющие символы).',
    malformed_body: 'Запрос не удалось прочитать: это не корректный JSON.',
  },
};

export const az: typeof en = {
  errors: {
    UNAVAILABLE:
      'Xidmət qısa müddətə əlçatan deyil. Bir dəqiqədən sonra yenidən cəhd edin; heç nə dəyişdirilməyib.',
    PAYLOAD_TOO_LARGE: 'Göndərilən məlumat çox böyükdür və qəbul edilə bilməz.',
  },
  validation: {
    invalid_id: 'İdentifikator səhv göstərilib.',
    invalid_characters: 'Mətndə saxlanıla bilməyən simvollar var (idarəedici simvollar).',
    malformed_body: 'Sorğunu oxumaq mümkün olmadı: o, düzgün JSON deyil.',
  },
};

export const fa: typeof en = {
  errors: {
    UNAVAILABLE: 'سامانه برای مدت کوتاهی در دسترس نیست. یک دقیقه دیگر دوباره تلاش کنید؛ چیزی تغییر نکرد.',
    PAYLOAD_TOO_LARGE: 'آنچه فرستاده شد بزرگ‌تر از آن است که پذیرفته شود.',
  },
  validation: {
    invalid_id: 'این شناسه نادرست است.',
    invalid_characters: 'متن نویسه‌هایی دارد که ذخیره‌شدنی نیستند (نویسه‌های کنترلی).',
    malformed_body: 'درخواست خوانده نشد: JSON درستی نیست.',
  },
};

export const kk: typeof en = {
  errors: {
    UNAVAILABLE:
      'Қызмет қысқа уақытқа қолжетімсіз. Бір минуттан кейін қайталап көріңіз; ештеңе өзгертілген жоқ.',
    PAYLOAD_TOO_LARGE: 'Жіберілген деректер тым үлкен, сұрау қабылданбайды.',
  },
  validation: {
    invalid_id: 'Идентификатор қате көрсетілген.',
    invalid_characters: 'Мәтінде сақтауға болмайтын таңбалар бар (басқару таңбалары).',
    malformed_body: 'Сұрауды оқу мүмкін болмады: ол дұрыс JSON емес.',
  },
};
