// Residents on their own (issue 13), per language: signing up with a code e-mailed to the address, and
// setting a new password from an e-mailed link (the pages, the e-mails, RESET_LINK_INVALID and the form's
// field rules, merged into `errors` and `validation`).
export const en = {
  errors: {
    RESET_LINK_INVALID:
      'This link to set a new password no longer works: it was used already or has expired. Ask for a new one.',
  },
  validation: {
    password_too_short: 'Use at least 8 characters.',
    password_too_long: 'Use at most 256 characters.',
    passwords_differ: 'The two passwords are not the same.',
  },
  selfService: {
    mail: {
      registrationCodeSubject: 'Your citydesk sign-up code',
      registrationCodeText:
        'Hello, {{name}}! Your code to finish creating your citydesk account: {{code}}. It is valid for 15 minutes. If you did not sign up, ignore this message: no account is created without the code.',
      registrationExistingSubject: 'You already have a citydesk account',
      registrationExistingText:
        'Someone, perhaps you, tried to create a citydesk account with this e-mail address, but an account with it already exists. Sign in with your password; if you have forgotten it, set a new one here: {{link}}. If it was not you, ignore this message.',
      resetSubject: 'Set a new citydesk password',
      resetText:
        'Someone, perhaps you, asked to set a new password for the citydesk account of this e-mail address. Open this link within {{minutes}} minutes to choose one: {{link}} The link works once. If it was not you, ignore this message: your password stays as it is.',
      resetNoAccountSubject: 'citydesk password reset',
      resetNoAccountText:
        'Someone, perhaps you, asked to set a new citydesk password for this e-mail address, but no account uses it. To create one, open {{link}}. If it was not you, ignore this message.',
    },
    register: {
      link: 'Create an account',
      pageTitle: 'Create an account',
      heading: 'Create a resident account',
      intro:
        'File repair requests and e-service applications and follow them live. We confirm your e-mail with a code.',
      displayName: 'Your name',
      displayNameHint: 'First and last name, as staff will address you.',
      email: 'E-mail',
      emailHint: 'This is your login. We send the code there.',
      password: 'Password',
      passwordHint: 'At least 8 characters.',
      passwordRepeat: 'Repeat the password',
      submit: 'Continue',
      submitting: 'Sending the code…',
      codeHeading: 'Enter the code',
      codeIntro: 'We have sent a 6-digit code to {{email}}. It is valid until {{time}}.',
      code: 'Code from the e-mail',
      codeHint: '6 digits.',
      confirm: 'Create the account',
      confirming: 'Creating the account…',
      startOver: 'Change the details',
      haveAccount: 'Already have an account? Sign in',
      errors: {
        code_invalid: 'The code is wrong. Check the e-mail and try again.',
        code_expired: 'The code has expired. Change the details or send the form again to get a new code.',
        too_many_attempts: 'Too many wrong codes. Send the form again to get a new code.',
      },
    },
    forgot: {
      link: 'Forgot your password?',
      pageTitle: 'Forgot your password',
      heading: 'Set a new password',
      intro: 'Enter the e-mail address you sign in with. We send a link to set a new password there.',
      email: 'E-mail',
      submit: 'Send the link',
      submitting: 'Sending…',
      sentHeading: 'Check your e-mail',
      sent: 'If an account uses {{email}}, a link to set a new password is on its way there. It works for 60 minutes. Nothing arrived? Check the spam folder, or ask again in a few minutes.',
      back: 'Back to sign-in',
    },
    reset: {
      pageTitle: 'New password',
      heading: 'Choose a new password',
      intro: 'After the change you are signed out on every device; sign in again with the new password.',
      password: 'New password',
      passwordRepeat: 'Repeat the new password',
      submit: 'Set the password',
      submitting: 'Saving…',
      done: 'Your password is changed. Sign in with the new one.',
      signIn: 'Sign in',
      noToken:
        'This page opens from the link in the e-mail we send. Ask for a new link if yours does not work.',
      askAgain: 'Ask for a new link',
    },
  },
};

