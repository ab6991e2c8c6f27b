import type { LabelsBody } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { errorMessage } from '../../shared/errors/error-message';

/** A PDF of labels made here: an object URL to open or download, and the file name to save it as. */
export type LabelPdf = { readonly url: string; readonly fileName: string };

/** Labels made into a PDF, and what became of the last try. */
export type LabelPdfState = {
  readonly pdf: LabelPdf | null;
  readonly busy: boolean;
  /** Why the PDF could not be made, in words; null when it was or nothing was tried. */
  readonly error: string | null;
  /** Asks the server for the PDF and opens it in a new tab; the last one stays offered to download. */
  readonly generate: (body: LabelsBody) => Promise<void>;
};

/** Shelf labels or stickers as a PDF for `storeId`; object URLs are let go once replaced or unmounted. */
export function useLabelPdf(storeId: string): LabelPdfState {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<LabelPdf | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = pdf?.url;
  useEffect(() => () => (url === undefined ? undefined : URL.revokeObjectURL(url)), [url]);

  async function generate(body: LabelsBody) {
    setBusy(true);
    setError(null);
    try {
      const response = await api.call('printLabels', { params: { storeId }, body });
      const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
      const made = { url: URL.createObjectURL(blob), fileName: `${t('labels.fileName')}-${body.layout}.pdf` };
      setPdf(made);
      // Opened within the click's user activation, so no popup blocker stops it; the links stay for when one does.
      window.open(made.url, '_blank', 'noopener');
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return { pdf, busy, error, generate };
}
