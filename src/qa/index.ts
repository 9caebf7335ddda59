import { QaList } from './QaList';

/** Second reviews: a list; verdicts are given in place, nothing is edited or deleted. */
export default {
  list: QaList,
};