export const ru: typeof en = {
  errors: {
    RESET_LINK_INVALID:
      'Эта ссылка для смены пароля больше не действует: ею уже воспользовались или истёк её срок. Запросите новую.',
  },
  validation: {
    password_too_short: 'Не менее 8 символов.',
    password_too_long: 'Не более 256 символов.',
    passwords_differ: 'Пароли не совпадают.',
  },
  selfService: {
    mail: {
      registrationCodeSubject: 'Код для регистрации в citydesk',
      registrationCodeText:
        'Здравствуйте, {{name}}! Код для завершения регистрации в citydesk: {{code}}. Он действует 15 минут. Если вы не регистрировались, просто не отвечайте на это письмо: без кода учётная запись не создаётся.',
      registrationExistingSubject: 'У вас уже есть учётная запись citydesk',
      registrationExistingText:
        'Кто-то, возможно вы, пытался зарегистрироваться в citydesk с этим адресом электронной почты, но учётная запись с ним уже есть. Войдите со своим паролем; если вы его забыли, задайте новый здесь: {{link}}. Если это были не вы, просто не отвечайте на это письмо.',
      resetSubject: 'Новый пароль для citydesk',
      resetText:
        'Кто-то, возможно вы, попросил задать новый пароль для учётной записи citydesk с этим адресом. Откройте ссылку в течение {{minutes}} минут, чтобы выбрать пароль: {{link}} Ссылка действует один раз. Если это были не вы, не отвечайте на письмо: пароль останется прежним.',
      resetNoAccountSubject: 'Сброс пароля citydesk',
      resetNoAccountText:
        'Кто-то, возможно вы, попросил задать новый пароль citydesk для этого адреса, но учётной записи с ним нет. Чтобы создать её, откройте {{link}}. Если это были не вы, просто не отвечайте на это письмо.',
    },
    register: {
      link: 'Зарегистрироваться',
      pageTitle: 'Регистрация',
      heading: 'Регистрация жителя',
      intro:
        'Подавайте заявки на ремонт и заявления на услуги и следите за ними в реальном времени. Адрес почты подтверждается кодом.',
      displayName: 'Ваше имя',
      displayNameHint: 'Имя и фамилия — так к вам будут обращаться сотрудники.',
      email: 'Электронная почта',
      emailHint: 'Это ваш логин. На него придёт код.',
      password: 'Пароль',
      passwordHint: 'Не менее 8 символов.',
      passwordRepeat: 'Повторите пароль',
      submit: 'Продолжить',
      submitting: 'Отправляем код…',
      codeHeading: 'Введите код',
      codeIntro: 'Мы отправили 6-значный код на {{email}}. Он действует до {{time}}.',
      code: 'Код из письма',
      codeHint: '6 цифр.',
      confirm: 'Создать учётную запись',
      confirming: 'Создаём учётную запись…',
      startOver: 'Изменить данные',
      haveAccount: 'Уже есть учётная запись? Войти',
      errors: {
        code_invalid: 'Неверный код. Проверьте письмо и попробуйте ещё раз.',
        code_expired: 'Срок действия кода истёк. Отправьте форму ещё раз, чтобы получить новый код.',
        too_many_attempts:
          'Слишком много неверных попыток. Отправьте форму ещё раз, чтобы получить новый код.',
      },
    },
    forgot: {
      link: 'Забыли пароль?',
      pageTitle: 'Забыли пароль',
      heading: 'Новый пароль',
      intro:
        'Введите адрес электронной почты, с которым вы входите. Мы отправим на него ссылку для смены пароля.',
      email: 'Электронная почта',
      submit: 'Отправить ссылку',
      submitting: 'Отправляем…',
      sentHeading: 'Проверьте почту',
      sent: 'Если {{email}} принадлежит учётной записи, на него уже идёт письмо со ссылкой для смены пароля. Ссылка действует 60 минут. Письма нет? Проверьте папку «Спам» или запросите ссылку снова через несколько минут.',
      back: 'Вернуться ко входу',
    },
    reset: {
      pageTitle: 'Новый пароль',
      heading: 'Придумайте новый пароль',
      intro: 'После смены вы выйдете на всех устройствах; войдите снова с новым паролем.',
      password: 'Новый пароль',
      passwordRepeat: 'Повторите новый пароль',
      submit: 'Сохранить пароль',
      submitting: 'Сохраняем…',
      done: 'Пароль изменён. Войдите с новым паролем.',
      signIn: 'Войти',
      noToken:
        'Эта страница открывается по ссылке из нашего письма. Если ссылка не работает, запросите новую.',
      askAgain: 'Запросить новую ссылку',
    },
  },
};

