import { lazyPage } from '../lazyPages';

/** Second reviews: a list; verdicts are given in place, nothing is edited or deleted. */
export default {
  list: lazyPage(
    () => import('./QaList'),
    (m) => m.QaList,
  ),
};
