import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { errorCode, errorMessage, fieldIssues } from '../../shared/errors/error-message';

export type RegisterFormDialogProps = {
  /** 'add' asks for an optional code too. */
  readonly mode: 'add' | 'rename';
  readonly initialName?: string;
  readonly onSubmit: (input: { readonly name: string; readonly code?: string }) => Promise<void>;
  readonly onClose: () => void;
};

/** 新增收银机 (name, optional code) or 重命名 (name): one small form. */
export function RegisterFormDialog({ mode, initialName = '', onSubmit, onClose }: RegisterFormDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = fieldIssues(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ name: name.trim(), ...(mode === 'add' && code.trim() ? { code: code.trim() } : {}) });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  const general = error !== null && Object.keys(issues).length === 0;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t(mode === 'add' ? 'devices.form.addTitle' : 'devices.form.renameTitle')}
      testId="register-form"
    >
      <form onSubmit={submit} noValidate>
        <Field label={t('devices.form.name')} error={issues.name ? t('devices.form.nameInvalid') : undefined}>
          {(control) => (
            <input
              {...control}
              value={name}
              maxLength={40}
              onChange={(e) => setName(e.target.value)}
              data-testid="register-form-name"
            />
          )}
        </Field>
        {mode === 'add' && (
          <Field
            label={t('devices.form.code')}
            hint={t('devices.form.codeHint')}
            error={
              issues.code || errorCode(error) === 'register_code_taken'
                ? t('devices.form.codeInvalid')
                : undefined
            }
          >
            {(control) => (
              <input
                {...control}
                value={code}
                maxLength={4}
                autoCapitalize="characters"
                onChange={(e) => setCode(e.target.value)}
                data-testid="register-form-code"
              />
            )}
          </Field>
        )}
        {general && errorCode(error) !== 'register_code_taken' && (
          <p className="form-error" role="alert" data-testid="register-form-error">
            {errorMessage(t, error)}
          </p>
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button submit variant="primary" disabled={busy || !name.trim()} data-testid="register-form-submit">
            {t(mode === 'add' ? 'devices.form.add' : 'common.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
