import { describe, expect, it } from 'vitest';
import { printerEndpoint } from './usb-printer';

const bulkOut = (endpointNumber: number) => ({ endpointNumber, direction: 'out' as const, type: 'bulk' });
const bulkIn = (endpointNumber: number) => ({ endpointNumber, direction: 'in' as const, type: 'bulk' });

describe('printerEndpoint', () => {
  it("takes the printer-class interface's bulk OUT endpoint over others", () => {
    expect(
      printerEndpoint({
        configurationValue: 1,
        interfaces: [
          {
            interfaceNumber: 0,
            alternates: [{ alternateSetting: 0, interfaceClass: 3, endpoints: [bulkOut(5)] }],
          },
          {
            interfaceNumber: 1,
            alternates: [{ alternateSetting: 0, interfaceClass: 7, endpoints: [bulkIn(1), bulkOut(2)] }],
          },
        ],
      }),
    ).toEqual({ interfaceNumber: 1, alternateSetting: 0, endpointNumber: 2 });
  });

  it('falls back to a vendor-specific interface (many Chinese receipt printers), then to any bulk OUT', () => {
    const vendor = {
      interfaceNumber: 2,
      alternates: [{ alternateSetting: 1, interfaceClass: 255, endpoints: [bulkOut(3)] }],
    };
    const other = {
      interfaceNumber: 0,
      alternates: [{ alternateSetting: 0, interfaceClass: 10, endpoints: [bulkOut(1)] }],
    };
    expect(printerEndpoint({ configurationValue: 1, interfaces: [other, vendor] })).toEqual({
      interfaceNumber: 2,
      alternateSetting: 1,
      endpointNumber: 3,
    });
    expect(printerEndpoint({ configurationValue: 1, interfaces: [other] })).toEqual({
      interfaceNumber: 0,
      alternateSetting: 0,
      endpointNumber: 1,
    });
  });

  it('finds nothing on a device that takes no data', () => {
    const onlyIn = {
      interfaceNumber: 0,
      alternates: [{ alternateSetting: 0, interfaceClass: 7, endpoints: [bulkIn(1)] }],
    };
    expect(printerEndpoint({ configurationValue: 1, interfaces: [onlyIn] })).toBeNull();
  });
});
