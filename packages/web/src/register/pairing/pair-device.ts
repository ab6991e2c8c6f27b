import { api } from '../../shared/api';
import { browserStorage } from '../../shared/storage';
import { type Pairing, pairingOf, savePairing } from './pairing';

/**
 * Redeems a pairing code from the back office: this browser becomes that register's device, kept
 * in localStorage with its token. The server names the device after the browser's user agent.
 */
export async function redeemPairingCode(code: string): Promise<Pairing> {
  const paired = await api.call('pairDevice', { body: { code } });
  const pairing = pairingOf(paired);
  savePairing(browserStorage, pairing, paired.token);
  return pairing;
}

/** An owner or manager signed in here pairs this browser as `registerId`: a new code, redeemed at once. */
export async function pairAsRegister(registerId: string): Promise<Pairing> {
  const { code } = await api.call('createPairingCode', { params: { registerId } });
  return redeemPairingCode(code);
}
