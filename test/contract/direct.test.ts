import { runContractSuite } from './contract-suite';
import { runOpinionsContractSuite } from './opinions-suite';
import { directHarness } from './harnesses';

runContractSuite('direct dispatch', directHarness);
runOpinionsContractSuite('direct dispatch', directHarness);