export const az: typeof en = {
  errors: {
    RESET_LINK_INVALID:
      'Yeni şifrə təyin etmək üçün bu keçid artıq işləmir: ondan istifadə olunub və ya vaxtı bitib. Yenisini istəyin.',
  },
  validation: {
    password_too_short: 'Ən azı 8 simvol olmalıdır.',
    password_too_long: 'Ən çoxu 256 simvol ola bilər.',
    passwords_differ: 'Şifrələr eyni deyil.',
  },
  selfService: {
    mail: {
      registrationCodeSubject: 'citydesk qeydiyyat kodunuz',
      registrationCodeText:
        'Salam, {{name}}! citydesk hesabınızın yaradılmasını başa çatdırmaq üçün kod: {{code}}. Kod 15 dəqiqə etibarlıdır. Qeydiyyatdan keçməmisinizsə, bu məktuba fikir verməyin: kodsuz hesab yaradılmır.',
      registrationExistingSubject: 'Sizin artıq citydesk hesabınız var',
      registrationExistingText:
        'Kimsə, bəlkə də siz, bu e-poçt ünvanı ilə citydesk hesabı yaratmağa çalışıb, lakin bu ünvanla hesab artıq var. Şifrənizlə daxil olun; onu unutmusunuzsa, yenisini burada təyin edin: {{link}}. Bu siz deyildinizsə, bu məktuba fikir verməyin.',
      resetSubject: 'citydesk üçün yeni şifrə',
      resetText:
        'Kimsə, bəlkə də siz, bu e-poçt ünvanının citydesk hesabı üçün yeni şifrə təyin etməyi istəyib. Şifrə seçmək üçün bu keçidi {{minutes}} dəqiqə ərzində açın: {{link}} Keçid bir dəfə işləyir. Bu siz deyildinizsə, məktuba fikir verməyin: şifrəniz dəyişmir.',
      resetNoAccountSubject: 'citydesk şifrəsinin bərpası',
      resetNoAccountText:
        'Kimsə, bəlkə də siz, bu e-poçt ünvanı üçün yeni citydesk şifrəsi istəyib, lakin bu ünvanla hesab yoxdur. Hesab yaratmaq üçün {{link}} keçidini açın. Bu siz deyildinizsə, bu məktuba fikir verməyin.',
    },
    register: {
      link: 'Hesab yaradın',
      pageTitle: 'Hesab yaradın',
      heading: 'Sakin hesabı yaradın',
      intro:
        'Təmir sorğuları və e-xidmət müraciətləri göndərin, onları canlı izləyin. E-poçtunuzu kodla təsdiqləyirik.',
      displayName: 'Adınız',
      displayNameHint: 'Ad və soyad: əməkdaşlar sizə belə müraciət edəcək.',
      email: 'E-poçt',
      emailHint: 'Bu, sizin loqininizdir. Kodu ora göndəririk.',
      password: 'Şifrə',
      passwordHint: 'Ən azı 8 simvol.',
      passwordRepeat: 'Şifrəni təkrarlayın',
      submit: 'Davam et',
      submitting: 'Kod göndərilir…',
      codeHeading: 'Kodu daxil edin',
      codeIntro: '6 rəqəmli kodu {{email}} ünvanına göndərdik. O, {{time}} qədər etibarlıdır.',
      code: 'Məktubdakı kod',
      codeHint: '6 rəqəm.',
      confirm: 'Hesabı yarat',
      confirming: 'Hesab yaradılır…',
      startOver: 'Məlumatları dəyiş',
      haveAccount: 'Artıq hesabınız var? Daxil olun',
      errors: {
        code_invalid: 'Kod yanlışdır. Məktubu yoxlayıb yenidən cəhd edin.',
        code_expired: 'Kodun vaxtı bitib. Yeni kod almaq üçün formu yenidən göndərin.',
        too_many_attempts: 'Çox sayda yanlış kod daxil edildi. Yeni kod almaq üçün formu yenidən göndərin.',
      },
    },
    forgot: {
      link: 'Şifrənizi unutmusunuz?',
      pageTitle: 'Şifrəni unutmusunuz',
      heading: 'Yeni şifrə təyin edin',
      intro: 'Daxil olduğunuz e-poçt ünvanını yazın. Yeni şifrə təyin etmək üçün keçidi ora göndəririk.',
      email: 'E-poçt',
      submit: 'Keçidi göndər',
      submitting: 'Göndərilir…',
      sentHeading: 'E-poçtunuzu yoxlayın',
      sent: '{{email}} ünvanı bir hesaba aiddirsə, yeni şifrə üçün keçid ora göndərilir. Keçid 60 dəqiqə işləyir. Məktub gəlmədi? «Spam» qovluğunu yoxlayın və ya bir neçə dəqiqədən sonra yenidən istəyin.',
      back: 'Girişə qayıt',
    },
    reset: {
      pageTitle: 'Yeni şifrə',
      heading: 'Yeni şifrə seçin',
      intro: 'Dəyişiklikdən sonra bütün cihazlarda hesabdan çıxırsınız; yeni şifrə ilə yenidən daxil olun.',
      password: 'Yeni şifrə',
      passwordRepeat: 'Yeni şifrəni təkrarlayın',
      submit: 'Şifrəni təyin et',
      submitting: 'Saxlanılır…',
      done: 'Şifrəniz dəyişdirildi. Yeni şifrə ilə daxil olun.',
      signIn: 'Daxil ol',
      noToken: 'Bu səhifə göndərdiyimiz məktubdakı keçidlə açılır. Keçidiniz işləmirsə, yenisini istəyin.',
      askAgain: 'Yeni keçid istə',
    },
  },
};

