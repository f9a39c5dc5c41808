// The dispatcher's edits in the request panel: a note, another category, a priority.
export const en = {
  note: 'Add a note',
  category: 'Change category',
  priority: 'Change priority',
  noteLabel: 'Note',
  noteHint: 'The resident and the contractor see it in the history.',
  categoryLabel: 'Category',
  categoryHint: 'The deadline is recalculated from the filing time.',
  priorityLabel: 'Priority',
  save: 'Save',
  noteDone: 'Note added to request {{number}}.',
  categoryDone: 'Category of request {{number}} changed.',
  priorityDone: 'Priority of request {{number}} changed.',
};

/** Every language has exactly English's keys. */
export type DispatcherEditTexts = Record<keyof typeof en, string>;

export const ru: DispatcherEditTexts = {
  note: 'Добавить заметку',
  category: 'Изменить категорию',
  priority: 'Изменить приоритет',
  noteLabel: 'Заметка',
  noteHint: 'Житель и подрядчик увидят её в истории.',
  categoryLabel: 'Категория',
  categoryHint: 'Срок будет пересчитан от времени подачи.',
  priorityLabel: 'Приоритет',
  save: 'Сохранить',
  noteDone: 'Заметка добавлена к заявке {{number}}.',
  categoryDone: 'Категория заявки {{number}} изменена.',
  priorityDone: 'Приоритет заявки {{number}} изменён.',
};

export const az: DispatcherEditTexts = {
  note: 'Qeyd əlavə et',
  category: 'Kateqoriyanı dəyiş',
  priority: 'Prioriteti dəyiş',
  noteLabel: 'Qeyd',
  noteHint: 'Sakin və podratçı onu tarixçədə görəcək.',
  categoryLabel: 'Kateqoriya',
  categoryHint: 'Müddət müraciətin verildiyi vaxtdan yenidən hesablanacaq.',
  priorityLabel: 'Prioritet',
  save: 'Yadda saxla',
  noteDone: '{{number}} nömrəli müraciətə qeyd əlavə edildi.',
  categoryDone: '{{number}} nömrəli müraciətin kateqoriyası dəyişdirildi.',
  priorityDone: '{{number}} nömrəli müraciətin prioriteti dəyişdirildi.',
};

export const kk: DispatcherEditTexts = {
  note: 'Жазба қосу',
  category: 'Санатты өзгерту',
  priority: 'Басымдықты өзгерту',
  noteLabel: 'Жазба',
  noteHint: 'Тұрғын мен мердігер оны тарихта көреді.',
  categoryLabel: 'Санат',
  categoryHint: 'Мерзім өтінім берілген уақыттан қайта есептеледі.',
  priorityLabel: 'Басымдық',
  save: 'Сақтау',
  noteDone: '{{number}} өтініміне жазба қосылды.',
  categoryDone: '{{number}} өтінімінің санаты өзгертілді.',
  priorityDone: '{{number}} өтінімінің басымдығы өзгертілді.',
};

export const fa: DispatcherEditTexts = {
  note: 'افزودن یادداشت',
  category: 'تغییر دسته‌بندی',
  priority: 'تغییر اولویت',
  noteLabel: 'یادداشت',
  noteHint: 'ساکن و پیمانکار آن را در سابقه می‌بینند.',
  categoryLabel: 'دسته‌بندی',
  categoryHint: 'مهلت از زمان ثبت درخواست دوباره محاسبه می‌شود.',
  priorityLabel: 'اولویت',
  save: 'ذخیره',
  noteDone: 'یادداشت به درخواست {{number}} افزوده شد.',
  categoryDone: 'دسته‌بندی درخواست {{number}} تغییر کرد.',
  priorityDone: 'اولویت درخواست {{number}} تغییر کرد.',
};
