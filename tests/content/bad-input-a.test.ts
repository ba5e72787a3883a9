import { runBadInputMatrix } from './bad-input';

runBadInputMatrix(0);
