// The e-service desks: reviewers of utilities, municipal desks and agencies, notary intake, the administrator's catalogue.
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