export const fa: typeof en = {
  errors: {
    RESET_LINK_INVALID:
      'این پیوند تعیین گذرواژهٔ جدید دیگر کار نمی‌کند: پیش‌تر استفاده شده یا مهلت آن تمام شده است. پیوند تازه‌ای بخواهید.',
  },
  validation: {
    password_too_short: 'دست‌کم ۸ نویسه به کار ببرید.',
    password_too_long: 'حداکثر ۲۵۶ نویسه به کار ببرید.',
    passwords_differ: 'دو گذرواژه یکسان نیستند.',
  },
  selfService: {
    mail: {
      registrationCodeSubject: 'کد ثبت‌نام شما در citydesk',
      registrationCodeText:
        'سلام {{name}}! کد پایان ساخت حساب citydesk شما: {{code}}. این کد ۱۵ دقیقه اعتبار دارد. اگر ثبت‌نام نکرده‌اید، این پیام را نادیده بگیرید: بدون کد هیچ حسابی ساخته نمی‌شود.',
      registrationExistingSubject: 'شما از پیش حساب citydesk دارید',
      registrationExistingText:
        'کسی، شاید خود شما، خواسته است با این نشانی ایمیل حساب citydesk بسازد، اما حسابی با این نشانی از پیش وجود دارد. با گذرواژهٔ خود وارد شوید؛ اگر آن را فراموش کرده‌اید، گذرواژهٔ تازه را اینجا تعیین کنید: {{link}}. اگر شما نبودید، این پیام را نادیده بگیرید.',
      resetSubject: 'گذرواژهٔ تازه برای citydesk',
      resetText:
        'کسی، شاید خود شما، خواسته است برای حساب citydesk این نشانی ایمیل گذرواژهٔ تازه‌ای تعیین شود. برای انتخاب آن، این پیوند را تا {{minutes}} دقیقه باز کنید: {{link}} پیوند فقط یک بار کار می‌کند. اگر شما نبودید، این پیام را نادیده بگیرید: گذرواژهٔ شما تغییر نمی‌کند.',
      resetNoAccountSubject: 'بازنشانی گذرواژهٔ citydesk',
      resetNoAccountText:
        'کسی، شاید خود شما، برای این نشانی ایمیل گذرواژهٔ تازهٔ citydesk خواسته است، اما هیچ حسابی از این نشانی استفاده نمی‌کند. برای ساخت حساب، {{link}} را باز کنید. اگر شما نبودید، این پیام را نادیده بگیرید.',
    },
    register: {
      link: 'ساخت حساب',
      pageTitle: 'ساخت حساب',
      heading: 'ساخت حساب ساکن',
      intro:
        'درخواست تعمیر و خدمات الکترونیکی ثبت کنید و پیشرفت آن‌ها را زنده دنبال کنید. ایمیل شما را با یک کد تأیید می‌کنیم.',
      displayName: 'نام شما',
      displayNameHint: 'نام و نام خانوادگی، همان‌گونه که کارکنان شما را خطاب می‌کنند.',
      email: 'ایمیل',
      emailHint: 'این نام کاربری شماست. کد را به آن می‌فرستیم.',
      password: 'گذرواژه',
      passwordHint: 'دست‌کم ۸ نویسه.',
      passwordRepeat: 'تکرار گذرواژه',
      submit: 'ادامه',
      submitting: 'در حال ارسال کد…',
      codeHeading: 'کد را وارد کنید',
      codeIntro: 'کدی ۶ رقمی به {{email}} فرستادیم. تا {{time}} اعتبار دارد.',
      code: 'کد داخل ایمیل',
      codeHint: '۶ رقم.',
      confirm: 'ساخت حساب',
      confirming: 'در حال ساخت حساب…',
      startOver: 'تغییر اطلاعات',
      haveAccount: 'حساب دارید؟ وارد شوید',
      errors: {
        code_invalid: 'کد نادرست است. ایمیل را بررسی کنید و دوباره تلاش کنید.',
        code_expired: 'اعتبار کد تمام شده است. برای دریافت کد تازه، فرم را دوباره بفرستید.',
        too_many_attempts: 'کدهای نادرست زیادی وارد شد. برای دریافت کد تازه، فرم را دوباره بفرستید.',
      },
    },
    forgot: {
      link: 'گذرواژه را فراموش کرده‌اید؟',
      pageTitle: 'فراموشی گذرواژه',
      heading: 'تعیین گذرواژهٔ تازه',
      intro: 'نشانی ایمیلی را که با آن وارد می‌شوید بنویسید. پیوند تعیین گذرواژهٔ تازه را به آن می‌فرستیم.',
      email: 'ایمیل',
      submit: 'ارسال پیوند',
      submitting: 'در حال ارسال…',
      sentHeading: 'ایمیل خود را بررسی کنید',
      sent: 'اگر حسابی از {{email}} استفاده می‌کند، پیوند تعیین گذرواژهٔ تازه در راه آن است. پیوند ۶۰ دقیقه کار می‌کند. چیزی نرسید؟ پوشهٔ هرزنامه را ببینید یا چند دقیقهٔ دیگر دوباره درخواست کنید.',
      back: 'بازگشت به ورود',
    },
    reset: {
      pageTitle: 'گذرواژهٔ تازه',
      heading: 'گذرواژهٔ تازه‌ای انتخاب کنید',
      intro: 'پس از تغییر، از همهٔ دستگاه‌ها خارج می‌شوید؛ با گذرواژهٔ تازه دوباره وارد شوید.',
      password: 'گذرواژهٔ تازه',
      passwordRepeat: 'تکرار گذرواژهٔ تازه',
      submit: 'ذخیرهٔ گذرواژه',
      submitting: 'در حال ذخیره…',
      done: 'گذرواژهٔ شما تغییر کرد. با گذرواژهٔ تازه وارد شوید.',
      signIn: 'ورود',
      noToken:
        'این صفحه با پیوند داخل ایمیل ما باز می‌شود. اگر پیوند شما کار نمی‌کند، پیوند تازه‌ای بخواهید.',
      askAgain: 'درخواست پیوند تازه',
    },
  },
};

