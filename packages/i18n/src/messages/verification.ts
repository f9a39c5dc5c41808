// The public page that checks an issued document's verification code, per language.
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

