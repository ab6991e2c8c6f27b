import type { Register } from '@kassa/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import type { LocalPrinter, Paper } from './local-printer';
import {
  BAUD_RATES,
  type PrinterChoice,
  type PrinterForm,
  printerForm,
  serverPrinterOf,
} from './printer-form';
import { hasWebSerial, pairSerialPrinter } from './serial-printer';
import { hasWebUsb, pairUsbPrinter } from './usb-printer';
import type { Printing } from './use-printing';

export type PrinterDialogProps = {
  readonly open: boolean;
  readonly registerId: string;
  readonly serverPrinter: Register['printer'];
  readonly printing: Printing;
  /** The register's record changed on the server (its printer). */
  readonly onSaved: () => void;
  readonly onClose: () => void;
};

/** 打印机设置: the print dialog, a printer the server drives, or one attached to this device. */
export function PrinterDialog(props: PrinterDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t('register.printer.title')}
      testId="printer-dialog"
    >
      <PrinterSettings {...props} />
    </Dialog>
  );
}

/** The browser's device chooser was closed without a choice (or the device refused). */
const NOT_PAIRED = new Error('no printer was chosen');

const CHOICES: readonly PrinterChoice[] = ['dialog', 'network', 'device', 'usb', 'serial'];

function PrinterSettings({ registerId, serverPrinter, printing, onSaved, onClose }: PrinterDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState<PrinterForm>(() => printerForm(printing.local, serverPrinter));
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PrinterForm>) => setForm((current) => ({ ...current, ...patch }));
  const supported = (choice: PrinterChoice) =>
    choice === 'usb' ? hasWebUsb() : choice === 'serial' ? hasWebSerial() : true;

  async function pair(): Promise<LocalPrinter | null> {
    if (form.choice === 'usb') return pairUsbPrinter(form.paper);
    if (form.choice === 'serial') return pairSerialPrinter(form.paper, Number(form.baudRate));
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const server = serverPrinterOf(form);
    setFieldError(server.ok ? undefined : server.error.field);
    if (!server.ok) return;
    setBusy(true);
    setError(undefined);
    try {
      // The browser's device chooser first: it needs the click that is still going on.
      const local = await pair().catch(() => {
        throw NOT_PAIRED;
      });
      if (JSON.stringify(server.printer) !== JSON.stringify(serverPrinter)) {
        await api.call('setRegisterPrinter', { params: { registerId }, body: { printer: server.printer } });
        onSaved();
      }
      printing.pairLocal(local);
      toast(t('register.printer.saved'), 'success');
      onClose();
    } catch (failure) {
      setError(failure === NOT_PAIRED ? t('register.printer.notPaired') : errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  const local = form.choice === 'usb' || form.choice === 'serial';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="printer-form">
      <fieldset className="choice-list">
        <legend className="field__label">{t('register.printer.how')}</legend>
        {CHOICES.map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name="printer-choice"
              value={choice}
              checked={form.choice === choice}
              disabled={!supported(choice)}
              onChange={() => set({ choice })}
              data-testid={`printer-choice-${choice}`}
            />
            <span>
              {t(`register.printer.choices.${choice}`)}
              {!supported(choice) && <small className="muted"> · {t('register.printer.unsupported')}</small>}
            </span>
          </label>
        ))}
      </fieldset>
      {form.choice === 'network' && (
        <>
          <Field
            label={t('register.printer.host')}
            error={fieldError === 'host' ? t('register.printer.hostRequired') : undefined}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={form.host}
                placeholder="192.168.1.50"
                onChange={(e) => set({ host: e.target.value })}
                data-testid="printer-host"
              />
            )}
          </Field>
          <Field
            label={t('register.printer.port')}
            error={fieldError === 'port' ? t('register.printer.portInvalid') : undefined}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                inputMode="numeric"
                value={form.port}
                onChange={(e) => set({ port: e.target.value })}
                data-testid="printer-port"
              />
            )}
          </Field>
        </>
      )}
      {form.choice === 'device' && (
        <Field
          label={t('register.printer.path')}
          error={fieldError === 'path' ? t('register.printer.pathInvalid') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={form.path}
              onChange={(e) => set({ path: e.target.value })}
              data-testid="printer-path"
            />
          )}
        </Field>
      )}
      {form.choice === 'serial' && (
        <Field label={t('register.printer.baudRate')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={form.baudRate}
              onChange={(e) => set({ baudRate: e.target.value })}
              data-testid="printer-baud"
            >
              {BAUD_RATES.map((rate) => (
                <option key={rate} value={rate}>
                  {rate}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {form.choice !== 'dialog' && (
        <Field label={t('register.printer.paper')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={form.paper}
              onChange={(e) => set({ paper: e.target.value as Paper })}
              data-testid="printer-paper"
            >
              <option value="58">58 mm</option>
              <option value="80">80 mm</option>
            </select>
          )}
        </Field>
      )}
      {local && <p className="field__hint">{t('register.printer.pairHint')}</p>}
      {printing.local && (
        <p className="muted" data-testid="printer-paired">
          {t('register.printer.paired', {
            name: `${t(`register.printer.choices.${printing.local.kind}`)} ${printing.local.name}`.trim(),
          })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="printer-error">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <Button submit variant="primary" disabled={busy} data-testid="printer-save">
          {t(local ? 'register.printer.pairAndSave' : 'register.printer.save')}
        </Button>
      </div>
    </form>
  );
}
