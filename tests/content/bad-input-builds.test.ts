import { runBadInputMatrix } from './bad-input';

runBadInputMatrix('builds');
