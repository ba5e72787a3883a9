import { runBadInputMatrix } from './bad-input.ts';

runBadInputMatrix('builds');
