import { describe, expect, it } from 'vitest';
import { cameraProblemOf } from './camera-problem';

const failure = (name: string) => Object.assign(new Error('getUserMedia failed'), { name });

describe('cameraProblemOf', () => {
  it('tells a refusal, a missing camera and a camera in use apart by the error name', () => {
    expect(cameraProblemOf(failure('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(failure('NotFoundError'))).toBe('no_camera');
    expect(cameraProblemOf(failure('OverconstrainedError'))).toBe('no_camera');
    expect(cameraProblemOf(failure('NotReadableError'))).toBe('busy');
  });

  it('calls anything else a failure', () => {
    expect(cameraProblemOf(failure('TypeError'))).toBe('failed');
    expect(cameraProblemOf('nonsense')).toBe('failed');
  });
});
