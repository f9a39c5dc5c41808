// Imports of a city's data (issue 13, part 3), per language: the row issues of an import report (merged into
// `validation`).
export const en = {
  validation: {
    duplicate_row: 'The same item is already on an earlier row of this file.',
    not_found: 'Nothing with this name or code exists yet.',
    wrong_kind: 'This organization exists but is of another kind.',
  },
};

export const ru: typeof en = {
  validation: {
    duplicate_row: 'То же самое уже есть в одной из предыдущих строк файла.',
    not_found: 'С таким названием или кодом ничего не найдено.',
    wrong_kind: 'Такая организация есть, но другого типа.',
  },
};

export const az: typeof en = {
  validation: {
    duplicate_row: 'Eyni element faylın əvvəlki sətirlərindən birində artıq var.',
    not_found: 'Bu ad və ya kodla heç nə tapılmadı.',
    wrong_kind: 'Belə təşkilat var, lakin başqa növdəndir.',
  },
};

export const fa: typeof en = {
  validation: {
    duplicate_row: 'همین مورد در یکی از سطرهای پیشین این فایل آمده است.',
    not_found: 'چیزی با این نام یا کد پیدا نشد.',
    wrong_kind: 'این سازمان وجود دارد اما از نوع دیگری است.',
  },
};

export const kk: typeof en = {
  validation: {
    duplicate_row: 'Дәл осы нәрсе файлдың алдыңғы жолдарының бірінде бар.',
    not_found: 'Мұндай атаумен немесе кодпен ештеңе табылмады.',
    wrong_kind: 'Мұндай ұйым бар, бірақ басқа түрде.',
  },
};