export const kk: typeof en = {
  errors: {
    RESET_LINK_INVALID:
      'Жаңа құпиясөз орнатуға арналған бұл сілтеме енді жұмыс істемейді: ол пайдаланылған немесе мерзімі өткен. Жаңасын сұраңыз.',
  },
  validation: {
    password_too_short: 'Кемінде 8 таңба болсын.',
    password_too_long: 'Ең көбі 256 таңба болсын.',
    passwords_differ: 'Құпиясөздер сәйкес келмейді.',
  },
  selfService: {
    mail: {
      registrationCodeSubject: 'citydesk тіркелу кодыңыз',
      registrationCodeText:
        'Сәлеметсіз бе, {{name}}! citydesk тіркелгісін құруды аяқтауға арналған код: {{code}}. Код 15 минут жарамды. Егер тіркелмеген болсаңыз, бұл хатқа мән бермеңіз: кодсыз тіркелгі құрылмайды.',
      registrationExistingSubject: 'Сізде citydesk тіркелгісі бар',
      registrationExistingText:
        'Біреу, мүмкін сіз, осы электрондық пошта мекенжайымен citydesk тіркелгісін құрмақ болды, бірақ бұл мекенжаймен тіркелгі бұрыннан бар. Құпиясөзіңізбен кіріңіз; егер оны ұмытсаңыз, жаңасын мына жерде орнатыңыз: {{link}}. Бұл сіз болмасаңыз, хатқа мән бермеңіз.',
      resetSubject: 'citydesk үшін жаңа құпиясөз',
      resetText:
        'Біреу, мүмкін сіз, осы электрондық пошта мекенжайының citydesk тіркелгісіне жаңа құпиясөз орнатуды сұрады. Құпиясөз таңдау үшін мына сілтемені {{minutes}} минут ішінде ашыңыз: {{link}} Сілтеме бір рет жұмыс істейді. Бұл сіз болмасаңыз, хатқа мән бермеңіз: құпиясөзіңіз өзгермейді.',
      resetNoAccountSubject: 'citydesk құпиясөзін қалпына келтіру',
      resetNoAccountText:
        'Біреу, мүмкін сіз, осы электрондық пошта мекенжайы үшін жаңа citydesk құпиясөзін сұрады, бірақ бұл мекенжаймен тіркелгі жоқ. Тіркелгі құру үшін {{link}} ашыңыз. Бұл сіз болмасаңыз, хатқа мән бермеңіз.',
    },
    register: {
      link: 'Тіркелгі құру',
      pageTitle: 'Тіркелгі құру',
      heading: 'Тұрғын тіркелгісін құру',
      intro:
        'Жөндеуге өтінімдер мен электрондық қызметтерге өтініштер беріп, оларды тікелей бақылаңыз. Электрондық поштаңызды кодпен растаймыз.',
      displayName: 'Атыңыз',
      displayNameHint: 'Аты-жөніңіз: қызметкерлер сізге осылай жүгінеді.',
      email: 'Электрондық пошта',
      emailHint: 'Бұл — сіздің логиніңіз. Кодты сонда жібереміз.',
      password: 'Құпиясөз',
      passwordHint: 'Кемінде 8 таңба.',
      passwordRepeat: 'Құпиясөзді қайталаңыз',
      submit: 'Жалғастыру',
      submitting: 'Код жіберілуде…',
      codeHeading: 'Кодты енгізіңіз',
      codeIntro: '6 таңбалы кодты {{email}} мекенжайына жібердік. Ол {{time}} дейін жарамды.',
      code: 'Хаттағы код',
      codeHint: '6 цифр.',
      confirm: 'Тіркелгіні құру',
      confirming: 'Тіркелгі құрылуда…',
      startOver: 'Деректерді өзгерту',
      haveAccount: 'Тіркелгіңіз бар ма? Кіру',
      errors: {
        code_invalid: 'Код қате. Хатты тексеріп, қайталап көріңіз.',
        code_expired: 'Кодтың мерзімі өтті. Жаңа код алу үшін форманы қайта жіберіңіз.',
        too_many_attempts: 'Қате код тым көп енгізілді. Жаңа код алу үшін форманы қайта жіберіңіз.',
      },
    },
    forgot: {
      link: 'Құпиясөзді ұмыттыңыз ба?',
      pageTitle: 'Құпиясөзді ұмыттыңыз',
      heading: 'Жаңа құпиясөз орнату',
      intro:
        'Кіретін электрондық пошта мекенжайыңызды енгізіңіз. Жаңа құпиясөз орнатуға арналған сілтемені сонда жібереміз.',
      email: 'Электрондық пошта',
      submit: 'Сілтемені жіберу',
      submitting: 'Жіберілуде…',
      sentHeading: 'Поштаңызды тексеріңіз',
      sent: 'Егер {{email}} мекенжайы тіркелгіге тиесілі болса, жаңа құпиясөзге арналған сілтеме сонда жіберілуде. Сілтеме 60 минут жұмыс істейді. Хат келмеді ме? «Спам» қалтасын тексеріңіз немесе бірнеше минуттан соң қайта сұраңыз.',
      back: 'Кіруге оралу',
    },
    reset: {
      pageTitle: 'Жаңа құпиясөз',
      heading: 'Жаңа құпиясөз таңдаңыз',
      intro: 'Өзгерткеннен кейін барлық құрылғыдан шығасыз; жаңа құпиясөзбен қайта кіріңіз.',
      password: 'Жаңа құпиясөз',
      passwordRepeat: 'Жаңа құпиясөзді қайталаңыз',
      submit: 'Құпиясөзді сақтау',
      submitting: 'Сақталуда…',
      done: 'Құпиясөзіңіз өзгертілді. Жаңа құпиясөзбен кіріңіз.',
      signIn: 'Кіру',
      noToken:
        'Бұл бет біз жіберген хаттағы сілтеме арқылы ашылады. Сілтемеңіз жұмыс істемесе, жаңасын сұраңыз.',
      askAgain: 'Жаңа сілтеме сұрау',
    },
  },
};
