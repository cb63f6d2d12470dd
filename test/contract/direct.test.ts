import { runContractSuite } from './contract-suite';
import { directHarness } from './harnesses';

runContractSuite('direct dispatch', directHarness);
