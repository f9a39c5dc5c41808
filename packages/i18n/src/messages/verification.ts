// The public page that checks an issued document's verification code, per language.
export const en = {
  title: 'Check a document',
  intro:
    'Banks, notary offices and other organizations can check here that a certificate was really issued through citydesk. Enter the verification code printed on the document (it is also in the document’s QR code).',
  codeLabel: 'Verification code',
  codeHint: '10 letters and digits, e.g. ABCDE-12345. Spaces and hyphens do not matter.',
  check: 'Check',
  checkAnother: 'Check another code',
  invalidCode: 'A verification code has 10 letters and digits, e.g. ABCDE-12345.',
  checking: 'Checking the code…',
  checkedCode:
    'Code {{code}} was checked against the register of documents issued through citydesk on {{checkedAt}}.',
  genuine: 'Genuine document',
  genuineText:
    'A document with this code was issued through citydesk and has not been revoked. Compare the details below with the document you were given: they must match exactly.',
  revoked: 'Document revoked',
  revokedText: 'A document with this code was issued, but it was revoked on {{date}} and is no longer valid.',
  unknown: 'Not genuine: no document with this code was issued',
  unknownText:
    'Check that the code was typed exactly as printed. If it was, the document you were given was not issued through citydesk.',
  details: 'Document details',
  documentTitle: 'Document',
  number: 'Document number',
  issuer: 'Issued by',
  applicant: 'Issued to',
  issuedAt: 'Date of issue',
  facts: 'What the document certifies',
  factsCaption: 'Facts certified by the document',
  fact: 'Fact',
  value: 'Value',
};

export const ru: typeof en = {
  title: 'Проверка документа',
  intro:
    'Банки, нотариальные конторы и другие организации могут проверить здесь, что справка действительно выдана через citydesk. Введите код проверки, напечатанный на документе (он же зашифрован в QR-коде документа).',
  codeLabel: 'Код проверки',
  codeHint: '10 букв и цифр, например ABCDE-12345. Пробелы и дефисы не важны.',
  check: 'Проверить',
  checkAnother: 'Проверить другой код',
  invalidCode: 'Код проверки состоит из 10 букв и цифр, например ABCDE-12345.',
  checking: 'Проверяем код…',
  checkedCode: 'Код {{code}} проверен по реестру документов, выданных через citydesk, {{checkedAt}}.',
  genuine: 'Документ подлинный',
  genuineText:
    'Документ с этим кодом выдан через citydesk и не отозван. Сверьте сведения ниже с предъявленным документом: они должны совпадать полностью.',
  revoked: 'Документ отозван',
  revokedText: 'Документ с этим кодом был выдан, но {{date}} отозван и больше не действителен.',
  unknown: 'Документ не подлинный: документ с таким кодом не выдавался',
  unknownText:
    'Проверьте, что код введён точно так, как напечатан. Если это так, предъявленный документ не был выдан через citydesk.',
  details: 'Сведения о документе',
  documentTitle: 'Документ',
  number: 'Номер документа',
  issuer: 'Кем выдан',
  applicant: 'Кому выдан',
  issuedAt: 'Дата выдачи',
  facts: 'Что удостоверяет документ',
  factsCaption: 'Сведения, удостоверенные документом',
  fact: 'Сведение',
  value: 'Значение',
};

export const az: typeof en = {
  title: 'Sənədin yoxlanılması',
  intro:
    'Banklar, notariat kontorları və digər təşkilatlar burada arayışın həqiqətən citydesk vasitəsilə verildiyini yoxlaya bilər. Sənəddə çap olunmuş yoxlama kodunu daxil edin (o, sənədin QR kodunda da var).',
  codeLabel: 'Yoxlama kodu',
  codeHint: '10 hərf və rəqəm, məsələn ABCDE-12345. Boşluqlar və defislər nəzərə alınmır.',
  check: 'Yoxla',
  checkAnother: 'Başqa kodu yoxla',
  invalidCode: 'Yoxlama kodu 10 hərf və rəqəmdən ibarətdir, məsələn ABCDE-12345.',
  checking: 'Kod yoxlanılır…',
  checkedCode:
    '{{code}} kodu {{checkedAt}} tarixində citydesk vasitəsilə verilmiş sənədlərin reyestri üzrə yoxlanıldı.',
  genuine: 'Sənəd həqiqidir',
  genuineText:
    'Bu kodlu sənəd citydesk vasitəsilə verilib və ləğv edilməyib. Aşağıdakı məlumatları sizə təqdim olunan sənədlə tutuşdurun: onlar tam üst-üstə düşməlidir.',
  revoked: 'Sənəd ləğv edilib',
  revokedText: 'Bu kodlu sənəd verilmişdi, lakin {{date}} tarixində ləğv edilib və artıq etibarlı deyil.',
  unknown: 'Sənəd həqiqi deyil: bu kodla heç bir sənəd verilməyib',
  unknownText:
    'Kodun çap olunduğu kimi dəqiq daxil edildiyini yoxlayın. Əgər belədirsə, sizə təqdim olunan sənəd citydesk vasitəsilə verilməyib.',
  details: 'Sənəd haqqında məlumat',
  documentTitle: 'Sənəd',
  number: 'Sənədin nömrəsi',
  issuer: 'Verən təşkilat',
  applicant: 'Kimə verilib',
  issuedAt: 'Verilmə tarixi',
  facts: 'Sənəd nəyi təsdiq edir',
  factsCaption: 'Sənədin təsdiq etdiyi məlumatlar',
  fact: 'Məlumat',
  value: 'Dəyər',
};

