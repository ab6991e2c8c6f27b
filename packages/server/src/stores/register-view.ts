import type { Register as ApiRegister } from '@kassa/api';
import type { Register } from '@kassa/db';

/** A register as the API shows it. */
export function toApiRegister(register: Register): ApiRegister {
  return {
    id: register.id,
    storeId: register.storeId,
    code: register.code,
    name: register.name,
    active: register.active,
    training: register.training,
    printer: register.printer,
    handoverTimes: register.handoverTimes,
    nextReceiptSeq: register.nextReceiptSeq,
    nextTrainingSeq: register.nextTrainingSeq,
  };
}
