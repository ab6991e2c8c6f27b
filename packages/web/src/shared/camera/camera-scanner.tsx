import { useTranslation } from 'react-i18next';
import { Button } from '../components/button';
import { useCameraScanner } from './use-camera-scanner';
import './camera.css';

export type CameraScannerProps = {
  /** A new code read by the camera, exactly as a scanner gun would type it. */
  readonly onCode: (code: string) => void;
  readonly onClose: () => void;
};

/**
 * The phone's camera as a barcode scanner: the live picture in a small panel with a close button,
 * the last code read under it, and in words why the camera cannot scan when it cannot. The camera is
 * on while this is shown.
 */
export function CameraScanner({ onCode, onClose }: CameraScannerProps) {
  const { t } = useTranslation();
  const { videoRef, state, lastCode } = useCameraScanner(onCode);
  return (
    <section
      className="camera-scanner"
      aria-label={t('camera.title')}
      data-testid="camera-scanner"
      data-status={state.status}
      data-reader={state.status === 'scanning' ? state.reader : undefined}
    >
      <div className="camera-scanner__view" hidden={state.status === 'failed'}>
        <video ref={videoRef} className="camera-scanner__video" muted playsInline />
        <span className="camera-scanner__aim" aria-hidden="true" />
      </div>
      <p className="camera-scanner__status" aria-live="polite" data-testid="camera-status">
        {state.status === 'failed' ? (
          <span className="form-error" role="alert" data-testid="camera-problem">
            {t(`camera.problems.${state.problem}`)}
          </span>
        ) : lastCode !== null ? (
          <span data-testid="camera-last-code">{t('camera.read', { code: lastCode })}</span>
        ) : (
          t(state.status === 'opening' ? 'camera.opening' : 'camera.aim')
        )}
      </p>
      <Button onClick={onClose} className="camera-scanner__close" data-testid="camera-close">
        {t('camera.close')}
      </Button>
    </section>
  );
}