export const fa: typeof en = {
  title: 'استعلام اصالت سند',
  intro:
    'بانک‌ها، دفاتر اسناد رسمی و سایر سازمان‌ها می‌توانند در این صفحه بررسی کنند که گواهی واقعاً از طریق citydesk صادر شده است. کد رهگیری چاپ‌شده روی سند را وارد کنید (این کد در QR سند هم هست).',
  codeLabel: 'کد رهگیری',
  codeHint: '۱۰ حرف و رقم لاتین، مثلاً ABCDE-12345. فاصله و خط تیره اهمیتی ندارد.',
  check: 'استعلام',
  checkAnother: 'استعلام کد دیگر',
  invalidCode: 'کد رهگیری ۱۰ حرف و رقم لاتین دارد، مثلاً ABCDE-12345.',
  checking: 'در حال بررسی کد…',
  checkedCode: 'کد {{code}} در {{checkedAt}} با دفتر اسناد صادرشده از طریق citydesk تطبیق داده شد.',
  genuine: 'سند اصیل است',
  genuineText:
    'سندی با این کد از طریق citydesk صادر شده و باطل نشده است. مشخصات زیر را با سندی که به شما ارائه شده مقایسه کنید: باید کاملاً یکسان باشند.',
  revoked: 'سند باطل شده است',
  revokedText: 'سندی با این کد صادر شده بود، اما در {{date}} باطل شد و دیگر اعتبار ندارد.',
  unknown: 'سند اصیل نیست: هیچ سندی با این کد صادر نشده است',
  unknownText:
    'بررسی کنید که کد دقیقاً مطابق متن چاپ‌شده وارد شده باشد. اگر چنین است، سندی که به شما ارائه شده از طریق citydesk صادر نشده است.',
  details: 'مشخصات سند',
  documentTitle: 'سند',
  number: 'شماره سند',
  issuer: 'صادرکننده',
  applicant: 'صادرشده برای',
  issuedAt: 'تاریخ صدور',
  facts: 'آنچه سند گواهی می‌کند',
  factsCaption: 'مواردی که سند گواهی می‌کند',
  fact: 'مورد',
  value: 'مقدار',
};

export const kk: typeof en = {
  title: 'Құжатты тексеру',
  intro:
    'Банктер, нотариалдық кеңселер және басқа ұйымдар мұнда анықтаманың шынымен citydesk арқылы берілгенін тексере алады. Құжатта басылған тексеру кодын енгізіңіз (ол құжаттың QR кодында да бар).',
  codeLabel: 'Тексеру коды',
  codeHint: '10 әріп пен цифр, мысалы ABCDE-12345. Бос орындар мен сызықшалардың маңызы жоқ.',
  check: 'Тексеру',
  checkAnother: 'Басқа кодты тексеру',
  invalidCode: 'Тексеру коды 10 әріп пен цифрдан тұрады, мысалы ABCDE-12345.',
  checking: 'Код тексерілуде…',
  checkedCode: '{{code}} коды {{checkedAt}} citydesk арқылы берілген құжаттар тізілімі бойынша тексерілді.',
  genuine: 'Құжат түпнұсқа',
  genuineText:
    'Осы кодпен құжат citydesk арқылы берілген және кері қайтарылмаған. Төмендегі мәліметтерді сізге ұсынылған құжатпен салыстырыңыз: олар толық сәйкес келуі керек.',
  revoked: 'Құжат кері қайтарылған',
  revokedText: 'Осы кодпен құжат берілген, бірақ {{date}} кері қайтарылды және енді жарамсыз.',
  unknown: 'Құжат түпнұсқа емес: бұл кодпен ешбір құжат берілмеген',
  unknownText:
    'Кодтың басылғандай дәл енгізілгенін тексеріңіз. Егер солай болса, сізге ұсынылған құжат citydesk арқылы берілмеген.',
  details: 'Құжат туралы мәліметтер',
  documentTitle: 'Құжат',
  number: 'Құжат нөмірі',
  issuer: 'Берген ұйым',
  applicant: 'Кімге берілген',
  issuedAt: 'Берілген күні',
  facts: 'Құжат нені растайды',
  factsCaption: 'Құжат растайтын мәліметтер',
  fact: 'Мәлімет',
  value: 'Мәні',
};
