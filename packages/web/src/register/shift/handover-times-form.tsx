import { parseTimeOfDay } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { errorMessage } from '../../shared/errors/error-message';

export type HandoverTimesFormProps = {
  readonly registerId: string;
  readonly times: readonly string[];
  readonly onSaved: () => void;
};

/** The times to split the day into shifts (自动交班时间), e.g. "14:00 22:00"; empty turns it off. */
export function HandoverTimesForm({ registerId, times, onSaved }: HandoverTimesFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(times.join(' '));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Spaces, commas (also the full-width ，) or 、 between times, as people type them.
    // '9:00' is 09:00: people leave the zero out.
    const typed = text
      .split(/[\s,，、]+/)
      .filter(Boolean)
      .map((time) => (/^\d:\d\d$/.test(time) ? `0${time}` : time));
    if (typed.some((time) => parseTimeOfDay(time) === null) || typed.length > 6) {
      setError(t('register.handover.timesInvalid'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.call('setRegisterHandover', { params: { registerId }, body: { times: [...new Set(typed)] } });
      onSaved();
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="handover-form">
      <Field
        label={t('register.handover.times')}
        hint={t('register.handover.timesHint')}
        error={error}
        testId="handover-times"
      >
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            placeholder="14:00 22:00"
            value={text}
            onChange={(event) => setText(event.target.value)}
            data-testid="handover-times"
          />
        )}
      </Field>
      <div className="dialog__actions">
        <Button submit variant="primary" disabled={busy} data-testid="handover-save">
          {t('register.handover.save')}
        </Button>
      </div>
    </form>
  );
}
