import { runBadInputMatrix } from './bad-input';

runBadInputMatrix('checks');
