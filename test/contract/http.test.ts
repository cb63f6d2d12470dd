import { runContractSuite } from './contract-suite';
import { httpHarness } from './harnesses';

runContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness);
