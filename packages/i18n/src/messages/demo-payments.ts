// The built-in demo payment provider's checkout page, per language.
export const en = {
  title: 'TODO',
};

export const ru: typeof en = {
  title: 'TODO',
};

export const az: typeof en = {
  title: 'TODO',
};

export const fa: typeof en = {
  title: 'TODO',
};

export const kk: typeof en = {
  title: 'TODO',
};

