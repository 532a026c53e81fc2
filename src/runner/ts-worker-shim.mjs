// Dev/test only (tsx is a devDependency): Node 20 does not apply tsx's loader hooks inside worker
// threads (tsx#354), so register tsx here, then load the TypeScript task (TOOLCHAIN §6).
import {register} from 'tsx/esm/api';
register();
const {workerData} = await import('node:worker_threads');
const mod = await import(workerData.__tsTarget);
export default mod.default;
