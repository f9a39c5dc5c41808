// Meters and their monthly readings, per language (cabinet pages and issued documents).
export const en = {
  kinds: {
    COLD_WATER: 'Cold water',
    HOT_WATER: 'Hot water',
    HEATING: 'Heating',
    ELECTRICITY: 'Electricity',
    GAS: 'Gas',
  },
  statuses: {
    AWAITING_SEAL: 'Awaiting sealing',
    ACTIVE: 'In use',
    RETIRED: 'Removed',
  },
  sealingOrderDescription: 'Seal the {{kind}} meter No. {{serial}} (meter registration {{number}}).',
};

export const ru: typeof en = {
  kinds: {
    COLD_WATER: 'Холодная вода',
    HOT_WATER: 'Горячая вода',
    HEATING: 'Отопление',
    ELECTRICITY: 'Электроэнергия',
    GAS: 'Газ',
  },
  statuses: {
    AWAITING_SEAL: 'Ожидает опломбирования',
    ACTIVE: 'Используется',
    RETIRED: 'Снят с учёта',
  },
  sealingOrderDescription: 'Опломбировать счётчик «{{kind}}» № {{serial}} (постановка на учёт, заявление {{number}}).',
};

export const az: typeof en = {
  kinds: {
    COLD_WATER: 'Soyuq su',
    HOT_WATER: 'İsti su',
    HEATING: 'İstilik',
    ELECTRICITY: 'Elektrik enerjisi',
    GAS: 'Qaz',
  },
  statuses: {
    AWAITING_SEAL: 'Plomblanma gözlənilir',
    ACTIVE: 'İstifadədədir',
    RETIRED: 'Uçotdan çıxarılıb',
  },
  sealingOrderDescription: '«{{kind}}» sayğacını plomblamaq, № {{serial}} (uçota alınma, müraciət {{number}}).',
};

export const fa: typeof en = {
  kinds: {
    COLD_WATER: 'آب سرد',
    HOT_WATER: 'آب گرم',
    HEATING: 'گرمایش',
    ELECTRICITY: 'برق',
    GAS: 'گاز',
  },
  statuses: {
    AWAITING_SEAL: 'در انتظار پلمب',
    ACTIVE: 'فعال',
    RETIRED: 'حذف‌شده',
  },
  sealingOrderDescription: 'پلمب کنتور «{{kind}}» شماره {{serial}} (ثبت کنتور، درخواست {{number}}).',
};

export const kk: typeof en = {
  kinds: {
    COLD_WATER: 'Суық су',
    HOT_WATER: 'Ыстық су',
    HEATING: 'Жылыту',
    ELECTRICITY: 'Электр энергиясы',
    GAS: 'Газ',
  },
  statuses: {
    AWAITING_SEAL: 'Пломбалауды күтуде',
    ACTIVE: 'Қолданыста',
    RETIRED: 'Есептен шығарылған',
  },
  sealingOrderDescription: '«{{kind}}» есептегішін пломбалау, № {{serial}} (есепке қою, өтініш {{number}}).',
};
