// Where a settings problem is shown on the options page, and in which words: a problem
// ({ pointer, keyword } from shared/settings.js) goes next to its field.

export function fieldFor(pointer) {
  if (pointer.startsWith('/region/province')) return 'err-province';
  if (pointer.startsWith('/region/regency')) return 'err-regency';
  if (pointer.startsWith('/custom_period')) return 'err-custom';
  if (pointer.startsWith('/phase_overrides/')) return `err-override-${pointer.split('/')[2]}`;
  if (pointer.startsWith('/elections')) return 'err-elections';
  if (pointer.startsWith('/actions')) return 'err-actions';
  return 'err-general';
}

export function messageFor(problem, t) {
  if (problem.keyword === 'period') return t('err_period_order');
  if (problem.keyword === 'region') return t('err_region');
  if (problem.keyword === 'required') return t('err_required');
  if (problem.keyword === 'pattern' && /start|end/.test(problem.pointer)) return t('err_date');
  return t('err_invalid', problem.pointer || '/');
}
